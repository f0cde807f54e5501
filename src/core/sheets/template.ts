// A new scoring workbook for the units to fill in: Criteria, Settings, and one sheet per unit laid
// out like the examples. Every label is the spec's (workbook.md §2), so the engine reads the
// template back without any setup; input cells are unlocked and tinted, all else is protected.
// A unit sheet is a paper the head of the unit signs: it prints A4 landscape, one page wide, with
// the signature block under the table, and it shows which rows need evidence (a `(*)` after the
// criterion, an orange evidence cell with an input message, and a line of the legend).
// Version 2 (spec §7.1–§7.4): the Criteria sheet's `Có thể không áp dụng` column, the Settings
// keys with their defaults written out, the province's `Điểm duyệt` column on unit sheets, and
// on rows that may not apply, input cells that accept the mark `Không áp dụng`.
import { cellRange } from "../model/address";
import { maxTotal } from "../score/score";
import { reviewKindOfPeriod } from "../schema/choices";
import { CRITERIA_FIELDS } from "../schema/criteria";
import { labelIn, writtenHeader } from "../schema/field";
import type { WriteContext } from "../schema/kinds";
import { SETTINGS_FIELDS, THRESHOLD_KEYS, type SettingField, type SettingsKey, type ThresholdKey } from "../schema/settings";
import { UNITS_LIST_FIELDS } from "../schema/unitsList";
import type {
  CellAddress,
  CriteriaTable,
  Criterion,
  Group,
  Language,
  ReviewKind,
  Settings,
  SheetLayout,
  UnitListing,
} from "../model/types";
import { SheetDraft, ValidationRule, heightForLines, printSetup, wrappedLines } from "./sheet";
import { AWARD_WORDS, OUTPUT_SHEET_NAMES, TEMPLATE_TEXT, TemplateText, formatNumber } from "../words";

const TITLE_SIZE = 13;
const HEADER_FILL = "#DCE6F1";
const GROUP_FILL = "#E7E6E6";
/** Cells the unit fills in. */
const UNIT_INPUT_FILL = "#FFF2CC";
/** Cells the verification team fills in. */
const COMMITTEE_INPUT_FILL = "#DDEBF7";
/** Evidence cells of criteria that need evidence: the one input a unit must not leave blank. */
const EVIDENCE_REQUIRED_FILL = "#F8CBAD";

export interface TemplateInput {
  criteria: CriteriaTable;
  settings: Settings;
  language: Language;
  /** English names of groups and criteria by code, used when `language` is `en`. */
  criterionNamesEn?: Record<string, string>;
  /**
   * A kind of review asked for (`thidua template --kind`), written as `Loại kỳ`. Without one the
   * cell stays blank, its default, and the kind follows the period (spec §7.3), unless the
   * settings' kind is not the one their period gives.
   */
  reviewKind?: ReviewKind;
}

/**
 * The sheets of a new scoring workbook: Criteria, Settings, then one protected sheet per listed unit.
 * @example buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings: CLUSTER18_SETTINGS, language: "vi" }).map((s) => s.name)
 *   → ["Tiêu chí", "Thiết lập", "Nam Sông Mã", …]
 */
export function buildTemplateSheets(input: TemplateInput): SheetLayout[] {
  const sheets = [buildCriteriaSheet(input), buildSettingsSheet(input)];
  for (const unit of input.settings.units ?? []) sheets.push(buildUnitSheet(input, unit));
  checkSheetNames(
    sheets.map((sheet) => sheet.name),
    input.language,
  );
  return sheets;
}

/** The name a group or criterion is printed with in the template's language. */
function displayName(input: TemplateInput, item: { code: string; name: string }): string {
  if (input.language !== "en") return item.name;
  return input.criterionNamesEn?.[item.code] ?? item.name;
}

// ---- Criteria ----

const CRITERIA_WIDTHS = [8, 60, 16, 10, 8, 11, 12, 11, 12, 12];
/** Row 1, between the title and the header, says what the may-be-N/A column does. */
const CRITERIA_GUIDE_ROW = 1;
const CRITERIA_HEADER_ROW = 2;
const CRITERIA_MAY_BE_NA_COL = 9;
const MAY_BE_NA_RULE = CRITERIA_FIELDS.mayBeNotApplicable.rule;

