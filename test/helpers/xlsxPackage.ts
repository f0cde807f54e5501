// Builds .xlsx packages from raw worksheet XML, the way other programs write them, so tests can
// feed the reader what ExcelJS itself would never write: cached formula results of 0 / FALSE / "",
// inline strings, far cells, huge merges and validations, zip bombs.
import JSZip from "jszip";

export interface RawSheet {
  name: string;
  /** The inside of `<sheetData>`: `<row r="1"><c r="A1">…</c></row>…`. */
  sheetData: string;
  /** XML after `</sheetData>` (mergeCells, dataValidations, hyperlinks), in schema order. */
  after?: string;
  /** XML before `<sheetData>` (dimension, sheetViews, cols). */
  before?: string;
}

export interface RawPackage {
  sheets: RawSheet[];
  /** Shared strings, `<si>` bodies written as plain text. */
  sharedStrings?: string[];
  /** A styles.xml; the default has style 1 as a date (numFmtId 14). */
  styles?: string;
  /** Extra parts: path → content. */
  extra?: Record<string, string | Buffer>;
  compression?: "STORE" | "DEFLATE";
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const DEFAULT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The worksheet part of one raw sheet. */
export function worksheetXml(sheet: RawSheet): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheet.before ?? ""}` +
    `<sheetData>${sheet.sheetData}</sheetData>${sheet.after ?? ""}</worksheet>`
  );
}

/** The JSZip of a raw package, for tests that add or change parts before zipping. */
export function rawPackageZip(pkg: RawPackage): JSZip {
  const zip = new JSZip();
  const sheets = pkg.sheets;
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (pkg.sharedStrings
        ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
        : "") +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
  );
  const n = sheets.length;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      (pkg.sharedStrings ? `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
  );
  zip.file("xl/styles.xml", pkg.styles ?? DEFAULT_STYLES);
  if (pkg.sharedStrings) {
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<sst xmlns="${MAIN_NS}" count="${pkg.sharedStrings.length}" uniqueCount="${pkg.sharedStrings.length}">` +
        pkg.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("") +
        `</sst>`,
    );
  }
  sheets.forEach((sheet, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet)));
  for (const [part, content] of Object.entries(pkg.extra ?? {})) zip.file(part, content);
  return zip;
}

/** The bytes of a raw package. */
export async function rawPackage(pkg: RawPackage): Promise<Buffer> {
  return rawPackageZip(pkg).generateAsync({
    type: "nodebuffer",
    compression: pkg.compression ?? "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/** `<c>` for a formula with a cached value: `formulaCell("A1", "COUNTIF(B:B,1)", "0")`. */
export function formulaCell(ref: string, formula: string, cached: string | null, type?: "b" | "str" | "e"): string {
  const t = type ? ` t="${type}"` : "";
  const v = cached === null ? "" : `<v>${escapeXml(cached)}</v>`;
  return `<c r="${ref}"${t}><f>${escapeXml(formula)}</f>${v}</c>`;
}

function columnNumber(ref: string): number {
  return /^[A-Z]+/
    .exec(ref)![0]
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Worksheet XML with the cell at `ref` replaced by `cellXml` (a whole `<c r="ref" …>…</c>`), or
 * inserted in column order into its row, which is made when missing.
 */
export function setCellXml(xml: string, ref: string, cellXml: string): string {
  const existing = new RegExp(`<c r="${ref}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, () => cellXml);
  const rowNumber = Number(/\d+$/.exec(ref)![0]);
  const row = new RegExp(`<row r="${rowNumber}"([^>]*?)(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (!row) {
    // Rows are in order: insert before the first row with a higher number, or at the end.
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
    const after = rows.find((m) => Number(m[1]) > rowNumber);
    const at = after ? after.index! : xml.indexOf("</sheetData>");
    return `${xml.slice(0, at)}<row r="${rowNumber}">${cellXml}</row>${xml.slice(at)}`;
  }
  const cells = row[2] ?? "";
  const next = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => columnNumber(m[1]) > columnNumber(ref));
  const inside = next ? `${cells.slice(0, next.index)}${cellXml}${cells.slice(next.index)}` : `${cells}${cellXml}`;
  return `${xml.slice(0, row.index)}<row r="${rowNumber}"${row[1]}>${inside}</row>${xml.slice(row.index + row[0].length)}`;
}
