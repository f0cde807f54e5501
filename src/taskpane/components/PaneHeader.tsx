import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Evaluation } from "../../core";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

interface PaneHeaderProps {
  strings: PaneStrings;
  /** The last evaluation; null before the first run, when the header shows how to start. */
  evaluation: Evaluation | null;
}

/** The pane's title with the cluster, period and number of units the last run found. */
export function PaneHeader({ strings, evaluation }: PaneHeaderProps) {
  const styles = useStyles();
  const report = evaluation?.report;
  return (
    <header className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {strings.appTitle}
      </Text>
      {report ? (
        <dl className={styles.facts}>
          <dt className={styles.term}>{strings.clusterLabel}</dt>
          <dd className={styles.value}>{report.cluster ?? strings.notSet}</dd>
          <dt className={styles.term}>{strings.periodLabel}</dt>
          <dd className={styles.value}>{report.period ?? strings.notSet}</dd>
          <dt className={styles.term}>{strings.unitsLabel}</dt>
          <dd className={styles.value}>{report.units.length}</dd>
        </dl>
      ) : (
        <Text>{strings.startHint}</Text>
      )}
    </header>
  );
}
