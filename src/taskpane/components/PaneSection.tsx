import type { ReactNode } from "react";
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** A region of the pane named by its level-2 heading, so screen readers can jump between them. */
export function PaneSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId("section");
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}
