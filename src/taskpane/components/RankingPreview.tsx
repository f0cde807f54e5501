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
import { roundHalfAway } from "../../core/values";
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
 * Which of the Summary's optional columns this run has (spec §7.1–7.4): the preview shows the
 * same ones, so what the secretary sees here is what the printed page will say.
 */
interface Shown {
  /** `Điểm quy đổi`: some unit has a criterion that does not apply. */
  converted: boolean;
  /** `Tự chấm` and `Chênh lệch`: some unit has a verified or approved value. */
  selfTotal: boolean;
  /** Awards are annual: a half-year review proposes none, so the column says classification only. */
  award: boolean;
  /** `Kết quả bình xét`: the conference took some decision. */
  decision: boolean;
}

function shownColumns(evaluation: Evaluation): Shown {
  const units = evaluation.report.units;
  return {
    converted: units.some((u) => u.notApplicable.length > 0),
    selfTotal: units.some((u) => u.review !== "none"),
    award: evaluation.report.reviewKind === "year",
    decision: units.some((u) => u.decision !== null),
  };
}

/**
 * The ranking the Summary sheet shows: rank, unit, total, classification and proposed award, with
 * the converted points, self total and difference, and the conference's decision where the run
 * has them. The award shares a column with the classification (one under the other) so the
 * table fits a pane; the decision stands beside it, so proposal and decision read side by side.
 */
export function RankingPreview({ strings, evaluation }: RankingPreviewProps) {
  const styles = useStyles();
  const report = evaluation.report;
  const shown = shownColumns(evaluation);
  return (
    <PaneSection title={strings.rankingHeading}>
      <Caption1 className={styles.note}>{strings.outOf(report.maxTotal)}</Caption1>
      <Table size="small" aria-label={strings.rankingHeading} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.rankColumn}</TableHeaderCell>
            <TableHeaderCell>{strings.unitColumn}</TableHeaderCell>
            {shown.converted && <TableHeaderCell>{strings.convertedColumn}</TableHeaderCell>}
            <TableHeaderCell>{strings.totalColumn}</TableHeaderCell>
            {shown.selfTotal && <TableHeaderCell>{strings.selfTotalColumn}</TableHeaderCell>}
            {shown.selfTotal && <TableHeaderCell>{strings.differenceColumn}</TableHeaderCell>}
            <TableHeaderCell>{shown.award ? strings.outcomeColumn : strings.classificationColumn}</TableHeaderCell>
            {shown.decision && <TableHeaderCell>{strings.decisionColumn}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.units.map((unit, index) => (
            <RankingRow key={index} strings={strings} unit={unit} evaluation={evaluation} shown={shown} />
          ))}
        </TableBody>
      </Table>
    </PaneSection>
  );
}

interface RankingRowProps {
  strings: PaneStrings;
  unit: UnitEvaluation;
  evaluation: Evaluation;
  shown: Shown;
}

function RankingRow({ strings, unit: evaluated, evaluation, shown }: RankingRowProps) {
  const styles = useStyles();
  const unit = evaluated.result;
  const settings = evaluation.settings;
  const number = (value: number | null, format: (n: number) => string = strings.total) => (
    <TableCell className={styles.number}>{value === null ? "" : format(value)}</TableCell>
  );
  if (unit.rank === null || unit.total === null) {
    return (
      <TableRow>
        <TableCell>—</TableCell>
        <TableCell>{unit.unit}</TableCell>
        {shown.converted && <TableCell />}
        <TableCell />
        {shown.selfTotal && <TableCell />}
        {shown.selfTotal && <TableCell />}
        <TableCell className={styles.notRanked}>{strings.notRanked(unit.errors)}</TableCell>
        {shown.decision && <TableCell />}
      </TableRow>
    );
  }
  // The Summary's Notes say why, e.g., the first-ranked unit is only Good; the preview says it too.
  const notes = standingNotes(unit, evaluation.report.language, settings);
  // Rounded as the Summary rounds it, so the two never show different cents.
  const difference = unit.selfTotal === null ? null : roundHalfAway(unit.total - unit.selfTotal);
  return (
    <TableRow>
      <TableCell>
        <span className={styles.line}>{unit.rank}</span>
        {unit.tied && <Caption1 className={styles.note}>{strings.tied}</Caption1>}
      </TableCell>
      <TableCell>{unit.unit}</TableCell>
      {shown.converted && number(unit.converted)}
      {number(unit.total)}
      {shown.selfTotal && number(unit.selfTotal)}
      {shown.selfTotal && number(difference, strings.difference)}
      <TableCell>
        {unit.classification !== null && <span className={styles.line}>{strings.classifications[unit.classification]}</span>}
        {shown.award && unit.award !== null && (
          <Text weight="semibold" className={styles.line}>
            {strings.award(unit.award, settings)}
          </Text>
        )}
        {notes.length > 0 && <Caption1 className={styles.note}>{notes.join("; ")}</Caption1>}
      </TableCell>
      {shown.decision && (
        <TableCell>
          {unit.decision !== null && (
            <Text weight="semibold" className={styles.line}>
              {strings.decision(unit.decision, unit.votes, settings)}
            </Text>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
