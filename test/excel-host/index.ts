// The in-memory workbook behind the Office runtime harness (test/office-runtime): the model
// (workbookModel.ts, cellValues.ts), the operations Excel performs on it for a request (cell,
// format and sheet operations, inserting a file's sheets), the workbook a test starts from
// (fixtures.ts) and the tests' view of it (workbookView.ts). See README.md in this folder.
export { buildWorkbook, type FixtureCell, type SheetSpec, type WorkbookSpec } from "./fixtures";
export type { WorkbookModel } from "./workbookModel";
export { createWorkbookView, type ChartInfo, type DataValidationEntry, type SheetSnapshot, type WorkbookView } from "./workbookView";
