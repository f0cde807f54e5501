// The Details sheet: every criterion's points for every unit, so the committee can trace a total
// back to the rows it came from.
import { cellRange } from "../model/address";
import type { BuildOptions, CellStyle, CriteriaTable, Evaluation, Group, SheetLayout, UnitEvaluation } from "../model/types";
import { bonusMax, groupMax } from "./groups";
import { roundHalfAway } from "../model/values";
import { SheetDraft, clusterAndPeriod, heightForLines, printSetup, scoreCellStyle, wrappedLines } from "./sheet";
import { DETAILS_TEXT, OUTPUT_SHEET_NAMES } from "../words";
import { NOT_APPLICABLE_SHORT } from "../schema/unitSheet";

const HEADER_FILL = "#DCE6F1";
const GROUP_FILL = "#F2F2F2";
const TITLE_SIZE = 13;

const COL = { code: 0, name: 1, max: 2, weight: 3, firstUnit: 4 } as const;
const WIDTH = { code: 8, name: 50, max: 9, weight: 7, unit: 14 } as const;
const ROW = { title: 0, subtitle: 1, explanation: 2, header: 4 } as const;
/** Made once: SheetDraft knows a style it met lately by identity, a fresh literal per cell it compares. */
const CENTRE: CellStyle = { horizontal: "center" };
const CENTRE_WRAP: CellStyle = { horizontal: "center", wrap: true };

/**
 * The Details sheet: rows of groups and criteria, one column per unit in report order, then
 * bonus, deduction, total and rank; a single explanatory line when the criteria are unusable.
 * @example buildDetailsSheet(evaluation, options).values[4].slice(0, 4) → ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Hệ số"]
 */
export function buildDetailsSheet(evaluation: Evaluation, _options: BuildOptions): SheetLayout {
  const language = evaluation.report.language;
  const text = DETAILS_TEXT[language];
  const draft = new SheetDraft(OUTPUT_SHEET_NAMES[language].details);
  const criteria = evaluation.criteria;

  if (criteria === null) {
    draft.set(0, 0, text.noCriteria, { italic: true });
    draft.width(0, 100);
    return draft.toLayout({ print: printSetup("landscape", language, null) });
  }

  const units = evaluation.units;
  const lastCol = COL.firstUnit + Math.max(units.length, 1) - 1;
  const fullWidth = (row: number) => cellRange(row, 0, row, lastCol);
  draft.width(COL.code, WIDTH.code).width(COL.name, WIDTH.name).width(COL.max, WIDTH.max).width(COL.weight, WIDTH.weight);
  units.forEach((_, index) => draft.width(COL.firstUnit + index, WIDTH.unit));

  draft.merge(fullWidth(ROW.title), text.title, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  draft.merge(fullWidth(ROW.subtitle), clusterAndPeriod(evaluation.report), { bold: true, horizontal: "center" });
  draft.merge(fullWidth(ROW.explanation), text.explanation, { italic: true, horizontal: "left", wrap: true });
  draft.height(ROW.explanation, heightForLines(wrappedLines(text.explanation, draft.widthThrough(lastCol))));

  const header: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true };
  draft.setRow(ROW.header, 0, [text.columns.code, text.columns.name, text.columns.max, text.columns.weight], header);
  let headerLines = 1;
  units.forEach((unit, index) => {
    draft.set(ROW.header, COL.firstUnit + index, unit.result.unit, header);
    headerLines = Math.max(headerLines, wrappedLines(unit.result.unit, WIDTH.unit));
  });
  draft.height(ROW.header, heightForLines(headerLines));

  let row = writeCriteriaRows(draft, criteria, evaluation, lastCol);
  row = writeTotalRows(draft, row, criteria, evaluation, lastCol);
  draft.style(cellRange(ROW.header, 0, row - 1, lastCol), { border: true });

  return draft.toLayout({
    frozenRows: ROW.header + 1,
    frozenColumns: COL.name + 1,
    print: printSetup("landscape", language, { first: ROW.header, last: ROW.header }),
  });
}

