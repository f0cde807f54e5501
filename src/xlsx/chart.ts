// The layouts' charts as real Excel chart parts. ExcelJS writes no charts, so after it has written
// the package this adds, per sheet with charts, a DrawingML drawing (xl/drawings/drawingN.xml, one
// two-cell anchor per chart), the chart parts (xl/charts/chartN.xml: a stacked bar chart whose
// series point at the sheet's own cells, with the values cached so a reader that does not
// recalculate still draws them), the relationships from sheet to drawing and drawing to chart,
// the sheet's `<drawing r:id>` and the content types.
import { columnLetter } from "../core";
import type { CellRange, ChartLayout, OutputValue, SheetLayout } from "../core";
import { relsPartOf, sheetPartsOf } from "./parts";
import { escapeRegExp, escapeXml, rootPrefix } from "./xml";

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;
const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/**
 * Series colours in order: the criteria groups in blues and teals, then what is added on top.
 * Bonus is green and deduction red whatever the number of groups (see `seriesColor`).
 */
const GROUP_COLORS = ["1F4E79", "2E75B6", "5B9BD5", "9DC3E6", "548235", "70AD47", "A9D18E", "7F6000"];
const BONUS_COLOR = "00B050";
const DEDUCTION_COLOR = "C00000";
const CONVERSION_COLOR = "A6A6A6";

/** `'Tổng hợp'!$B$31:$B$37`: absolute, the sheet name always quoted. */
export function absoluteReference(sheet: string, range: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
  const single = range.start.row === range.end.row && range.start.col === range.end.col;
  const cells = single
    ? cell(range.start.row, range.start.col)
    : `${cell(range.start.row, range.start.col)}:${cell(range.end.row, range.end.col)}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}

function cellsOf(values: OutputValue[][], range: CellRange): OutputValue[] {
  const out: OutputValue[] = [];
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let col = range.start.col; col <= range.end.col; col++) out.push(values[row]?.[col] ?? null);
  }
  return out;
}

function stringCache(values: OutputValue[]): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: OutputValue[]): string {
  const points = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function seriesColor(role: ChartLayout["series"][number]["role"], index: number): string {
  if (role === "deduction") return DEDUCTION_COLOR;
  if (role === "bonus") return BONUS_COLOR;
  if (role === "conversion") return CONVERSION_COLOR;
  return GROUP_COLORS[index % GROUP_COLORS.length];
}

/**
 * The chart part of one chart: a horizontal stacked bar chart (`c:barDir bar`, `c:grouping
 * stacked`, overlap 100), the categories read top to bottom (the category axis reversed, the value
 * axis kept at the bottom), category labels at the low end so negative deductions do not run
 * into them, the legend below.
 */
function chartPartXml(sheet: string, chart: ChartLayout, values: OutputValue[][]): string {
  const categories = cellsOf(values, chart.categories);
  const series = chart.series
    .map((s, i) => {
      const name = values[s.name.row]?.[s.name.col] ?? null;
      const nameRange: CellRange = { start: s.name, end: s.name };
      const color = seriesColor(s.role, i);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(absoluteReference(sheet, nameRange))}</c:f>${stringCache([name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheet, chart.categories))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheet, s.values))}</c:f>${numberCache(cellsOf(values, s.values))}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const catAxis = 500000001;
  const valAxis = 500000002;
  const orientation = chart.reverseCategories ? "maxMin" : "minMax";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${catAxis}"/><c:axId val="${valAxis}"/></c:barChart>` +
    `<c:catAx><c:axId val="${catAxis}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${valAxis}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAxis}"/>` +
    `<c:crosses val="${chart.reverseCategories ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing of one sheet: each chart in a two-cell anchor over its cells (`to` is the cell after the last). */
function drawingPartXml(charts: ChartLayout[], firstShapeId = 2): string {
  const anchors = charts
    .map((chart, i) => {
      const p = chart.position;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${p.start.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.start.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${p.end.col + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.end.row + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstShapeId + i}" name="${escapeXml(chart.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}">${anchors}</xdr:wsDr>`;
}

function relationshipsXml(relationships: Array<{ id: string; type: string; target: string }>): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRel}">${items}</Relationships>`;
}