function buildCriteriaSheet(input: TemplateInput): SheetLayout {
  const text = TEMPLATE_TEXT[input.language];
  const draft = new SheetDraft(text.criteriaSheet);
  const lastCol = text.criteriaHeader.length - 1;
  CRITERIA_WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, lastCol), text.criteriaTitle, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  // Not a header (no `Mã`, no `Loại`), so the reader passes over it to the table.
  draft.merge(cellRange(CRITERIA_GUIDE_ROW, 0, CRITERIA_GUIDE_ROW, lastCol), text.criteriaGuide, {
    italic: true,
    horizontal: "left",
    wrap: true,
    fontSize: 11,
  });
  const tableWidth = CRITERIA_WIDTHS.reduce((sum, width) => sum + width, 0);
  draft.height(CRITERIA_GUIDE_ROW, heightForLines(wrappedLines(text.criteriaGuide, tableWidth)));
  draft.setRow(CRITERIA_HEADER_ROW, 0, text.criteriaHeader, { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true });
  draft.height(CRITERIA_HEADER_ROW, heightForLines(2));

  let row = CRITERIA_HEADER_ROW + 1;
  const mayBeNotApplicableRule: ValidationRule = {
    kind: "list",
    values: [text.yes, text.no],
    prompt: MAY_BE_NA_RULE.prompt[input.language],
    error: MAY_BE_NA_RULE.error[input.language],
  };
  for (const group of input.criteria.groups) {
    const name = displayName(input, group);
    draft.setRow(row, 0, [group.code, name, text.typeLabels[group.kind], group.max]);
    draft.style(cellRange(row, 0, row, lastCol), { bold: true, fill: GROUP_FILL });
    draft.height(row, heightForLines(wrappedLines(name, CRITERIA_WIDTHS[1])));
    row++;
    for (const criterion of group.criteria) {
      const criterionName = displayName(input, criterion);
      draft.setRow(row, 0, [
        criterion.code,
        criterionName,
        text.typeLabels[criterion.type],
        criterion.max,
        criterion.weight,
        criterion.perItem,
      ]);
      writePlanFloor(draft, row, 6, criterion.planFloor);
      draft.set(row, 7, criterion.evidenceRequired ? text.yes : null);
      draft.set(row, 8, criterion.disqualifies ? text.yes : null);
      // Only a regular group's criterion may be N/A (spec §7.1): there the choice is offered and
      // `Không` written out; on bonus and deduction rows the cell stays blank, as a yes would be invalid.
      if (group.kind === "group") {
        draft.set(row, CRITERIA_MAY_BE_NA_COL, criterion.mayBeNotApplicable ? text.yes : text.no);
        draft.validate(cellRange(row, CRITERIA_MAY_BE_NA_COL), mayBeNotApplicableRule);
      }
      draft.height(row, heightForLines(wrappedLines(criterionName, CRITERIA_WIDTHS[1])));
      row++;
    }
  }
  const lastRow = Math.max(row - 1, CRITERIA_HEADER_ROW);
  draft.style(cellRange(CRITERIA_HEADER_ROW, 0, lastRow, lastCol), { border: true });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 0, lastRow, 0), { horizontal: "center" });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 1, lastRow, 1), { wrap: true });
  draft.style(cellRange(CRITERIA_HEADER_ROW + 1, 2, lastRow, lastCol), { horizontal: "center" });
  return draft.toLayout({
    frozenRows: CRITERIA_HEADER_ROW + 1,
    print: printSetup("portrait", input.language, { first: CRITERIA_HEADER_ROW, last: CRITERIA_HEADER_ROW }),
    protect: true,
  });
}

/**
 * The plan floor as the reader takes it back: a number above 1 is a percent, one of 1 or less a
 * fraction (spec §2), so a floor of 1 % or less is written as a fraction shown as a percent.
 */
function writePlanFloor(draft: SheetDraft, row: number, col: number, planFloor: number): void {
  if (planFloor <= 0) draft.set(row, col, null);
  else if (planFloor > 1) draft.set(row, col, planFloor);
  else draft.set(row, col, planFloor / 100, { numberFormat: "0.0#%" });
}

// ---- Settings ----

const SETTINGS_KEYS_IN_ORDER = Object.keys(SETTINGS_FIELDS) as SettingsKey[];
const SETTINGS_FIRST_KEY_ROW = 2;
const UNITS_HEADER_ROW = SETTINGS_FIRST_KEY_ROW + SETTINGS_KEYS_IN_ORDER.length + 1;
/** Key, value, and the third column: a key's hint, the units list's sheet names. */
const SETTINGS_WIDTHS = [34, 60, 48];

/**
 * Where the template's Settings sheet writes the sheet name of the unit at `index` in the units
 * list, so bundled settings can point `missing-sheet` at the right cell.
 * @example settingsUnitSheetCell(0) → { row: 26, col: 2 } (C27)
 */
