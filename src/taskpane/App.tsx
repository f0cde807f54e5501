import { useMemo } from "react";
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { readyForConference } from "../core";
import type { Evaluation } from "../core";
import type { PaneCapabilities } from "../excel/types";
import { About } from "./components/About";
import { ActionButtons } from "./components/ActionButtons";
import { ConferenceOffer } from "./components/ConferenceOffer";
import { IssueList } from "./components/IssueList";
import { ProvinceDesk } from "./components/ProvinceDesk";
import { PaneHeader } from "./components/PaneHeader";
import { RankingPreview } from "./components/RankingPreview";
import { RunMessages } from "./components/RunMessages";
import { RunProgress } from "./components/RunProgress";
import { SheetImport } from "./components/SheetImport";
import { StaleSummary } from "./components/StaleSummary";
import { IMPORT_STRINGS } from "./importStrings";
import { groupIssues, groupProvinceIssues } from "./issueGroups";
import { PROVINCE_STRINGS } from "./provinceStrings";
import { STRINGS } from "./strings";
import { useScoringRun } from "./useScoringRun";
import { useProvinceDesk } from "./useProvinceDesk";
import { useSheetImport } from "./useSheetImport";
import { useStaleCheck } from "./useStaleCheck";

export type PaneTheme = "light" | "dark";

interface AppProps {
  /** What the pane may ask of Excel; its `language` picks the pane's language too. */
  capabilities: PaneCapabilities;
  /** Follows Office's theme; light when not given. */
  theme?: PaneTheme;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/**
 * Whether to offer Prepare the conference after a Generate: at a year review whose ranking is
 * complete (awards are annual and need every unit ranked, §7.3, §7.6; the Excel layer refuses
 * otherwise), while the workbook has no Conference sheet; once it has one, the decisions typed
 * there show in the ranking instead.
 */
function offersConference(evaluation: Evaluation): boolean {
  return readyForConference(evaluation) && !evaluation.conference;
}

/** The Thi Đua task pane: validate, generate the summary, start a workbook, and walk the issues. */
export function App({ capabilities, theme = "light" }: AppProps) {
  const styles = useStyles();
  const language = capabilities.language;
  const strings = STRINGS[language];
  const run = useScoringRun(capabilities);
  const { state, evaluation } = run;
  const { stale, provinceDesk, checkQuietly } = useStaleCheck(capabilities, state);
  const sheetImport = useSheetImport(capabilities, strings.unexpectedError, checkQuietly);
  const desk = useProvinceDesk(capabilities, strings.unexpectedError, checkQuietly);
  const busy = state.status === "running" || sheetImport.busy || desk.busy;
  // The desk's issues while its result is the last thing shown; else the last Validate's or Generate's.
  const deskIssues = provinceDesk && desk.state.status === "done" ? desk.state.result.issues : null;
  const groups = useMemo(
    () => (deskIssues ? groupProvinceIssues(deskIssues) : evaluation ? groupIssues(evaluation) : null),
    [deskIssues, evaluation],
  );

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language} className={styles.provider}>
      <div className={styles.root}>
        <PaneHeader strings={strings} evaluation={evaluation} />
        <main className={styles.main}>
          <section aria-label={strings.actionsHeading}>
            <ActionButtons
              strings={strings}
              busy={busy}
              canCreateWorkbook={capabilities.canCreateWorkbook}
              onValidate={run.validate}
              onGenerate={run.generate}
              onCreateTemplate={run.createTemplate}
              onCreateFromWorkbook={run.createFromWorkbook}
            />
          </section>
          {provinceDesk && <ProvinceDesk strings={PROVINCE_STRINGS[language]} run={desk} busy={busy} />}
          <SheetImport strings={IMPORT_STRINGS[language]} run={sheetImport} canInsertSheets={capabilities.canInsertSheets} busy={busy} />
          <RunProgress strings={strings} state={state} />
          <RunMessages strings={strings} state={state} />
          {stale && <StaleSummary strings={strings} busy={busy} onGenerate={run.generate} />}
          {state.status === "done" && state.action === "generate" && offersConference(state.result.evaluation) && (
            <ConferenceOffer strings={strings} onPrepare={run.prepareConference} />
          )}
          {state.status === "done" && state.action === "generate" && (
            <RankingPreview strings={strings} evaluation={state.result.evaluation} />
          )}
          {groups && <IssueList strings={strings} groups={groups} onSelect={run.selectCell} selectionError={run.selectionError} />}
          <About strings={strings} diagnostics={capabilities.diagnostics} />
        </main>
      </div>
    </FluentProvider>
  );
}
