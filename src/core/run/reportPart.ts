// The run's report as a custom XML part of the summary it was written with (contract §9.1): Office's
// place for an add-in's data in a document. Both hosts write this text and read it back, so the
// province's desk and the next period read a summary's data without depending on its printed
// layout. The part's root element, in our namespace, holds the JSON report as escaped text: the
// JSON is the one format of the report, and text survives any program that keeps the part. The
// reader is core/read/reportPart.ts: apart, so the ribbon, which only writes, carries none of it
// (its JSON.parse alone would add IE11's polyfill).
import type { CarriedReport } from "../model/types";
import { escapeXmlText } from "../model/xmlText";

/** The part's namespace: Excel finds our part by it (`customXmlParts.getByNamespace`). */
export const REPORT_NAMESPACE = "urn:thidua:report:3";

/**
 * The custom XML part of `report`: an XML document whose root `report`, in REPORT_NAMESPACE, holds
 * the JSON report as text (`&`, `<` and `>` escaped). A report read back is written as read.
 * @example parseReportPart(reportPartXml(report)) // deep-equals report
 */
export function reportPartXml(report: CarriedReport): string {
  // No XML declaration: UTF-8 is XML's default, Excel's add takes the part without one (as in
  // Microsoft's own examples), and the ribbon's bundle is kept small.
  return `<report xmlns="${REPORT_NAMESPACE}">${escapeXmlText(JSON.stringify(report))}</report>`;
}
