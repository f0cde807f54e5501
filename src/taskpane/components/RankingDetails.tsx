import { TableCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { decisionText, roundHalfAway, unitNotes } from "../../core";
import type { Evaluation, UnitEvaluation } from "../../core";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  cell: { paddingBottom: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2 },
  list: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: { display: "block", whiteSpace: "normal" },
  label: { color: tokens.colorNeutralForeground2 },
});

/**
 * Which of the Summary's optional figures this run has (spec §7.1–7.4): a unit's details show the
 * same, so what the secretary reads here is what the printed page will say.
 */
export interface Shown {
  /** `Điểm quy đổi`: some unit has a criterion that does not apply. */
  converted: boolean;
  /** `Tự chấm` and `Chênh lệch`: some unit has a verified or approved value. */
  selfTotal: boolean;
  /** Awards are annual: a half-year review proposes none. */
  award: boolean;
  /** `Kết quả bình xét`: the conference took some decision. */
  decision: boolean;
}

export function shownColumns(evaluation: Evaluation): Shown {
  const units = evaluation.report.units;
  return {
    converted: units.some((u) => u.notApplicable.length > 0),
    selfTotal: units.some((u) => u.review !== "none"),
    award: evaluation.report.reviewKind === "year",
    decision: units.some((u) => u.decision !== null),
  };
}

interface RankingDetailsProps {
  id: string;
  strings: PaneStrings;
  unit: UnitEvaluation;
  evaluation: Evaluation;
  shown: Shown;
}

/** One labelled line of a unit's details: `Tự chấm: 95,00`. */
function Line({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.line}>
      <span className={styles.label}>{label}: </span>
      {value}
    </Text>
  );
}

/** The lines under a unit's full name: its figures, classification, proposal, decision and notes. */
function detailLines(strings: PaneStrings, evaluated: UnitEvaluation, evaluation: Evaluation, shown: Shown) {
  const unit = evaluated.result;
  const settings = evaluation.settings;
  const lines: Array<{ label: string; value: string }> = [];
  if (unit.total !== null && unit.rank !== null) {
    if (shown.converted && unit.converted !== null) lines.push({ label: strings.convertedColumn, value: strings.total(unit.converted) });
    if (shown.selfTotal) {
      // Rounded as the Summary rounds it, so the two never show different cents.
      const difference = unit.selfTotal === null ? null : roundHalfAway(unit.total - unit.selfTotal);
      lines.push({ label: strings.selfTotalColumn, value: unit.selfTotal === null ? "—" : strings.total(unit.selfTotal) });
      lines.push({ label: strings.differenceColumn, value: difference === null ? "—" : strings.difference(difference) });
    }
    if (unit.classification !== null)
      lines.push({ label: strings.classificationColumn, value: strings.classifications[unit.classification] });
    if (shown.award && unit.award !== null) lines.push({ label: strings.proposedLabel, value: strings.award(unit.award, settings) });
    // The decision with its votes (§7.4, §8.2), as the Summary's column states it.
    if (unit.decision !== null) lines.push({ label: strings.decisionLabel, value: decisionText(unit, strings.language, settings) });
  }
  // The Summary's Notes, worded in the pane's language: why a unit is not ranked, what the
  // conference decided against the proposal, what holds it back.
  const notes = unitNotes(evaluated, strings.language, settings, evaluation.report);
  if (notes !== null) lines.push({ label: strings.notesLabel, value: notes });
  return lines;
}

/** A unit's details, in a row of their own under its line (opened by a click or Enter on it). */
export function RankingDetails({ id, strings, unit, evaluation, shown }: RankingDetailsProps) {
  const styles = useStyles();
  return (
    <TableRow id={id} data-details="">
      <TableCell colSpan={4} className={styles.cell}>
        <div className={styles.list}>
          <Text weight="semibold" className={styles.line}>
            {unit.result.unit}
          </Text>
          {detailLines(strings, unit, evaluation, shown).map((line, index) => (
            <Line key={index} label={line.label} value={line.value} />
          ))}
        </div>
      </TableCell>
    </TableRow>
  );
}
