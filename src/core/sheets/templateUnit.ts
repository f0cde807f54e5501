// The template's unit sheets (spec §2 "Unit sheets", §7.1–§7.2): a paper the head of the unit
// signs. It prints A4 landscape, one page wide, with the signature block under the table; it shows
// which rows need evidence (a `(*)` after the criterion, an orange evidence cell with an input
// message, and a line of the legend); its input cells are unlocked and tinted, all else locked.
import { cellRange } from "../model/address";
import type { Criterion, Group, Language, SheetLayout, UnitListing } from "../model/types";
import { heightForLines, onOnePageWhenClose, printSetup, wrappedLines } from "./sheet";
import { InputSheetDraft, type ValidationRule } from "./inputSheet";
import {
  COMMITTEE_INPUT_FILL,
  EVIDENCE_REQUIRED_FILL,
  GROUP_FILL,
  HEADER_FILL,
  TITLE_SIZE,
  UNIT_INPUT_FILL,
  displayName,
  type TemplateInput,
} from "./templateParts";
import { TEMPLATE_TEXT, TemplateText, formatNumber } from "../words";

const UNIT_COL = {
  code: 0,
  name: 1,
  max: 2,
  target: 3,
  actual: 4,
  quantity: 5,
  self: 6,
  verified: 7,
  // The province's review sits right of the cluster's, as the levels go (spec §7.2).
  approved: 8,
  evidence: 9,
  note: 10,
} as const;
const UNIT_WIDTHS = [8, 55, 9, 12, 12, 10, 10, 11, 11, 26, 26];
const UNIT_ROW = { title: 0, cluster: 1, unit: 2, period: 3, legend: 4, header: 5 } as const;

