// The run's report inside the workbook (contract §9.1), as the command line keeps it in its copy:
// a custom XML part (`Workbook.customXmlParts`, ExcelApi 1.5, below the 1.7 the manifest needs) of
// core's namespace, holding core's text. Generate replaces it inside the syncs it already makes;
// reading it back is its own small action (readReport.ts), out of the ribbon's bundle.
import { REPORT_NAMESPACE, reportPartXml } from "../core";
import type { Report } from "../core";

/**
 * Queues the load of the workbook's parts of our namespace; the caller's next sync brings them
 * (Generate's first, so a large workbook's reading in parts cannot lose it).
 */
export function queueReportParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(REPORT_NAMESPACE).load("items/id");
}

/**
 * Queues the report's part in place of the earlier ones (loaded by queueReportParts), so the
 * workbook never holds two: no sync here, the writes' sync carries it.
 */
export function queueReportPart(context: Excel.RequestContext, earlier: Excel.CustomXmlPartScopedCollection, report: Report): void {
  earlier.items.forEach((part) => part.delete());
  context.workbook.customXmlParts.add(reportPartXml(report));
}