/** A row per group, its subtotals shaded, then a row per criterion; returns the next free row. */
function writeCriteriaRows(draft: SheetDraft, criteria: CriteriaTable, evaluation: Evaluation, lastCol: number): number {
  const units = evaluation.units;
  const language = evaluation.report.language;
  const score = scoreCellStyle(language);
  let row = ROW.header + 1;
  // forEach, not for…of: the ribbon's IE11 bundle spells an iterator out for each for…of.
  criteria.groups.forEach((group) => {
    const groupStyle: CellStyle = { bold: true, fill: GROUP_FILL };
    draft.set(row, COL.code, group.code, { horizontal: "center" });
    draft.set(row, COL.name, group.name, { wrap: true });
    draft.set(row, COL.max, groupMax(group), { horizontal: "center" });
    units.forEach((unit, index) => draft.set(row, COL.firstUnit + index, groupSubtotal(group, unit, evaluation), score));
    draft.style(cellRange(row, 0, row, lastCol), groupStyle);
    draft.height(row, heightForLines(wrappedLines(group.name, WIDTH.name)));
    row++;
    group.criteria.forEach((criterion) => {
      draft.set(row, COL.code, criterion.code, { horizontal: "center" });
      draft.set(row, COL.name, criterion.name, { wrap: true });
      draft.set(row, COL.max, criterion.max, { horizontal: "center" });
      draft.set(row, COL.weight, criterion.weight, { horizontal: "center" });
      units.forEach((unit, index) => {
        // A criterion that does not apply shows its mark, never 0.00 like a failure (spec §8.2).
        const notApplicable = unit.result.notApplicable.includes(criterion.code);
        const value = notApplicable ? NOT_APPLICABLE_SHORT[language] : (unit.points[criterion.code] ?? null);
        draft.set(row, COL.firstUnit + index, value, notApplicable ? CENTRE : score);
      });
      draft.height(row, heightForLines(wrappedLines(criterion.name, WIDTH.name)));
      row++;
    });
  });

  return row;
}

/** Bonus, deduction, total and rank under the criteria, bold and shaded; returns the next free row. */
function writeTotalRows(draft: SheetDraft, top: number, criteria: CriteriaTable, evaluation: Evaluation, lastCol: number): number {
  const text = DETAILS_TEXT[evaluation.report.language];
  const units = evaluation.units;
  const score = scoreCellStyle(evaluation.report.language);
  let row = top;
  const ranked = (unit: UnitEvaluation) => unit.result.status === "ranked";
  const bottom: Array<{ label: string; max: number | null; value: (unit: UnitEvaluation) => number | string | null; format: boolean }> = [
    { label: text.bonus, max: bonusMax(criteria), value: (unit) => (ranked(unit) ? unit.result.bonus : null), format: true },
    { label: text.deduction, max: null, value: (unit) => (ranked(unit) ? unit.result.deduction : null), format: true },
    { label: text.total, max: evaluation.report.maxTotal, value: (unit) => (ranked(unit) ? unit.result.total : null), format: true },
    { label: text.rank, max: null, value: (unit) => (ranked(unit) ? unit.result.rank : text.notRanked), format: false },
  ];
  const firstBottom = row;
  bottom.forEach((line) => {
    draft.set(row, COL.name, line.label, { horizontal: "left" });
    draft.set(row, COL.max, line.max, { horizontal: "center" });
    units.forEach((unit, index) => draft.set(row, COL.firstUnit + index, line.value(unit), line.format ? score : CENTRE_WRAP));
    row++;
  });
  draft.style(cellRange(firstBottom, 0, row - 1, lastCol), { bold: true, fill: GROUP_FILL });
  return row;
}

/**
 * A unit's subtotal for one group: the engine's figure for a regular group; for a bonus or
 * deduction group the engine's bonus/deduction when it is the only one of its kind, otherwise
 * the same sum the engine makes (points × weight, capped, rounded half away from zero).
 */
function groupSubtotal(group: Group, unit: UnitEvaluation, evaluation: Evaluation): number | null {
  const result = unit.result;
  if (result.status !== "ranked") return null;
  if (group.kind === "group") return result.groups?.[group.code] ?? null;
  const sameKind = evaluation.criteria?.groups.filter((other) => other.kind === group.kind) ?? [];
  if (sameKind.length === 1) return group.kind === "bonus-group" ? result.bonus : result.deduction;
  let sum = 0;
  group.criteria.forEach((criterion) => (sum += (unit.points[criterion.code] ?? 0) * criterion.weight));
  if (group.max !== null) sum = Math.min(sum, group.max);
  return roundHalfAway(sum);
}
