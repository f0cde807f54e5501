// The run's report as a custom XML part of the summary it was written with (contract §9.1): Office's
// place for an add-in's data in a document. Both hosts write this text and read it back, so the
// province's desk and the next period read a summary's data without depending on its printed
// layout. The part's root element, in our namespace, holds the JSON report as escaped text: the
// JSON is the one format of the report, and text survives any program that keeps the part.
import type { Report } from "../model/types";
import { decodeXml, escapeXml } from "../model/xmlText";

/** The part's namespace: Excel finds our part by it (`customXmlParts.getByNamespace`). */
export const REPORT_NAMESPACE = "urn:thidua:report:3";

/**
 * The custom XML part of `report`: an XML document whose root `report`, in REPORT_NAMESPACE, holds
 * the JSON report as text.
 * @example parseReportPart(reportPartXml(report)) // deep-equals report
 */
export function reportPartXml(report: Report): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<report xmlns="${REPORT_NAMESPACE}">${escapeXml(JSON.stringify(report))}</report>`;
}

/**
 * The part's root element `report`: its namespace, and its text when it is closed (null when not).
 * Null when the part has no such root.
 */
function rootOf(xml: string): { namespace: string | null; text: string | null } | null {
  const open = /<([\w.-]+:)?report\b([^>]*?)(\/?)>/.exec(xml);
  if (open === null) return null;
  const prefix = open[1] || "";
  const declaration =
    prefix === "" ? /\sxmlns\s*=\s*(["'])([^"']*)\1/ : new RegExp(`\\sxmlns:${prefix.slice(0, -1)}\\s*=\\s*(["'])([^"']*)\\1`);
  const namespace = declaration.exec(open[2]);
  const rest = xml.slice(open.index + open[0].length);
  const close = open[3] === "/" ? -1 : rest.lastIndexOf(`</${prefix}report`);
  return { namespace: namespace ? namespace[2] : null, text: close < 0 ? null : rest.slice(0, close) };
}

/**
 * Whether a custom XML part is ours (its root in REPORT_NAMESPACE), readable or not: a writer
 * replaces every such part, so a workbook never holds two.
 * @example isReportPart(reportPartXml(report)) === true
 */
export function isReportPart(xml: string): boolean {
  const root = rootOf(xml);
  return root !== null && root.namespace === REPORT_NAMESPACE;
}

/**
 * The report a custom XML part holds, or null when it is not ours, not version 3, or not a report's
 * shape (another program's part, a damaged one): never throws. Any namespace prefix is read, as
 * Office may write the part back with one.
 * @example parseReportPart("<x/>") === null
 */
export function parseReportPart(xml: string): Report | null {
  const root = rootOf(xml);
  if (root === null || root.namespace !== REPORT_NAMESPACE || root.text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(decodeXml(root.text));
  } catch {
    return null;
  }
  return isReport(value) ? value : null;
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === "string";
const isNumber: Check = (v) => typeof v === "number" && isFinite(v);
const isBoolean: Check = (v) => typeof v === "boolean";
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === "string" && values.indexOf(v) >= 0;
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const shaped =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.keys(fields).every((key) => fields[key](v[key]));

/** What a reader of the part relies on; the rest of a unit's line rides along unchecked. */
const isUnit = shaped({
  unit: isString,
  sheet: isString,
  status: oneOf("ranked", "not-ranked"),
  total: orNull(isNumber),
  rank: orNull(isNumber),
  classification: orNull(isString),
  award: orNull(isString),
  decision: orNull(isString),
  eligible: arrayOf(isString),
});

const isIssue = shaped({ severity: oneOf("error", "warning"), rule: isString, sheet: orNull(isString), message: isString });

const isReport = shaped({
  schemaVersion: (v) => v === 3,
  cluster: orNull(isString),
  period: orNull(isString),
  language: oneOf("vi", "en"),
  reviewKind: oneOf("half-year", "year"),
  complete: isBoolean,
  maxTotal: isNumber,
  leader: orNull(isString),
  superior: orNull(isString),
  conferenceDate: orNull(isString),
  units: arrayOf(isUnit),
  issues: arrayOf(isIssue),
}) as (value: unknown) => value is Report;
