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
import { standingNotes } from "../../core";
import type { Evaluation, UnitEvaluation } from "../../core";
import { roundHalfAway } from "../../core";
import type { PaneStrings } from "../strings";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  // Fluent's table shares the width out evenly; in a pane ~320px wide the unit names need the room.
  table: { tableLayout: "auto" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  line: { display: "block" },
  notRanked: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
  stack: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
  /** A figure the Summary has its own column for, stacked in the Total column. */
  extra: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface RankingPreviewProps {
  strings: PaneStrings;
  /** Units come as the report lists them: ranked in rank order, then the not-ranked. */
  evaluation: Evaluation;
}

/**
 * Which of the Summary's optional columns this run has (spec §7.1–7.4): the preview shows the
 * same figures, so what the secretary sees here is what the printed page will say.
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
 * has them. A task pane is about 320 px wide, so the Summary's extra columns are stacked as lines
 * instead: the figures in the Total column (named in its header in the same order), the award
 * under the classification and the decision with its votes under the proposal, each labelled.
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
            <TableHeaderCell>
              {/* The header cell lays its content out in a row; the names stack like the figures. */}
              <span className={styles.stack}>
                {shown.converted && <span className={styles.extra}>{strings.convertedColumn}</span>}
                <span className={styles.line}>{strings.totalColumn}</span>
                {shown.selfTotal && <span className={styles.extra}>{strings.selfTotalColumn}</span>}
                {shown.selfTotal && <span className={styles.extra}>{strings.differenceColumn}</span>}
              </span>
            </TableHeaderCell>
            <TableHeaderCell>{shown.award ? strings.outcomeColumn : strings.classificationColumn}</TableHeaderCell>
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
  // The Summary's Notes say why, e.g., the first-ranked unit is only Good; the preview says it too.
  const notes = standingNotes(unit, evaluation.report.language, settings);
  // Rounded as the Summary rounds it, so the two never show different cents.
  const difference = unit.selfTotal === null ? null : roundHalfAway(unit.total - unit.selfTotal);
  const extra = (value: number | null, format: (n: number) => string = strings.total) => (
    <span className={styles.extra}>{value === null ? "—" : format(value)}</span>
  );
  const proposal = shown.award && unit.award !== null ? strings.award(unit.award, settings) : null;
  return (
    <TableRow>
      <TableCell>
        <span className={styles.line}>{unit.rank}</span>
        {unit.tied && <Caption1 className={styles.note}>{strings.tied}</Caption1>}
      </TableCell>
      <TableCell>{unit.unit}</TableCell>
      <TableCell className={styles.number}>
        {shown.converted && extra(unit.converted)}
        <span className={styles.line}>{strings.total(unit.total)}</span>
        {shown.selfTotal && extra(unit.selfTotal)}
        {shown.selfTotal && extra(difference, strings.difference)}
      </TableCell>
      <TableCell>
        {unit.classification !== null && <span className={styles.line}>{strings.classifications[unit.classification]}</span>}
        {proposal !== null && (
          <Text weight="semibold" className={styles.line}>
            {shown.decision ? strings.proposed(proposal) : proposal}
          </Text>
        )}
        {/* The conference's decision right under the proposal it confirms or overrides, with its votes. */}
        {unit.decision !== null && (
          <Text weight="semibold" className={styles.line}>
            {strings.decided(strings.decision(unit.decision, unit.votes, settings))}
          </Text>
        )}
        {notes.length > 0 && <Caption1 className={styles.note}>{notes.join("; ")}</Caption1>}
      </TableCell>
    </TableRow>
  );
}