/** Worksheet elements that come after `<drawing>` in the schema's order; `<drawing>` goes before the first. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The sheet's XML with `<drawing r:id="…"/>` in its place, and the `r` namespace declared. */
export function withDrawingElement(sheetXml: string, relationshipId: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error("not a worksheet");
  let rootTag = root[0];
  if (!/\sxmlns:r=/.test(rootTag)) rootTag = rootTag.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  // The prefix the sheet gives the relationships namespace (ExcelJS and Excel use `r`).
  const prefix = /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(rootTag)?.[1] ?? "r";
  xml = xml.slice(0, root.index) + rootTag + xml.slice(root.index + root[0].length);
  const element = `<drawing ${prefix}:id="${relationshipId}"/>`;
  let at = xml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const found = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (found && found.index < at) at = found.index;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The first `prefix{n}.xml` under `folder` that the package does not hold yet. */
function freePart(parts: Map<string, Buffer>, folder: string, prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${prefix}${n}.xml`;
    if (!parts.has(path) && !taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

/**
 * The package's parts with the charts of `layouts` added to their sheets (found by name, through
 * the workbook and its relationships, whatever namespace prefixes the package uses). Returns the
 * same map when no layout has a chart.
 */
export function addChartParts(parts: Map<string, Buffer>, layouts: SheetLayout[]): Map<string, Buffer> {
  const withCharts = layouts.filter((l) => (l.charts ?? []).length > 0);
  if (withCharts.length === 0) return parts;
  const text = (part: string) => parts.get(part)?.toString("utf8") ?? null;
  const put = (part: string, xml: string) => parts.set(part, Buffer.from(xml, "utf8"));
  const sheets = sheetPartsOf(parts);
  const taken = new Set<string>();
  let types = text("[Content_Types].xml") ?? "";
  const overrides: Array<{ part: string; type: string }> = [];
  for (const layout of withCharts) {
    const sheetPart = sheets.get(layout.name);
    if (!sheetPart) throw new Error(`no worksheet part for sheet "${layout.name}"`);
    const drawingPart = freePart(parts, "xl/drawings", "drawing", taken);
    const chartParts = layout.charts.map(() => freePart(parts, "xl/charts", "chart", taken));
    layout.charts.forEach((chart, i) => put(chartParts[i], chartPartXml(layout.name, chart, layout.values)));
    put(drawingPart, drawingPartXml(layout.charts));
    put(
      relsPartOf(drawingPart),
      relationshipsXml(
        chartParts.map((part, i) => ({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/${part.split("/").pop()}` })),
      ),
    );
    // The sheet's own relationships (hyperlinks, printer settings) are kept; the drawing gets a free id.
    const sheetRelsPath = relsPartOf(sheetPart);
    const sheetRels = text(sheetRelsPath);
    const usedIds = new Set([...(sheetRels ?? "").matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = usedIds.size + 1;
    while (usedIds.has(`rId${n}`)) n++;
    const drawingId = `rId${n}`;
    const drawingTarget = `../drawings/${drawingPart.split("/").pop()}`;
    const drawingRel = `<Relationship Id="${drawingId}" Type="${REL_TYPE.drawing}" Target="${drawingTarget}"/>`;
    put(
      sheetRelsPath,
      sheetRels === null
        ? relationshipsXml([{ id: drawingId, type: REL_TYPE.drawing, target: drawingTarget }])
        : sheetRels.replace(/<\/Relationships>\s*$/, `${drawingRel}</Relationships>`),
    );
    put(sheetPart, withDrawingElement(text(sheetPart) as string, drawingId));
    overrides.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
    for (const part of chartParts) overrides.push({ part, type: CONTENT_TYPE.chart });
  }
  // The input's content types may use a namespace prefix (`<x:Types>`); the overrides take it too.
  const prefix = rootPrefix(types, "Types");
  // A part name freed by a removed sheet (an older summary's drawing) may still have its override.
  for (const o of overrides) {
    types = types.replace(new RegExp(`<${prefix}Override\\b[^>]*PartName="/${escapeRegExp(o.part)}"[^>]*/>`, "g"), "");
  }
  const elements = overrides.map((o) => `<${prefix}Override PartName="/${o.part}" ContentType="${o.type}"/>`).join("");
  types = types.replace(/<\/([\w.-]+:)?Types>\s*$/, (close) => `${elements}${close}`);
  put("[Content_Types].xml", types);
  return parts;
}
