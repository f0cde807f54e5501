import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { standingNotes } from "../../core/sheets/summary";
import type { Evaluation, UnitEvaluation } from "../../core/types";
import type { PaneStrings } from "../strings";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  // Fluent's table shares the width out evenly; in a pane ~320px wide the unit names need the room.
  table: { tableLayout: "auto" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  line: { display: "block" },
  notRanked: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface RankingPreviewProps {
  strings: PaneStrings;
  /** Units come as the report lists them: ranked in rank order, then the not-ranked. */
  evaluation: Evaluation;
}

/**
 * The ranking the Summary sheet shows: rank, unit, total, classification and proposed award. The
 * award shares a column with the classification (one under the other) so the table fits a pane.
 */
export function RankingPreview({ strings, evaluation }: RankingPreviewProps) {
  const styles = useStyles();
  const report = evaluation.report;
  return (
    <PaneSection title={strings.rankingHeading}>
      <Caption1 className={styles.note}>{strings.outOf(report.maxTotal)}</Caption1>
      <Table size="small" aria-label={strings.rankingHeading} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.rankColumn}</TableHeaderCell>
            <TableHeaderCell>{strings.unitColumn}</TableHeaderCell>
            <TableHeaderCell>{strings.totalColumn}</TableHeaderCell>
            <TableHeaderCell>{strings.outcomeColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.units.map((unit, index) => (
            <RankingRow key={index} strings={strings} unit={unit} evaluation={evaluation} />
          ))}
        </TableBody>
      </Table>
    </PaneSection>
  );
}

function RankingRow({ strings, unit: evaluated, evaluation }: { strings: PaneStrings; unit: UnitEvaluation; evaluation: Evaluation }) {
  const styles = useStyles();
  const unit = evaluated.result;
  // The Summary's Notes say why, e.g., the first-ranked unit is only Good; the preview says it too.
  const notes = unit.rank === null ? [] : standingNotes(unit, evaluation.report.language, evaluation.settings);
  if (unit.rank === null || unit.total === null) {
    return (
      <TableRow>
        <TableCell>—</TableCell>
        <TableCell>{unit.unit}</TableCell>
        <TableCell />
        <TableCell className={styles.notRanked}>{strings.notRanked(unit.errors)}</TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow>
      <TableCell>
        <span className={styles.line}>{unit.rank}</span>
        {unit.tied && <Caption1 className={styles.note}>{strings.tied}</Caption1>}
      </TableCell>
      <TableCell>{unit.unit}</TableCell>
      <TableCell className={styles.number}>{strings.total(unit.total)}</TableCell>
      <TableCell>
        {unit.classification !== null && <span className={styles.line}>{strings.classifications[unit.classification]}</span>}
        {unit.award !== null && (
          <Text weight="semibold" className={styles.line}>
            {strings.awards[unit.award]}
          </Text>
        )}
        {notes.length > 0 && <Caption1 className={styles.note}>{notes.join("; ")}</Caption1>}
      </TableCell>
    </TableRow>
  );
}
