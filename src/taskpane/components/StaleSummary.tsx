import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";

interface StaleSummaryProps {
  strings: PaneStrings;
  busy: boolean;
  onGenerate(): void;
}

/**
 * The last check found the Summary made from other data (`summary-stale`, issue 13): say so where
 * the secretary looks first, with the one action that fixes it beside the words.
 */
export function StaleSummary({ strings, busy, onGenerate }: StaleSummaryProps) {
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>{strings.summaryStale}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onGenerate}>
          {strings.generateAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
