import { useState } from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { unitShortName } from "../../core";
import type { Evaluation, UnitEvaluation } from "../../core";
import type { PaneStrings } from "../strings";
import { PaneSection } from "./PaneSection";
import { RankingDetails, shownColumns, type Shown } from "./RankingDetails";

/** Every cell of a row stays on one line; what does not fit ends in an ellipsis, whole in the row's title and details. */
const oneLine = { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } as const;

const useStyles = makeStyles({
  // Fixed layout: the widths below hold whatever the names are, so no row grows a second line.
  table: { tableLayout: "fixed", width: "100%" },
  // Widths of the content; each cell adds its padding. The unit's short name gets the rest.
  rank: { width: "2.6em", ...oneLine },
  total: { width: "3.6em", textAlign: "right", fontVariantNumeric: "tabular-nums", ...oneLine },
  outcome: { width: "25%", ...oneLine },
  cell: oneLine,
  row: { cursor: "pointer" },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
  notRanked: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  /** The unit's short name is the button that opens its details: Enter and Space work on it. */
  toggle: {
    ...oneLine,
    display: "block",
    width: "100%",
    padding: 0,
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "left",
    cursor: "pointer",
  },
});

interface RankingPreviewProps {
  strings: PaneStrings;
  /** Units come as the report lists them: ranked in rank order, then the not-ranked. */
  evaluation: Evaluation;
}

/**
 * The ranking at a glance (§8.2): one line per unit — rank, short name, total and what it comes
 * to (the conference's decision when it took one, else the proposed award, else the
 * classification). A click or Enter opens the unit's details under it: its full name, the
 * Summary's other figures, the decision with its votes and the notes, in the pane's language.
 */
export function RankingPreview({ strings, evaluation }: RankingPreviewProps) {
  const styles = useStyles();
  const report = evaluation.report;
  const shown = shownColumns(evaluation);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <PaneSection title={strings.rankingHeading}>
      <Caption1 className={styles.note}>{strings.outOf(report.maxTotal)}</Caption1>
      <Table size="small" aria-label={strings.rankingHeading} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rank}>{strings.rankColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{strings.unitColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.total}>{strings.totalShort}</TableHeaderCell>
            <TableHeaderCell className={styles.outcome}>{shown.decision ? strings.decisionShort : strings.resultShort}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.units.flatMap((unit, index) => {
            const rows = [
              <RankingRow
                key={`unit-${index}`}
                strings={strings}
                unit={unit}
                evaluation={evaluation}
                shown={shown}
                expanded={open.has(index)}
                detailsId={`ranking-details-${index}`}
                onToggle={() => toggle(index)}
              />,
            ];
            if (open.has(index))
              rows.push(
                <RankingDetails
                  key={`details-${index}`}
                  id={`ranking-details-${index}`}
                  strings={strings}
                  unit={unit}
                  evaluation={evaluation}
                  shown={shown}
                />,
              );
            return rows;
          })}
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
  expanded: boolean;
  detailsId: string;
  onToggle(): void;
}

/** What a unit's line comes to, in a few words: the decision, else the award, else the classification. */
function outcomeOf(strings: PaneStrings, unit: UnitEvaluation["result"], evaluation: Evaluation, shown: Shown): string {
  const settings = evaluation.settings;
  if (unit.rank === null || unit.total === null) return strings.notRanked(unit.errors);
  if (unit.decision !== null) return strings.decision(unit.decision, null, settings);
  if (shown.award && unit.award !== null) return strings.award(unit.award, settings);
  return unit.classification === null ? "" : strings.classifications[unit.classification];
}

function RankingRow({ strings, unit: evaluated, evaluation, shown, expanded, detailsId, onToggle }: RankingRowProps) {
  const styles = useStyles();
  const unit = evaluated.result;
  const ranked = unit.rank !== null && unit.total !== null;
  const outcome = outcomeOf(strings, unit, evaluation, shown);
  const rank = unit.rank === null ? "—" : unit.tied ? strings.tiedRank(unit.rank) : String(unit.rank);
  return (
    <TableRow className={styles.row} onClick={onToggle}>
      <TableCell className={styles.rank} title={unit.tied ? strings.tied : undefined}>
        {rank}
      </TableCell>
      <TableCell className={styles.cell}>
        <button
          type="button"
          className={styles.toggle}
          title={unit.unit}
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          // The row's own click toggles; the button's would toggle it back.
          onClick={(event) => {
            event.stopPropagation();
            onToggle();
          }}
        >
          {unitShortName(unit)}
        </button>
      </TableCell>
      <TableCell className={styles.total}>{ranked ? strings.total(unit.total as number) : ""}</TableCell>
      <TableCell className={mergeClasses(styles.outcome, !ranked && styles.notRanked)} title={outcome}>
        {outcome}
      </TableCell>
    </TableRow>
  );
}
