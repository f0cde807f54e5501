// The run's report inside the workbook (contract §9.1), as the command line keeps it in its copy:
// a custom XML part (`Workbook.customXmlParts`, ExcelApi 1.5, below the 1.7 the manifest needs) of
// core's namespace, holding core's text. Generate replaces it inside the syncs it already makes;
// reading it back is its own small action (readReport.ts), out of the ribbon's bundle.
import { REPORT_NAMESPACE, reportPartXml } from "../core";
import type { Report } from "../core";
import { PAYLOAD_BUDGET_BYTES } from "./read";
import type { Writes } from "./run";
import { jsonBytes } from "./wireBytes";

/**
 * Above this the part is not added to the writes' last request: the writes fill a request up to
 * the budget's estimate (3.5 MB), and a report of thousands of units (several MB of JSON) would
 * carry it past Excel's 5 MB payload limit. Up to 1 MB rides in the margin left under 5 MB.
 */
const PART_WITH_WRITES_BYTES = 5_000_000 - PAYLOAD_BUDGET_BYTES - 500_000;

/**
 * Queues the load of the workbook's parts of our namespace; the caller's next sync brings them
 * (Generate's first, so a large workbook's reading in parts cannot lose it).
 */
export function queueReportParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(REPORT_NAMESPACE).load("items/id");
}

/**
 * Queues the report's part in place of the earlier ones (`earlier`: their ids, loaded by
 * queueReportParts), so the workbook never holds two. The writes' last request carries it, unless
 * it is large (see above).
 */
export async function queueReportPart(writes: Writes, earlier: string[], report: Report): Promise<void> {
  const xml = reportPartXml(report);
  // A large report gets its own request: the writes are sent first (Generate's 4th, then).
  if (jsonBytes(xml) > PART_WITH_WRITES_BYTES) await writes.send();
  const parts = writes.context.workbook.customXmlParts;
  for (const id of earlier) parts.getItem(id).delete();
  parts.add(xml);
}
