// Reading the report's custom XML part back (contract §9.1; the writer and the namespace are in
// core/run/reportPart.ts): whether a part is ours, and the report it holds, checked for its
// version and shape, never throwing.
import type { CarriedReport } from "../model/types";
import { decodeXml } from "../model/xmlText";
import { REPORT_NAMESPACE } from "../run/reportPart";

/**
 * The part's root element `report`: its namespace, and its text when it is closed (null when not).
 * Null when the part has no such root.
 */
function rootOf(xml: string): { namespace: string | null; text: string | null } | null {
  const open = /<([\w.-]+:)?report\b([^>]*?)(\/?)>/.exec(xml);
  if (open === null) return null;
  const prefix = open[1] || "";
  const rest = xml.slice(open.index + open[0].length);
  const close = open[3] === "/" ? -1 : rest.lastIndexOf(`</${prefix}report`);
  return { namespace: namespaceOf(open[2], prefix), text: close < 0 ? null : rest.slice(0, close) };
}

/** The namespace a root's attributes declare for its prefix (`r:`, or "" for the default one). */
function namespaceOf(attributes: string, prefix: string): string | null {
  const wanted = prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`;
  // Every declaration, then the one of the prefix: a literal pattern, as the ribbon's IE11 needs.
  const declarations = /\s(xmlns(?::[\w.-]+)?)\s*=\s*(["'])([^"']*)\2/g;
  for (let found = declarations.exec(attributes); found !== null; found = declarations.exec(attributes)) {
    if (found[1] === wanted) return found[3];
  }
  return null;
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
export function parseReportPart(xml: string): CarriedReport | null {
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

const isQuota = shaped({ flag: isNumber, certificate: isNumber });

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
  // Absent from a summary written before the report carried it: the desk then takes the province's.
  quota: (v) => v === undefined || isQuota(v),
  units: arrayOf(isUnit),
  issues: arrayOf(isIssue),
}) as (value: unknown) => value is CarriedReport;
