// The workbook a test starts from: sheets given as literal cells (not parsed as typing), merged
// areas, formulas with their cached values, number formats, visibility, tab colour, protection.
import { fromA1 } from "../../src/core/model/address";
import { parseAddress, rangeOf, validateSheetName } from "./addresses";
import { cellKey } from "./cells";
import {
  defaultProtectionOptions,
  newSheet,
  sheetId,
  type ProtectionOptionsModel,
  type SheetModel,
  type WorkbookModel,
} from "./workbookModel";

/** A fixture cell: a literal value (strings are stored as typed text, not parsed) or an error. */
export type FixtureCell = number | string | boolean | null | { kind: "error"; code: string };

export interface SheetSpec {
  name: string;
  /** Values anchored at A1 (`cells[0][0]` is A1). */
  cells?: FixtureCell[][];
  /** Merged areas, e.g. `["A1:C1"]`. */
  merges?: string[];
  /** Formulas by A1 address; a value in `cells` at the same address is the cached result. */
  formulas?: Record<string, string>;
  /** Number formats by A1 address. */
  numberFormats?: Record<string, string>;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  /** `true`, or protection options, to start protected (no password). */
  protected?: boolean | Partial<ProtectionOptionsModel>;
}

/** The workbook's sheets, active sheet and default font. */
export interface WorkbookSpec {
  sheets?: SheetSpec[];
  activeSheet?: string;
  defaultFont?: { name: string; size: number };
  /** Start with the workbook's structure protected (Review › Protect Workbook). */
  protectedStructure?: boolean;
}

function buildSheet(spec: SheetSpec, id: string): SheetModel {
  const sheet = newSheet(id, spec.name);
  if (spec.visibility) sheet.visibility = spec.visibility;
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  (spec.cells ?? []).forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      sheet.cells.set(cellKey(r, c), { value: typeof value === "object" ? { kind: "error", code: value.code } : value });
    });
  });
  for (const [a1, formula] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = fromA1(a1);
    const cell = sheet.cells.get(cellKey(row, col)) ?? {};
    sheet.cells.set(cellKey(row, col), { ...cell, formula: formula.startsWith("=") ? formula : `=${formula}` });
  }
  for (const [a1, numberFormat] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = fromA1(a1);
    const cell = sheet.cells.get(cellKey(row, col)) ?? {};
    sheet.cells.set(cellKey(row, col), { ...cell, format: { ...cell.format, numberFormat } });
  }
  sheet.merges = (spec.merges ?? []).map((a1) => rangeOf(parseAddress(a1).rect));
  if (spec.protected) {
    sheet.protection = {
      protected: true,
      options: { ...defaultProtectionOptions(), ...(spec.protected === true ? {} : spec.protected) },
      password: null,
    };
  }
  return sheet;
}

/** The workbook model of a fixture; the first visible sheet is active unless `activeSheet` says otherwise. */
export function buildWorkbook(options: WorkbookSpec): WorkbookModel {
  const specs = options.sheets ?? [{ name: "Sheet1" }];
  const sheets: SheetModel[] = [];
  specs.forEach((spec, i) => {
    validateSheetName(spec.name, sheets);
    sheets.push(buildSheet(spec, sheetId(i + 1)));
  });
  const visible = sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 0) throw new Error("A workbook needs at least one visible sheet.");
  const active = options.activeSheet ? sheets.find((s) => s.name.toLowerCase() === options.activeSheet!.toLowerCase()) : visible[0];
  if (!active) throw new Error(`No sheet named "${options.activeSheet}".`);
  return {
    sheets,
    activeSheetId: active.id,
    calculationMode: "Automatic",
    structureProtected: options.protectedStructure ?? false,
    nextSheetId: sheets.length + 1,
    defaultFont: options.defaultFont ?? { name: "Calibri", size: 11 },
  };
}