export function settingsUnitSheetCell(index: number): CellAddress {
  return { row: UNITS_HEADER_ROW + 1 + index, col: 2 };
}

function buildSettingsSheet(input: TemplateInput): SheetLayout {
  const text = TEMPLATE_TEXT[input.language];
  const settings = input.settings;
  const draft = new SheetDraft(text.settingsSheet);
  SETTINGS_WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, 2), text.settingsTitle, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });

  const context = settingsWriteContext(input, text);
  SETTINGS_KEYS_IN_ORDER.forEach((key, index) => writeSettingRow(draft, SETTINGS_FIRST_KEY_ROW + index, key, settings, context));
  const lastKeyRow = SETTINGS_FIRST_KEY_ROW + SETTINGS_KEYS_IN_ORDER.length - 1;
  draft.style(cellRange(SETTINGS_FIRST_KEY_ROW, 0, lastKeyRow, 1), { border: true });

  // Without a units list the engine takes every unit sheet in tab order, so none is written.
  if (settings.units !== null) {
    const header = writtenHeader(UNITS_LIST_FIELDS, input.language);
    draft.setRow(UNITS_HEADER_ROW, 0, header, { bold: true, fill: HEADER_FILL, horizontal: "center" });
    settings.units.forEach((unit, index) => {
      const at = settingsUnitSheetCell(index);
      draft.set(at.row, 0, unit.no ?? index + 1, { horizontal: "center" });
      draft.set(at.row, 1, unit.name, { wrap: true });
      draft.set(at.row, at.col, unit.sheet);
    });
    draft.style(cellRange(UNITS_HEADER_ROW, 0, UNITS_HEADER_ROW + settings.units.length, 2), { border: true });
  }
  return draft.toLayout({
    print: printSetup("portrait", input.language, null),
    protect: true,
  });
}

function settingsWriteContext(input: TemplateInput, text: TemplateText): WriteContext {
  const settings = input.settings;
  const language = input.language;
  return {
    language,
    scale: maxTotal(input.criteria),
    yesNo: [text.yes, text.no],
    awardNames: { flag: AWARD_WORDS[language].flag, certificate: AWARD_WORDS[language].certificate },
    writtenReviewKind: input.reviewKind ?? (settings.reviewKind === reviewKindOfPeriod(settings.period) ? null : settings.reviewKind),
  };
}

/** One key's row: its label, its value as its kind writes it, its hint, and its drop-down if any. */
function writeSettingRow(draft: SheetDraft, row: number, key: SettingsKey, settings: Settings, context: WriteContext): void {
  const field = SETTINGS_FIELDS[key] as SettingField<unknown>;
  const language = context.language;
  const stored = (THRESHOLD_KEYS as readonly string[]).includes(key)
    ? settings.thresholds[key as ThresholdKey]
    : settings[key as keyof Settings];
  const { value, numberFormat } = field.kind.write(stored, context);
  draft.set(row, 0, labelIn(field, language), { bold: true });
  draft.set(row, 1, value, { horizontal: "left", wrap: true, ...(numberFormat ? { numberFormat } : {}) });
  if (field.hint) draft.set(row, 2, field.hint[language], { italic: true, wrap: true, fontSize: 11 });
  const choices = field.kind.choices?.(context);
  if (choices && field.rule) {
    draft.validate(cellRange(row, 1), {
      kind: "list",
      values: choices,
      prompt: field.rule.prompt[language],
      error: field.rule.error[language],
    });
  }
}

// ---- Unit sheets ----

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

