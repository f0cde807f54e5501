// The add-in's Excel layer: the only code that calls Excel.run / context.sync. One file per user
// action (validate, generate, template, conference, import, selectCell, messageSheet), each going
// into Excel through `run` (run.ts); Generate replaces its outputs through the replacement
// protocol (replacement.ts, marks.ts, recovery.ts). This is what the ribbon command and the tests
// use; the task pane takes the same actions through capabilities.ts. The next period's workbook
// (templateFrom.ts) is left out: it loads ExcelJS, which the ribbon's bundle must never carry.
export { officeLanguage } from "./run";
export { runValidate } from "./validate";
export { runGenerate } from "./generate";
export { runCreateTemplate } from "./template";
export { runPrepareConference } from "./conference";
export { selectCell } from "./selectCell";
export { showMessageInWorkbook } from "./messageSheet";
export { UserFacingError } from "./types";
export type {
  ConferenceResult,
  GenerateResult,
  ImportPreview,
  NextPeriodResult,
  PaneCapabilities,
  PickedFile,
  PreviousResult,
  ProvinceResult,
  RunStage,
  TemplateResult,
} from "./types";
