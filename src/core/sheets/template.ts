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
import { sheetNameProblem } from "../model/sheetNames";
import { writtenHeader } from "../schema/field";
import { SETTINGS_FIELDS, type SettingsKey } from "../schema/settings";
import { UNITS_LIST_FIELDS } from "../schema/unitsList";
import type { CellAddress, Language, SheetLayout } from "../model/types";
import { printSetup } from "./sheet";
import { InputSheetDraft } from "./inputSheet";
import { buildCriteriaSheet } from "./templateCriteria";
import { HEADER_FILL, TITLE_SIZE, type TemplateInput } from "./templateParts";
import { buildUnitSheet } from "./templateUnit";
import { buildHistorySheets } from "./templateHistory";
import { OUTPUT_SHEET_NAMES, TEMPLATE_TEXT } from "../words";
import { settingsWriteContext, writeSettingRow } from "./templateSettings";

export type { TemplateInput } from "./templateParts";

/**
 * The sheets of a new scoring workbook: Criteria, Settings, one protected sheet per listed unit,
 * then the award history and its rules (§9.2).
 * @example buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings: CLUSTER18_SETTINGS, language: "vi" }).map((s) => s.name)
 *   → ["Tiêu chí", "Thiết lập", "Nam Sông Mã", …, "Lịch sử thi đua", "Điều kiện khen thưởng"]
 */
export function buildTemplateSheets(input: TemplateInput): SheetLayout[] {
  const sheets = [buildCriteriaSheet(input), buildSettingsSheet(input)];
  for (const unit of input.settings.units ?? []) sheets.push(buildUnitSheet(input, unit));
  // After the unit sheets, so the units keep their places; offered empty in a new workbook (§9.2).
  sheets.push(...buildHistorySheets(input.language, input.history, input.awardRules));
  checkSheetNames(
    sheets.map((sheet) => sheet.name),
    input.language,
  );
  return sheets;
}

// ---- Settings ----

const SETTINGS_KEYS_IN_ORDER = Object.keys(SETTINGS_FIELDS) as SettingsKey[];
const SETTINGS_FIRST_KEY_ROW = 2;
const UNITS_HEADER_ROW = SETTINGS_FIRST_KEY_ROW + SETTINGS_KEYS_IN_ORDER.length + 1;
/** Key, value, and the third column: a key's hint, the units list's sheet names. */
const SETTINGS_WIDTHS = [34, 60, 48];
/** The units list's columns in the order written: STT, name, sheet, then the optional short name. */
const UNITS_LIST_KEYS = ["no", "name", "sheet", "shortName"] as const;

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
  const draft = new InputSheetDraft(text.settingsSheet);
  SETTINGS_WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, 2), text.settingsTitle, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });

  const context = settingsWriteContext(input, text);
  SETTINGS_KEYS_IN_ORDER.forEach((key, index) => writeSettingRow(draft, SETTINGS_FIRST_KEY_ROW + index, key, settings, context));
  const lastKeyRow = SETTINGS_FIRST_KEY_ROW + SETTINGS_KEYS_IN_ORDER.length - 1;
  draft.style(cellRange(SETTINGS_FIRST_KEY_ROW, 0, lastKeyRow, 1), { border: true });

  // Without a units list the engine takes every unit sheet in tab order, so none is written.
  if (settings.units !== null) {
    // `Tên ngắn` is optional (§8.2): written only when the list carried one over (`template --from`).
    const withShortNames = settings.units.some((unit) => unit.shortName !== undefined);
    const columns = withShortNames ? UNITS_LIST_KEYS : UNITS_LIST_KEYS.slice(0, 3);
    draft.setRow(UNITS_HEADER_ROW, 0, writtenHeader(UNITS_LIST_FIELDS, input.language, columns), {
      bold: true,
      fill: HEADER_FILL,
      horizontal: "center",
    });
    settings.units.forEach((unit, index) => {
      const at = settingsUnitSheetCell(index);
      draft.set(at.row, 0, unit.no ?? index + 1, { horizontal: "center" });
      draft.set(at.row, 1, unit.name, { wrap: true });
      draft.set(at.row, at.col, unit.sheet);
      if (withShortNames) draft.set(at.row, at.col + 1, unit.shortName ?? null);
    });
    draft.style(cellRange(UNITS_HEADER_ROW, 0, UNITS_HEADER_ROW + settings.units.length, columns.length - 1), { border: true });
  }
  return draft.toLayout({
    // Three wide columns (key, value, hint) print readably only across the page.
    print: printSetup("landscape", input.language, null),
    protect: true,
  });
}

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
    const excel = sheetNameProblem(name);
    const problem =
      excel === "blank" || excel === "too-long"
        ? "must have 1 to 31 characters"
        : excel === "character"
          ? "must not contain [ ] : * ? / \\"
          : excel === "apostrophe"
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
