import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface ActionButtonsProps {
  strings: PaneStrings;
  /** While a run works, every button is disabled: one run at a time. */
  busy: boolean;
  /** ExcelApi 1.8 (`Excel.createWorkbook`); without it *from this workbook* is off and the pane says what to use. */
  canCreateWorkbook: boolean;
  onValidate(): void;
  onGenerate(): void;
  onCreateTemplate(): void;
  onCreateFromWorkbook(): void;
}

/**
 * Validate, Generate summary (the primary action), New scoring workbook and its *from this
 * workbook* (the next period's, §8.5), in the order of the work.
 */
export function ActionButtons(props: ActionButtonsProps) {
  const { strings, busy, canCreateWorkbook } = props;
  const styles = useStyles();
  // disabledFocusable rather than disabled: a keyboard user who pressed a button keeps focus on it
  // while the run works, instead of losing it to the page.
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button disabledFocusable={busy} onClick={props.onValidate}>
          {strings.actions.validate}
        </Button>
        <Button appearance="primary" disabledFocusable={busy} onClick={props.onGenerate}>
          {strings.actions.generate}
        </Button>
        <Button disabledFocusable={busy} onClick={props.onCreateTemplate}>
          {strings.actions.template}
        </Button>
        <Button disabledFocusable={busy || !canCreateWorkbook} onClick={props.onCreateFromWorkbook}>
          {strings.actions.fromWorkbook}
        </Button>
      </div>
      {!canCreateWorkbook && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.fromWorkbookNeedsNewerExcel}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
