import { useRef } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportStrings } from "../importStrings";
import type { SheetImport as SheetImportRun } from "../useSheetImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SheetImportProps {
  strings: ImportStrings;
  run: SheetImportRun;
  /** ExcelApi 1.13; without it the buttons are off and the pane says what is needed. */
  canInsertSheets: boolean;
  /** Another run works: no import starts meanwhile. */
  busy: boolean;
}

/**
 * "Add units' files" and "Previous period" (issue 13 §1, §3): a picker for each, the plan shown
 * before anything changes, then what was done.
 */
export function SheetImport({ strings, run, canInsertSheets, busy }: SheetImportProps) {
  const styles = useStyles();
  const unitFiles = useRef<HTMLInputElement>(null);
  const previousFile = useRef<HTMLInputElement>(null);
  const off = !canInsertSheets || busy || run.busy || run.state.status === "planned";
  const { state } = run;
  return (
    <section aria-label={strings.heading} className={styles.root}>
      <div className={styles.buttons}>
        <Button disabledFocusable={off} onClick={() => unitFiles.current?.click()}>
          {strings.addUnitFiles}
        </Button>
        <Button disabledFocusable={off} onClick={() => previousFile.current?.click()}>
          {strings.previousPeriod}
        </Button>
        <input
          ref={unitFiles}
          className={styles.hidden}
          type="file"
          multiple
          accept={XLSX_TYPES}
          aria-label={strings.addUnitFiles}
          onChange={(event) => {
            run.pickUnitFiles(Array.from(event.currentTarget.files ?? []));
            // The same files can be picked again after a correction.
            event.currentTarget.value = "";
          }}
        />
        <input
          ref={previousFile}
          className={styles.hidden}
          type="file"
          accept={XLSX_TYPES}
          aria-label={strings.previousPeriod}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) run.pickPrevious(file);
            event.currentTarget.value = "";
          }}
        />
      </div>
      {!canInsertSheets && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.needsNewerExcel}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "working" && <Spinner size="tiny" label={strings[state.step]} />}
      {state.status === "planned" && (
        <MessageBar intent={state.preview.sheets > 0 ? "info" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.planTitle}</MessageBarTitle>
            <Text block>{state.preview.sheets > 0 ? strings.planSummary(state.preview.sheets, state.preview.skipped) : strings.nothingToImport}</Text>
            <ul className={styles.lines} aria-label={strings.planTitle}>
              {state.preview.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <div className={styles.buttons}>
              {state.preview.sheets > 0 && (
                <Button appearance="primary" disabledFocusable={busy} onClick={run.confirm}>
                  {strings.confirm(state.preview.sheets)}
                </Button>
              )}
              <Button onClick={run.cancel}>{strings.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "imported" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.importedTitle}</MessageBarTitle>
            {state.preview.sheets > 0 ? strings.imported(state.preview.sheets) : strings.nothingToImport}
            {state.preview.skipped > 0 && (
              <ul className={styles.lines}>
                {state.preview.lines.slice(state.preview.sheets).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "previous" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.importedTitle}</MessageBarTitle>
            {strings.previousInserted(state.result.sheet, state.result.units, state.result.keptAs)}
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
