import { useRef, type ReactNode, type RefObject } from "react";
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

interface SheetImportProps {
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
  const off = !canInsertSheets || busy || run.busy || run.state.status === "planned";
  const { state } = run;
  return (
    <section aria-label={strings.heading} className={styles.root}>
      <FilePickers strings={strings} run={run} off={off} />
      {!canInsertSheets && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.needsNewerExcel}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "working" && <Spinner size="tiny" label={strings[state.step]} />}
      {state.status === "planned" && <PlanBar strings={strings} run={run} busy={busy} preview={state.preview} />}
      {state.status === "imported" && (
        <OutcomeBar intent="success" title={strings.importedTitle}>
          {state.preview.sheets > 0 ? strings.imported(state.preview.sheets) : strings.nothingToImport}
          {state.preview.skipped > 0 && <Lines lines={state.preview.lines.slice(state.preview.sheets)} />}
        </OutcomeBar>
      )}
      {state.status === "previous" && (
        <OutcomeBar intent="success" title={strings.importedTitle}>
          {strings.previousInserted(state.result.sheet, state.result.units, state.result.keptAs)}
        </OutcomeBar>
      )}
      {state.status === "failed" && (
        <OutcomeBar intent="error" title={strings.failedTitle}>
          {state.message}
        </OutcomeBar>
      )}
    </section>
  );
}

/** The two buttons, each opening its hidden file input (a file input cannot be styled as a button). */
function FilePickers({ strings, run, off }: { strings: ImportStrings; run: SheetImportRun; off: boolean }) {
  const styles = useStyles();
  const unitFiles = useRef<HTMLInputElement>(null);
  const previousFile = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.buttons}>
      <Button disabledFocusable={off} onClick={() => unitFiles.current?.click()}>
        {strings.addUnitFiles}
      </Button>
      <Button disabledFocusable={off} onClick={() => previousFile.current?.click()}>
        {strings.previousPeriod}
      </Button>
      <XlsxFileInput inputRef={unitFiles} label={strings.addUnitFiles} multiple onFiles={run.pickUnitFiles} />
      <XlsxFileInput
        inputRef={previousFile}
        label={strings.previousPeriod}
        multiple={false}
        onFiles={(files) => {
          if (files.length > 0) run.pickPrevious(files[0]);
        }}
      />
    </div>
  );
}

/**
 * A hidden .xlsx file input, opened by its button; emptied after each pick, so the same files can
 * be picked again after a correction.
 */
export function XlsxFileInput(props: {
  inputRef: RefObject<HTMLInputElement>;
  label: string;
  multiple: boolean;
  onFiles(files: File[]): void;
}) {
  const styles = useStyles();
  return (
    <input
      ref={props.inputRef}
      className={styles.hidden}
      type="file"
      multiple={props.multiple}
      accept={XLSX_TYPES}
      aria-label={props.label}
      onChange={(event) => {
        props.onFiles(Array.from(event.currentTarget.files ?? []));
        event.currentTarget.value = "";
      }}
    />
  );
}

type Preview = Extract<SheetImportRun["state"], { status: "planned" }>["preview"];

/** The plan, line by line, with Import (when there is anything to import) and Cancel. */
function PlanBar({ strings, run, busy, preview }: { strings: ImportStrings; run: SheetImportRun; busy: boolean; preview: Preview }) {
  const styles = useStyles();
  return (
    <MessageBar intent={preview.sheets > 0 ? "info" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.planTitle}</MessageBarTitle>
        <Text block>{preview.sheets > 0 ? strings.planSummary(preview.sheets, preview.skipped) : strings.nothingToImport}</Text>
        <Lines lines={preview.lines} label={strings.planTitle} />
        <div className={styles.buttons}>
          {preview.sheets > 0 && (
            <Button appearance="primary" disabledFocusable={busy} onClick={run.confirm}>
              {strings.confirm(preview.sheets)}
            </Button>
          )}
          <Button onClick={run.cancel}>{strings.cancel}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What an import or a failure came to: a titled bar. */
function OutcomeBar({ intent, title, children }: { intent: "success" | "error"; title: string; children: ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

function Lines({ lines, label }: { lines: string[]; label?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.lines} aria-label={label}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
