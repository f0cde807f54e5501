// The pane's capabilities in Excel. Kept apart from index.ts so that the ribbon command's ES5
// bundle, which needs only Generate, does not import the pane's import of units' files.
import { canInsertSheets } from "./features";
import { importUnitFiles, insertPreviousSummary, planUnitFiles } from "./importSheets";
import { officeLanguage, runCreateTemplate, runGenerate, runPrepareConference, runValidate, selectCell } from "./index";
import type { PaneCapabilities } from "./types";

/** The capabilities the task pane is given in Excel. */
export function createExcelCapabilities(): PaneCapabilities {
  return {
    language: officeLanguage(),
    validate: runValidate,
    generate: (onStage) => runGenerate(onStage),
    createTemplate: runCreateTemplate,
    prepareConference: runPrepareConference,
    selectCell,
    canInsertSheets: canInsertSheets(),
    planImport: (files) => planUnitFiles(files, officeLanguage()),
    importFiles: (files) => importUnitFiles(files, officeLanguage()),
    insertPrevious: (file) => insertPreviousSummary(file, officeLanguage()),
  };
}
