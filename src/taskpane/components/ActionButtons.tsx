import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface ActionButtonsProps {
  strings: PaneStrings;
  /** While a run works, every button is disabled: one run at a time. */
  busy: boolean;
  onValidate(): void;
  onGenerate(): void;
  onCreateTemplate(): void;
}

/** Validate, Generate summary (the primary action) and New scoring workbook, in the order of the work. */
export function ActionButtons({ strings, busy, onValidate, onGenerate, onCreateTemplate }: ActionButtonsProps) {
  const styles = useStyles();
  // disabledFocusable rather than disabled: a keyboard user who pressed a button keeps focus on it
  // while the run works, instead of losing it to the page.
  return (
    <div className={styles.root}>
      <Button disabledFocusable={busy} onClick={onValidate}>
        {strings.actions.validate}
      </Button>
      <Button appearance="primary" disabledFocusable={busy} onClick={onGenerate}>
        {strings.actions.generate}
      </Button>
      <Button disabledFocusable={busy} onClick={onCreateTemplate}>
        {strings.actions.template}
      </Button>
    </div>
  );
}
