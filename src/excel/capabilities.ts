// The pane's capabilities in Excel. Kept out of index.ts so that the ribbon command's ES5
// bundle, which needs only Generate, does not import the pane's import of units' files.
import { runPrepareConference } from "./conference";
import { canInsertSheets } from "./features";
import { runGenerate } from "./generate";
import { importUnitFiles, insertPreviousSummary, planUnitFiles } from "./import";
import { officeLanguage } from "./run";
import { selectCell } from "./selectCell";
import { runCreateTemplate } from "./template";
import { runValidate } from "./validate";
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
