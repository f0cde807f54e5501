// The action that reads back the report a workbook carries (contract §9.1): the custom XML part
// Generate keeps (reportPart.ts), for whatever needs a summary's data without its printed layout.
import { parseReportPart, REPORT_NAMESPACE } from "../core";
import type { CarriedReport, Language } from "../core";
import { officeLanguage, run } from "./run";

/**
 * The report the workbook carries, or null when it has none (a summary of an older version, no
 * summary yet) or more than one, or it cannot be read: at most two syncs.
 * @example const report = await readWorkbookReport(context); // report?.schemaVersion === 3
 */
export async function readWorkbookReport(context: Excel.RequestContext): Promise<CarriedReport | null> {
  const part = context.workbook.customXmlParts.getByNamespace(REPORT_NAMESPACE).getOnlyItemOrNullObject();
  part.load("id");
  await context.sync();
  if (part.isNullObject) return null;
  const xml = part.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a method's ClientResult, filled by the sync, has nothing to load
  return parseReportPart(xml.value);
}

/**
 * The action: the report this workbook carries (see readWorkbookReport), for a program or pane
 * that needs a summary's data without reading its sheets.
 */
export async function runReadReport(language: Language = officeLanguage()): Promise<CarriedReport | null> {
  return run(language, readWorkbookReport);
}
