import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, type MessageBarIntent } from "@fluentui/react-components";
import { beyondColumnsWarning } from "../../core";
import type { RunState } from "../useScoringRun";
import { featureName, type PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

interface Message {
  intent: MessageBarIntent;
  title: string;
  text: string;
}

/** What the last finished run has to say, as message bars; nothing while idle or running. */
function messagesFor(strings: PaneStrings, state: RunState): Message[] {
  if (state.status === "failed") return [{ intent: "error", title: strings.failedTitle, text: state.message }];
  if (state.status !== "done") return [];
  switch (state.action) {
    case "validate": {
      const { issues, units } = state.evaluation.report;
      const errors = issues.filter((i) => i.severity === "error").length;
      return issues.length === 0
        ? [{ intent: "success", title: strings.doneTitle, text: strings.validatedClean(units.length) }]
        : [{ intent: "warning", title: strings.doneTitle, text: strings.validatedWithIssues(errors, issues.length - errors) }];
    }
    case "generate":
      return [
        { intent: "success", title: strings.doneTitle, text: strings.summaryWritten(state.result.summarySheet) },
        ...skippedMessage(strings, state.result.skipped),
        ...(state.result.readWarnings ?? []).map((w) => ({
          intent: "warning" as const,
          title: strings.readWarningTitle,
          text: beyondColumnsWarning(w, strings.language),
        })),
      ];
    case "template":
      return [
        { intent: "success", title: strings.doneTitle, text: strings.templateCreated(state.result.sheets, state.result.period) },
        ...skippedMessage(strings, state.result.skipped),
      ];
    case "fromWorkbook":
      return [{ intent: "success", title: strings.doneTitle, text: strings.nextPeriodOpened(state.result.period, state.result.units) }];
    case "conference": {
      const { sheet, added } = state.result;
      return [
        added
          ? { intent: "success", title: strings.doneTitle, text: strings.conferenceAdded(sheet) }
          : { intent: "info", title: strings.doneTitle, text: strings.conferenceExists(sheet) },
      ];
    }
  }
}

function skippedMessage(strings: PaneStrings, skipped: string[]): Message[] {
  return skipped.length === 0
    ? []
    : [{ intent: "warning", title: strings.skippedTitle, text: strings.skipped(skipped.map((f) => featureName(strings, f))) }];
}

interface RunMessagesProps {
  strings: PaneStrings;
  state: RunState;
}

/** The outcome of the last run: failure, success, and any features this Excel had to leave out. */
export function RunMessages({ strings, state }: RunMessagesProps) {
  const styles = useStyles();
  const messages = messagesFor(strings, state);
  if (messages.length === 0) return null;
  return (
    <div className={styles.root}>
      {messages.map((m) => (
        <MessageBar key={m.title} intent={m.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
