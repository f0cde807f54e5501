import { useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Diagnostics } from "../../excel/types";
import type { PaneStrings } from "../strings";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  // A plain read-only textarea (Fluent's Textarea would add its weight to the pane for one field).
  line: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    resize: "vertical",
    minHeight: "4.5em",
  },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

interface AboutProps {
  strings: PaneStrings;
  /** Read when the pane renders and again at the copy, so the last error is the latest one. */
  diagnostics: () => Diagnostics;
}

/**
 * The add-in's diagnostics line, shown in a read-only field and copied in one click, so a user
 * reports a real Excel's behaviour in one paste. Where the clipboard is refused (older webviews,
 * a denied permission), the field's text is selected for the user's own Ctrl+C.
 */
export function About({ strings, diagnostics }: AboutProps) {
  const styles = useStyles();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "byHand">("idle");
  const line = strings.diagnosticsLine(diagnostics());

  const copy = async () => {
    const text = strings.diagnosticsLine(diagnostics());
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus("byHand");
    }
  };

  return (
    <PaneSection title={strings.aboutHeading}>
      <textarea ref={field} readOnly value={line} aria-label={strings.copyDiagnostics} className={styles.line} />
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>{strings.copyDiagnostics}</Button>
        <Text aria-live="polite">{status === "copied" ? strings.copied : status === "byHand" ? strings.copyByHand : ""}</Text>
      </div>
    </PaneSection>
  );
}
