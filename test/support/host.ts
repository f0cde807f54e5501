// Loads a workbook snapshot (from a real .xlsx or a builder) into the Office runtime harness and
// reads a host sheet back in the same normal form as an ExcelJS sheet, for parity tests.
import type * as ExcelJS from "exceljs";
import { rangeToA1, toA1 } from "../../src/core/model/address";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import type { FixtureCell, SheetSpec } from "../excel-host";
import { dateToSerial } from "../excel-host/cellValues";
import type { ExcelHostHandle, ExcelHostOptions } from "../office-runtime/host";
import { installOfficeRuntime } from "../office-runtime";

/**
 * The host's sheets for a snapshot. A date becomes what Excel holds for one: its serial number
 * under a date format; an uncalculated formula becomes its text.
 */
export function sheetsOf(snapshot: WorkbookSnapshot): SheetSpec[] {
  return snapshot.sheets.map((sheet) => {
    const numberFormats: Record<string, string> = {};
    const cells = sheet.cells.map((row, r) =>
      row.map((v, c): FixtureCell => {
        if (v === null || typeof v !== "object") return v;
        if (v.kind === "error") return v;
        if (v.kind === "uncalculated") return v.formula;
        numberFormats[toA1({ row: r, col: c })] = "dd/mm/yyyy";
        const [year, month, day] = v.iso.split("-").map(Number);
        return dateToSerial(year, month, day) ?? v.iso;
      }),
    );
    return { name: sheet.name, cells, merges: sheet.merges.map(rangeToA1), numberFormats };
  });
}

/** What a person sees of a cell, the same way for both writers. */
export interface SeenCell {
  value: string | number | boolean | null;
  bold: boolean;
  italic: boolean;
  fill: string | null;
}

/** A sheet as seen: cells by A1 (blank, unstyled cells left out), merges, frozen rows. */
export interface SeenSheet {
  cells: Record<string, SeenCell>;
  numberFormats: Record<string, string>;
  merges: string[];
  frozenRows: number;
}

const blankCell = (c: SeenCell) => c.value === null && !c.bold && !c.italic && c.fill === null;

/** An ExcelJS sheet as seen (merged cells other than the top-left read blank, as in Excel). */
export function seenFromExcelJs(sheet: ExcelJS.Worksheet): SeenSheet {
  const seen: SeenSheet = {
    cells: {},
    numberFormats: {},
    merges: [...((sheet.model as { merges?: string[] }).merges ?? [])].sort(),
    frozenRows: 0,
  };
  const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
  seen.frozenRows = view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const slave = cell.isMerged && cell.master !== cell;
      const raw = slave ? null : cell.value;
      const value =
        raw === null || raw === undefined || raw === ""
          ? null
          : typeof raw === "object" && "text" in raw
            ? String(raw.text)
            : (raw as string | number | boolean);
      const fill =
        cell.fill && cell.fill.type === "pattern" && cell.fill.fgColor?.argb ? `#${cell.fill.fgColor.argb.slice(-6).toUpperCase()}` : null;
      const entry: SeenCell = { value, bold: !!cell.font?.bold, italic: !!cell.font?.italic, fill };
      const a1 = toA1({ row: r - 1, col: c - 1 });
      if (!blankCell(entry)) seen.cells[a1] = entry;
      if (typeof value === "number") seen.numberFormats[a1] = cell.numFmt || "General";
    });
  });
  return seen;
}

/** A host sheet as seen. */
export function seenFromHost(host: ExcelHostHandle, sheet: string, extent: string): SeenSheet {
  const values = host.values(sheet, extent);
  const fonts = host.fonts(sheet, extent);
  const fills = host.fills(sheet, extent);
  const formats = host.numberFormats(sheet, extent);
  const seen: SeenSheet = { cells: {}, numberFormats: {}, merges: [...host.merges(sheet)].sort(), frozenRows: host.frozen(sheet).rows };
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const entry: SeenCell = {
        value: v === "" ? null : v,
        bold: fonts[r][c].bold,
        italic: fonts[r][c].italic,
        fill: fills[r][c] ? String(fills[r][c]).toUpperCase() : null,
      };
      const a1 = toA1({ row: r, col: c });
      if (!blankCell(entry)) seen.cells[a1] = entry;
      if (typeof v === "number") seen.numberFormats[a1] = formats[r][c];
    }),
  );
  return seen;
}

/** The same workbook answered by Microsoft's Excel runtime (test/office-runtime), installed as the globals. */
export function installRuntimeWith(snapshot: WorkbookSnapshot, options: ExcelHostOptions = {}) {
  return installOfficeRuntime(globalThis, { sheets: sheetsOf(snapshot), ...options });
}

/** The bottom-right cell a seen sheet uses, as A1: the extent to read a host sheet over. */
export function lastCell(seen: { cells: Record<string, unknown> }): string {
  let maxRow = 1;
  let maxCol = "A";
  for (const a1 of Object.keys(seen.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
    if (Number(m[2]) > maxRow) maxRow = Number(m[2]);
    if (m[1].length > maxCol.length || (m[1].length === maxCol.length && m[1] > maxCol)) maxCol = m[1];
  }
  return `${maxCol}${maxRow}`;
}

/** A request that only releases references the runtime kept during a run. */
export function cleanUpOnly(actions: string[]): boolean {
  return actions.every((a) => a === "1 " || a === "3 _RemoveReference") && actions.includes("3 _RemoveReference");
}
