// Which Excel API sets this client has. The manifest asks only for ExcelApi 1.7 (Office 2019 in
// the IE11 webview); everything newer is checked here at run time and left out when missing.

/** Optional features and the ExcelApi version each needs. */
export interface ExcelFeatures {
  /** ExcelApi 1.8: data validation and hiding gridlines. */
  dataValidation: boolean;
  /** ExcelApi 1.9: page layout (A4 landscape, fit to width, print titles, footer). */
  printSetup: boolean;
  /** ExcelApi 1.13: reading merged areas (two-row headers are then found by their merges). */
  mergedAreas: boolean;
  /**
   * ExcelApi 1.9: Range.copyFrom, so a new summary overwrites the old sheet in place and formulas,
   * charts and names pointing at it keep working; without it the old sheet is replaced.
   */
  copyInPlace: boolean;
  /**
   * ExcelApi 1.8: where a chart's axes cross (ChartAxis.position), which keeps the values along
   * the bottom of the Summary's chart when its categories read top down; without it they show
   * along the top.
   */
  chartAxisPosition: boolean;
  /**
   * ExcelApi 1.9: `Application.suspendScreenUpdatingUntilNextSync`, so Excel does not redraw the
   * sheets while the write request runs (learn.microsoft.com, office/dev/add-ins/excel/performance,
   * "Suspend screen updating"); without it the write runs with the screen updating, as before.
   */
  suspendScreenUpdating: boolean;
  /**
   * ExcelApi 1.9: `Worksheet.getRanges`, so every rectangle of a sheet sharing a format is set in
   * one RangeAreas (write.ts); without it each rectangle is its own range, as before.
   */
  rangeAreas: boolean;
}

/** The names of features left out, as the pane lists them to the user. */
type SkippedFeature = "print setup" | "data validation" | "merged areas";

/** Whether this client has ExcelApi `version` (false outside Office). */
export function supported(version: string): boolean {
  // isSetSupported takes the version as a string ("1.9"); a number would compare wrongly for "1.10".
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Asks Office which optional feature sets are there. */
export function detectFeatures(): ExcelFeatures {
  return {
    dataValidation: supported("1.8"),
    printSetup: supported("1.9"),
    mergedAreas: supported("1.13"),
    copyInPlace: supported("1.9"),
    chartAxisPosition: supported("1.8"),
    suspendScreenUpdating: supported("1.9"),
    rangeAreas: supported("1.9"),
  };
}

/** The features this client lacks, for the pane's message. */
export function skippedFeatures(features: ExcelFeatures): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  if (!features.printSetup) skipped.push("print setup");
  if (!features.dataValidation) skipped.push("data validation");
  if (!features.mergedAreas) skipped.push("merged areas");
  return skipped;
}

/**
 * ExcelApi 1.13: `Workbook.insertWorksheetsFromBase64`, which the pane's import of units' files
 * and of last period's summary need (Microsoft 365, Office 2021; not Office 2019).
 */
export function canInsertSheets(): boolean {
  return supported("1.13");
}

/**
 * ExcelApi 1.8: `Excel.createWorkbook`, which opens the next period's workbook made from this one
 * (Office 2019 and later, Excel on the web; not Office 2016).
 */
export function canCreateWorkbook(): boolean {
  return supported("1.8");
}