function buildUnitSheet(input: TemplateInput, unit: UnitListing): SheetLayout {
  const language = input.language;
  const text = TEMPLATE_TEXT[language];
  const draft = new SheetDraft(unit.sheet);
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

  return draft.toLayout({
    frozenRows: UNIT_ROW.header + 1,
    print: printSetup("landscape", language, { first: UNIT_ROW.header, last: UNIT_ROW.header }),
    protect: true,
  });
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
function writeSignatureBlock(draft: SheetDraft, first: number, text: TemplateText): void {
  const line = (row: number) => cellRange(row, SIGNATURE_COLS.first, row, SIGNATURE_COLS.last);
  draft.merge(line(first), text.signatureDate, { italic: true, horizontal: "center" });
  draft.merge(line(first + 1), text.signatureTitle, { bold: true, horizontal: "center" });
  draft.merge(line(first + 2), text.signatureHint, { italic: true, horizontal: "center" });
  draft.merge(line(first + 3 + SIGNATURE_SPACE_ROWS), text.signatureName, { bold: true, horizontal: "center" });
}

function nonBlank(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value;
}

function writeGroupRow(draft: SheetDraft, row: number, group: Group, input: TemplateInput): void {
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
  draft: SheetDraft,
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

  const nonNegative = (prompt: string): ValidationRule => ({ kind: "decimal", min: 0, max: null, prompt, error: text.errors.nonNegative });
  const open = (col: number, fill: string, rule: ValidationRule | null) => {
    const at = cellRange(row, col);
    draft.unlock(at);
    draft.style(at, { fill, horizontal: col === UNIT_COL.evidence || col === UNIT_COL.note ? "left" : "center", wrap: true });
    if (rule) draft.validate(at, rule);
  };

  // Where a unit writes `Không áp dụng` (spec §7.1): the self cell, on a Plan row the target.
  // A number-only rule would refuse the mark, so such a cell takes any value and its prompt says
  // both; a yes/no cell offers the mark as a third choice, and a Count row's self cell (not used
  // for its points) opens for the mark alone.
  const mayNotApply = criterion.mayBeNotApplicable;
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
        open(UNIT_COL.self, UNIT_INPUT_FILL, {
          kind: "list",
          values: [text.notApplicableMark],
          prompt: text.prompts.notApplicableOnly,
          error: text.errors.notApplicableOnly,
        });
      }
      break;
    case "score":
      open(
        UNIT_COL.self,
        UNIT_INPUT_FILL,
        numberOrMark({ kind: "decimal", min: 0, max: criterion.max, prompt: text.prompts.selfScore(max), error: text.errors.score(max) }),
      );
      break;
    case "yesno":
      open(
        UNIT_COL.self,
        UNIT_INPUT_FILL,
        mayNotApply
          ? {
              kind: "list",
              values: [...text.yesNoChoices, text.notApplicableMark],
              prompt: text.prompts.yesNo + text.prompts.notApplicable,
              error: text.errors.yesNoOrNotApplicable,
            }
          : {
              kind: "list",
              values: [...(isDeduction ? text.yesNoChoicesDeduction : text.yesNoChoices)],
              prompt: isDeduction ? text.prompts.yesNoDeduction : text.prompts.yesNo,
              error: isDeduction ? text.errors.yesNoDeduction : text.errors.yesNo,
            },
      );
      break;
  }
  // The levels above the unit are points 0 to the max; on a row that may not apply, their cells
  // also take the mark, which confirms the unit's (spec §7.1), so they accept any value there.
  const reviewRule = (prompt: string): ValidationRule =>
    mayNotApply
      ? { kind: "any", prompt: prompt + text.prompts.notApplicable }
      : { kind: "decimal", min: 0, max: criterion.max, prompt, error: text.errors.score(max) };
  open(UNIT_COL.verified, COMMITTEE_INPUT_FILL, reviewRule(text.prompts.verified(max)));
  open(UNIT_COL.approved, COMMITTEE_INPUT_FILL, reviewRule(text.prompts.approved(max)));
  if (criterion.evidenceRequired) open(UNIT_COL.evidence, EVIDENCE_REQUIRED_FILL, { kind: "any", prompt: text.prompts.evidence });
  else open(UNIT_COL.evidence, UNIT_INPUT_FILL, null);
  open(UNIT_COL.note, COMMITTEE_INPUT_FILL, null);
}

/** After the name of a criterion that needs evidence; the legend explains it. */
const EVIDENCE_MARK = " (*)";

// ---- Sheet names ----

/**
 * Excel refuses a workbook whose sheet names break its rules, and the writer would fail halfway;
 * a clear error here names the offending entry of the units list instead.
 */
function checkSheetNames(names: string[], language: Language): void {
  const reserved = new Set(
    [...Object.values(OUTPUT_SHEET_NAMES.vi), ...Object.values(OUTPUT_SHEET_NAMES.en), "History"].map((name) => name.toLowerCase()),
  );
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const problem =
      name.trim() === "" || name.length > 31
        ? "must have 1 to 31 characters"
        : /[[\]:*?/\\]/.test(name)
          ? "must not contain [ ] : * ? / \\"
          : name.startsWith("'") || name.endsWith("'")
            ? "must not start or end with an apostrophe"
            : seen.has(name.toLowerCase())
              ? "is used twice"
              : index >= 2 && reserved.has(name.toLowerCase())
                ? "is reserved for an output sheet"
                : null;
    if (problem) throw new RangeError(`sheet name "${name}" ${problem} (template language ${language})`);
    seen.add(name.toLowerCase());
  });
}