export function buildUnitSheet(input: TemplateInput, unit: UnitListing): SheetLayout {
  const language = input.language;
  const text = TEMPLATE_TEXT[language];
  const draft = new InputSheetDraft(unit.sheet);
  const lastCol = UNIT_COL.note;
  UNIT_WIDTHS.forEach((width, col) => draft.width(col, width));
  const fullWidth = (row: number) => cellRange(row, 0, row, lastCol);

  draft.merge(fullWidth(UNIT_ROW.title), text.unitTitle, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  draft.merge(fullWidth(UNIT_ROW.cluster), nonBlank(input.settings.clusterName), { horizontal: "center", bold: true });
  draft.set(UNIT_ROW.unit, 0, text.unitLabel, { bold: true });
  draft.merge(cellRange(UNIT_ROW.unit, 1, UNIT_ROW.unit, 4), unit.name, { bold: true, horizontal: "left" });
  draft.set(UNIT_ROW.period, 0, text.periodLabel, { bold: true });
  draft.merge(cellRange(UNIT_ROW.period, 1, UNIT_ROW.period, 4), input.settings.period, { horizontal: "left" });
  const criteria = input.criteria.groups.flatMap((group) => group.criteria);
  const mayNotApply = criteria.filter((criterion) => criterion.mayBeNotApplicable).map((criterion) => criterion.code);
  const legend = [
    text.legend,
    ...(criteria.some((criterion) => criterion.evidenceRequired) ? [text.evidenceLegend] : []),
    ...(mayNotApply.length > 0 ? [text.notApplicableLegend(mayNotApply.join(", "))] : []),
  ].join("\n");
  draft.merge(fullWidth(UNIT_ROW.legend), legend, { italic: true, horizontal: "left", wrap: true, fontSize: 11 });
  const sheetWidth = UNIT_WIDTHS.reduce((sum, width) => sum + width, 0);
  // A merged cell never grows by itself in Excel, so the legend's height is set.
  draft.height(UNIT_ROW.legend, heightForLines(wrappedLines(legend, sheetWidth)));

  draft.setRow(UNIT_ROW.header, 0, text.unitHeader, { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true });
  draft.height(UNIT_ROW.header, heightForLines(2));

  let row = UNIT_ROW.header + 1;
  for (const group of input.criteria.groups) {
    writeGroupRow(draft, row, group, input);
    row++;
    for (const criterion of group.criteria) {
      writeCriterionRow(draft, row, criterion, group.kind === "deduction-group", input, text);
      row++;
    }
  }
  const lastRow = Math.max(row - 1, UNIT_ROW.header);
  draft.style(cellRange(UNIT_ROW.header, 0, lastRow, lastCol), { border: true });
  writeSignatureBlock(draft, lastRow + 2, text);

  // The unit prints and signs this sheet: one page when it nearly fits one.
  return onOnePageWhenClose(
    draft.toLayout({
      frozenRows: UNIT_ROW.header + 1,
      print: printSetup("landscape", language, { first: UNIT_ROW.header, last: UNIT_ROW.header }),
      protect: true,
    }),
  );
}

/** The signature columns: over the verified score, evidence and note, on the right as on paper. */
const SIGNATURE_COLS = { first: UNIT_COL.verified, last: UNIT_COL.note } as const;
/** Blank rows left for the signature and the seal. */
const SIGNATURE_SPACE_ROWS = 4;

/**
 * The date line, `THỦ TRƯỞNG ĐƠN VỊ` and what to sign with, right of the table's end, as the
 * unit's self-assessment is signed and sealed by its head. Below the table, the code column stays
 * blank, so the engine reads none of it.
 */
function writeSignatureBlock(draft: InputSheetDraft, first: number, text: TemplateText): void {
  const line = (row: number) => cellRange(row, SIGNATURE_COLS.first, row, SIGNATURE_COLS.last);
  draft.merge(line(first), text.signatureDate, { italic: true, horizontal: "center" });
  draft.merge(line(first + 1), text.signatureTitle, { bold: true, horizontal: "center" });
  draft.merge(line(first + 2), text.signatureHint, { italic: true, horizontal: "center" });
  draft.merge(line(first + 3 + SIGNATURE_SPACE_ROWS), text.signatureName, { bold: true, horizontal: "center" });
}

function nonBlank(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value;
}

function writeGroupRow(draft: InputSheetDraft, row: number, group: Group, input: TemplateInput): void {
  const name = displayName(input, group);
  draft.setRow(row, 0, [group.code, name, group.max]);
  draft.style(cellRange(row, 0, row, UNIT_COL.note), { bold: true, fill: GROUP_FILL });
  draft.style(cellRange(row, UNIT_COL.code), { horizontal: "center" });
  draft.style(cellRange(row, UNIT_COL.name), { wrap: true });
  draft.style(cellRange(row, UNIT_COL.max), { horizontal: "center" });
  // No set height: the row fits its wrapped text (see writeCriterionRow).
}

/** One criterion row: its information cells locked, the inputs its type needs open and validated. */
function writeCriterionRow(
  draft: InputSheetDraft,
  row: number,
  criterion: Criterion,
  isDeduction: boolean,
  input: TemplateInput,
  text: TemplateText,
): void {
  const language = input.language;
  const name = displayName(input, criterion) + (criterion.evidenceRequired ? EVIDENCE_MARK : "");
  const max = formatNumber(criterion.max, language);
  draft.setRow(row, 0, [criterion.code, name, criterion.max]);
  draft.style(cellRange(row, UNIT_COL.code), { horizontal: "center" });
  draft.style(cellRange(row, UNIT_COL.name), { wrap: true });
  draft.style(cellRange(row, UNIT_COL.max), { horizontal: "center" });
  // No set height: a row without one grows to its wrapped text, in Excel and LibreOffice, also
  // when a unit types a long evidence reference later; a set height would clip it.

  const open = (col: number, fill: string, rule: ValidationRule | null) => openInput(draft, row, col, fill, rule);
  openUnitInputs(open, criterion, isDeduction, language, text);
  // The levels above the unit are points 0 to the max; on a row that may not apply, their cells
  // also take the mark, which confirms the unit's (spec §7.1), so they accept any value there.
  const reviewRule = (prompt: string): ValidationRule =>
    criterion.mayBeNotApplicable
      ? { kind: "any", prompt: prompt + text.prompts.notApplicable }
      : { kind: "decimal", min: 0, max: criterion.max, prompt, error: text.errors.score(max) };
  open(UNIT_COL.verified, COMMITTEE_INPUT_FILL, reviewRule(text.prompts.verified(max)));
  open(UNIT_COL.approved, COMMITTEE_INPUT_FILL, reviewRule(text.prompts.approved(max)));
  if (criterion.evidenceRequired) open(UNIT_COL.evidence, EVIDENCE_REQUIRED_FILL, { kind: "any", prompt: text.prompts.evidence });
  else open(UNIT_COL.evidence, UNIT_INPUT_FILL, null);
  open(UNIT_COL.note, COMMITTEE_INPUT_FILL, null);
}

type OpenInput = (col: number, fill: string, rule: ValidationRule | null) => void;

/** An input cell: unlocked, tinted, and validated by its rule if it has one. */
function openInput(draft: InputSheetDraft, row: number, col: number, fill: string, rule: ValidationRule | null): void {
  const at = cellRange(row, col);
  draft.unlock(at);
  draft.style(at, { fill, horizontal: col === UNIT_COL.evidence || col === UNIT_COL.note ? "left" : "center", wrap: true });
  if (rule) draft.validate(at, rule);
}

/**
 * The unit's own inputs, by the criterion's type. Where a unit writes `Không áp dụng` (spec §7.1):
 * the self cell, on a Plan row the target. A number-only rule would refuse the mark, so such a
 * cell takes any value and its prompt says both; a yes/no cell offers the mark as a third choice,
 * and a Count row's self cell (not used for its points) opens for the mark alone.
 */
function openUnitInputs(open: OpenInput, criterion: Criterion, isDeduction: boolean, language: Language, text: TemplateText): void {
  const max = formatNumber(criterion.max, language);
  const mayNotApply = criterion.mayBeNotApplicable;
  const nonNegative = (prompt: string): ValidationRule => ({ kind: "decimal", min: 0, max: null, prompt, error: text.errors.nonNegative });
  const numberOrMark = (rule: ValidationRule): ValidationRule =>
    mayNotApply ? { kind: "any", prompt: rule.prompt + text.prompts.notApplicable } : rule;
  switch (criterion.type) {
    case "plan":
      open(UNIT_COL.target, UNIT_INPUT_FILL, numberOrMark(nonNegative(text.prompts.target)));
      open(UNIT_COL.actual, UNIT_INPUT_FILL, nonNegative(text.prompts.actual));
      break;
    case "count":
      open(UNIT_COL.quantity, UNIT_INPUT_FILL, nonNegative(text.prompts.quantity(formatNumber(criterion.perItem ?? 0, language), max)));
      if (mayNotApply) {
        const values = [text.notApplicableMark];
        open(UNIT_COL.self, UNIT_INPUT_FILL, {
          kind: "list",
          values,
          prompt: text.prompts.notApplicableOnly,
          error: text.errors.notApplicableOnly,
        });
      }
      break;
    case "score": {
      const rule: ValidationRule = {
        kind: "decimal",
        min: 0,
        max: criterion.max,
        prompt: text.prompts.selfScore(max),
        error: text.errors.score(max),
      };
      open(UNIT_COL.self, UNIT_INPUT_FILL, numberOrMark(rule));
      break;
    }
    case "yesno":
      open(UNIT_COL.self, UNIT_INPUT_FILL, yesNoRule(mayNotApply, isDeduction, text));
      break;
  }
}

/** A Yes/No row's self cell: the mark as a third choice where the row may not apply; `Có` / `Không` on a deduction row. */
function yesNoRule(mayNotApply: boolean, isDeduction: boolean, text: TemplateText): ValidationRule {
  if (mayNotApply) {
    return {
      kind: "list",
      values: [...text.yesNoChoices, text.notApplicableMark],
      prompt: text.prompts.yesNo + text.prompts.notApplicable,
      error: text.errors.yesNoOrNotApplicable,
    };
  }
  return {
    kind: "list",
    values: [...(isDeduction ? text.yesNoChoicesDeduction : text.yesNoChoices)],
    prompt: isDeduction ? text.prompts.yesNoDeduction : text.prompts.yesNo,
    error: isDeduction ? text.errors.yesNoDeduction : text.errors.yesNo,
  };
}

/** After the name of a criterion that needs evidence; the legend explains it. */
const EVIDENCE_MARK = " (*)";
