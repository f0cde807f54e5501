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

/** The part path of the worksheet named `name`, through workbook.xml and its relationships. */
export async function worksheetPart(zip: JSZip, name: string): Promise<string> {
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${escapeXml(name)}"[^>]*r:id="([^"]+)"`).exec(workbookXml)![1];
  return `xl/${new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(relsXml)![1]}`;
}

/** A copy of the workbook `source` with one sheet's XML changed by `edit`. */
export async function withSheetXml(source: Buffer, sheet: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  const part = await worksheetPart(zip, sheet);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sheet XML with these merged areas added to its `<mergeCells>` (made when missing). */
export function addMergeCells(xml: string, refs: string[]): string {
  const cells = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  if (/<mergeCells[^>]*>/.test(xml)) return xml.replace(/<mergeCells[^>]*>/, (open) => open.replace(/count="\d+"/, "") + cells);
  return xml.replace(/<\/sheetData>(<sheetProtection[^>]*\/>)?/, (end) => `${end}<mergeCells>${cells}</mergeCells>`);
}

export interface RawZipEntry {
  name: string;
  /** 0 stored, 8 deflated (then `data` is the raw deflate stream). */
  method: 0 | 8;
  data: Buffer;
  /** The unpacked size written in the headers; a zip bomb may state anything here. */
  size: number;
  crc: number;
}

/** A zip written byte by byte, so a test can make headers lie. */
export function rawZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Sheet XML with one `<dataValidation>` added (its `<dataValidations>` made when missing). */
export function addDataValidation(xml: string, validation: string): string {
  if (/<dataValidations[^>]*>/.test(xml))
    return xml.replace(/<dataValidations[^>]*>/, (open) => open.replace(/count="\d+"/, "") + validation);
  // After sheetData, mergeCells and conditional formats; before hyperlinks and page setup.
  const next = /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|tableParts|extLst)\b|<\/worksheet>/.exec(xml)!;
  return `${xml.slice(0, next.index)}<dataValidations>${validation}</dataValidations>${xml.slice(next.index)}`;
}
