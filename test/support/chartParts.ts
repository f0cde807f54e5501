// Reads the charts of a written .xlsx the way Excel finds them: workbook.xml names the sheet,
// its relationship gives the worksheet part, the worksheet's `<drawing r:id>` and its rels give
// the drawing, each anchor's graphic frame names its chart part through the drawing's rels. Every
// part on the way is parsed as XML, so a malformed part fails here.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { rangeToA1 } from "../../src/core/model/address";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
};

/** One chart as read from the package. */
export interface ChartPart {
  path: string;
  barDir: string | null;
  grouping: string | null;
  overlap: string | null;
  title: string;
  categoryOrientation: string | null;
  series: Array<{
    name: string;
    nameCache: string[];
    categories: string;
    categoryCache: string[];
    values: string;
    valueCache: Array<number | null>;
  }>;
  /** The cells the anchor covers, `B40:H61` (the anchor's `to` is the cell after the last). */
  covers: string;
  shapeName: string | null;
}

function parse(text: string, path: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "application/xml");
  if (errors.length > 0) throw new Error(`${path}: ${errors.join("; ")}`);
  return document;
}

function elements(parent: Document | Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function first(parent: Document | Element, ns: string, name: string): Element | null {
  return elements(parent, ns, name)[0] ?? null;
}

function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const file = zip.file(relsPath(part));
  const map = new Map<string, { type: string; target: string }>();
  if (!file) return map;
  const document = parse(await file.async("string"), relsPath(part));
  for (const rel of elements(document, NS.packageRel, "Relationship")) {
    map.set(rel.getAttribute("Id") as string, {
      type: rel.getAttribute("Type") as string,
      target: resolveTarget(part, rel.getAttribute("Target") as string),
    });
  }
  return map;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

function cache(ref: Element | null, kind: "str" | "num"): Array<string | number | null> {
  if (!ref) return [];
  const cacheElement = first(ref, NS.chart, kind === "str" ? "strCache" : "numCache");
  if (!cacheElement) return [];
  const count = Number(first(cacheElement, NS.chart, "ptCount")?.getAttribute("val") ?? 0);
  const out: Array<string | number | null> = Array.from({ length: count }, () => null);
  for (const pt of elements(cacheElement, NS.chart, "pt")) {
    const value = first(pt, NS.chart, "v")?.textContent ?? "";
    out[Number(pt.getAttribute("idx"))] = kind === "num" ? Number(value) : value;
  }
  return out;
}

/** The content type the package declares for a part (an Override), or null. */
export async function contentTypeOf(zip: JSZip, part: string): Promise<string | null> {
  const document = parse(await text(zip, "[Content_Types].xml"), "[Content_Types].xml");
  const override = elements(document, NS.types, "Override").find((o) => o.getAttribute("PartName") === `/${part}`);
  return override?.getAttribute("ContentType") ?? null;
}

/** The charts on the sheet named `sheet`, in anchor order; [] when it has no drawing. */
export async function chartsOfSheet(
  xlsx: Buffer,
  sheet: string,
): Promise<{ zip: JSZip; sheetPart: string; drawingPart: string | null; charts: ChartPart[] }> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = parse(await text(zip, "xl/workbook.xml"), "xl/workbook.xml");
  const sheetElement = elements(workbook, NS.main, "sheet").find((s) => s.getAttribute("name") === sheet);
  if (!sheetElement) throw new Error(`no sheet ${sheet}`);
  const sheetPart = (await relationships(zip, "xl/workbook.xml")).get(sheetElement.getAttributeNS(NS.rel, "id") as string)?.target;
  if (!sheetPart) throw new Error(`no part for ${sheet}`);
  const worksheet = parse(await text(zip, sheetPart), sheetPart);
  const drawingElement = first(worksheet, NS.main, "drawing");
  if (!drawingElement) return { zip, sheetPart, drawingPart: null, charts: [] };
  const sheetRels = await relationships(zip, sheetPart);
  const drawingRel = sheetRels.get(drawingElement.getAttributeNS(NS.rel, "id") as string);
  if (!drawingRel || !drawingRel.type.endsWith("/drawing"))
    throw new Error("the sheet's drawing relationship is missing or of another type");
  const drawingPart = drawingRel.target;
  const drawing = parse(await text(zip, drawingPart), drawingPart);
  const drawingRels = await relationships(zip, drawingPart);
  const charts: ChartPart[] = [];
  for (const anchor of elements(drawing, NS.drawing, "twoCellAnchor")) {
    const corner = (name: string) => {
      const element = first(anchor, NS.drawing, name) as Element;
      return { col: Number(first(element, NS.drawing, "col")?.textContent), row: Number(first(element, NS.drawing, "row")?.textContent) };
    };
    const from = corner("from");
    const to = corner("to");
    const chartRef = first(anchor, NS.chart, "chart");
    // A picture's anchor (`xdr:pic`) is not a chart.
    if (chartRef === null) continue;
    const chartRel = chartRef ? drawingRels.get(chartRef.getAttributeNS(NS.rel, "id") as string) : undefined;
    if (!chartRel || !chartRel.type.endsWith("/chart")) throw new Error("an anchor without a chart relationship");
    const chart = parse(await text(zip, chartRel.target), chartRel.target);
    const val = (parent: Document | Element, ns: string, name: string) => first(parent, ns, name)?.getAttribute("val") ?? null;
    const catAx = first(chart, NS.chart, "catAx");
    charts.push({
      path: chartRel.target,
      barDir: val(chart, NS.chart, "barDir"),
      grouping: val(chart, NS.chart, "grouping"),
      overlap: val(chart, NS.chart, "overlap"),
      title: (first(chart, NS.chart, "title")?.textContent ?? "").trim(),
      categoryOrientation: catAx ? val(catAx, NS.chart, "orientation") : null,
      series: elements(chart, NS.chart, "ser").map((ser) => {
        const tx = first(first(ser, NS.chart, "tx") as Element, NS.chart, "strRef");
        const cat = first(first(ser, NS.chart, "cat") as Element, NS.chart, "strRef");
        const values = first(first(ser, NS.chart, "val") as Element, NS.chart, "numRef");
        const f = (ref: Element | null) => first(ref as Element, NS.chart, "f")?.textContent ?? "";
        return {
          name: f(tx),
          nameCache: cache(tx, "str") as string[],
          categories: f(cat),
          categoryCache: cache(cat, "str") as string[],
          values: f(values),
          valueCache: cache(values, "num") as Array<number | null>,
        };
      }),
      covers: rangeToA1({ start: from, end: { row: to.row - 1, col: to.col - 1 } }),
      shapeName: first(anchor, NS.drawing, "cNvPr")?.getAttribute("name") ?? null,
    });
  }
  return { zip, sheetPart, drawingPart, charts };
}

/** `'Tổng hợp'!$B$31:$B$37` → `Tổng hợp!B31:B37`, the form the host's chart records use. */
export function plainReference(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return `${sheet}!${reference.slice(bang + 1).replace(/\$/g, "")}`;
}
