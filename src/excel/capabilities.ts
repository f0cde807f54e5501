// The pane's capabilities in Excel. Kept out of index.ts so that the ribbon command's ES5
// bundle, which needs only Generate, does not import the pane's import of units' files.
// Each action's module is loaded when the action is first used (webpack's dynamic `import()`
// makes it a chunk of its own): the pane's first screen needs none of the engine, the writers,
// the template or the import, so the pane opens on React, Fluent and its own words alone.
import { readDiagnostics } from "./diagnostics";
import { canCreateWorkbook, canInsertSheets } from "./features";
import { officeLanguage } from "./run";
import type { PaneCapabilities } from "./types";

/** The capabilities the task pane is given in Excel. */
export function createExcelCapabilities(): PaneCapabilities {
  return {
    language: officeLanguage(),
    validate: async (onStage) => (await import("./validate")).runValidate(onStage),
    generate: async (onStage) => (await import("./generate")).runGenerate(onStage),
    createTemplate: async () => (await import("./template")).runCreateTemplate(),
    // The one action that loads ExcelJS (its browser build): it writes the new workbook's file.
    createFromWorkbook: async () => (await import("./templateFrom")).runCreateFromWorkbook(),
    canCreateWorkbook: canCreateWorkbook(),
    prepareConference: async () => (await import("./conference")).runPrepareConference(),
    selectCell: async (sheet, cell) => (await import("./selectCell")).selectCell(sheet, cell),
    canInsertSheets: canInsertSheets(),
    planImport: async (files) => (await import("./import")).planUnitFiles(files, officeLanguage()),
    importFiles: async (files) => (await import("./import")).importUnitFiles(files, officeLanguage()),
    insertPrevious: async (file) => (await import("./import")).insertPreviousSummary(file, officeLanguage()),
    // The desk's chunk carries the zip reader and pako, as import's does.
    addClusters: async (files) => (await import("./province")).runAddClusters(files),
    diagnostics: readDiagnostics,
  };
}
