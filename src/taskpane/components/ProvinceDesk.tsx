import { useRef } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ProvinceStrings } from "../provinceStrings";
import type { ProvinceDesk as ProvinceDeskRun } from "../useProvinceDesk";
import { XlsxFileInput } from "./SheetImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface ProvinceDeskProps {
  strings: ProvinceStrings;
  run: ProvinceDeskRun;
  /** Another run works: the desk waits. */
  busy: boolean;
}

/**
 * *Add clusters' results* (§9.3), offered in a workbook without cluster sheets: a picker for the
 * clusters' summary files, then what was read and written. The issues show in the pane's issue
 * list (App), with a link to each nomination's cell.
 */
export function ProvinceDesk({ strings, run, busy }: ProvinceDeskProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { state } = run;
  return (
    <section aria-label={strings.heading} className={styles.root}>
      <div>
        <Button appearance="primary" disabledFocusable={busy || run.busy} onClick={() => input.current?.click()}>
          {strings.addClusters}
        </Button>
      </div>
      <Text size={200} className={styles.hint}>
        {strings.hint}
      </Text>
      {/* Picked again after the council's votes are typed in: the same files, read again. */}
      <XlsxFileInput inputRef={input} label={strings.addClusters} multiple onFiles={run.pickSummaries} />
      {state.status === "working" && <Spinner size="tiny" label={strings.working} />}
      {state.status === "done" && (
        <MessageBar intent={state.result.sheets.length > 0 ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.doneTitle}</MessageBarTitle>
            {state.result.sheets.length > 0
              ? strings.done(
                  state.result.report.clusters.length,
                  state.result.files,
                  state.result.report.nominations.length,
                  state.result.sheets,
                )
              : strings.nothingRead}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.failedTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
