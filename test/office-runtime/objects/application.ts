// Opening a new workbook from a file (`Excel.createWorkbook(base64)`, ExcelApi 1.8). The runtime
// (excel-win32-16.01.debug.js) sends it two ways: on the desktop, `workbook.application
// .createWorkbook(base64)` (a method giving a WorkbookCreated) and that object's `open()`; on the
// web (platform "OfficeOnline"), `createAndOpenWorkbook(base64)` on its root object, which the
// executor answers as the Workbook. Excel opens the file as a new, unsaved window; the open
// workbook is not touched, so the model only records the file (`host.openedWorkbooks`).
import type * as XlsxPackage from "../../../src/xlsx/package";
import { fail } from "../../excel-host/errors";
import type { ExecContext, MethodDef, ObjectType } from "./objectModel";

interface CreatedTarget {
  base64: string;
}

/**
 * The file as Excel takes it: base64 of an .xlsx package with a workbook part.
 * ASSUMED: anything else is InvalidArgument (the docs name no code for a file Excel cannot open).
 */
function checkedFile(base64: unknown): string {
  if (typeof base64 !== "string" || base64 === "") return fail("InvalidArgument");
  try {
    // Loaded on first use, as insertFromBase64.ts does: it needs Node's Buffer and zlib.
    const { unzipCapped } = require("../../../src/xlsx/package") as typeof XlsxPackage;
    if (!unzipCapped(Buffer.from(base64, "base64"), "base64").has("xl/workbook.xml")) return fail("InvalidArgument");
  } catch {
    return fail("InvalidArgument");
  }
  return base64;
}

function open(exec: ExecContext, base64: string): void {
  exec.core.openedWorkbooks.push(base64);
}

/** `WorkbookCreated` (ExcelApi 1.8): the file given to createWorkbook; `open()` opens it. */
export const WorkbookCreated: ObjectType = {
  typeName: "WorkbookCreated",
  navs: [],
  props: [],
  methods: { open: { api: "1.8", run: (exec, target: CreatedTarget) => open(exec, target.base64) } },
};

/**
 * `workbook.application`: only what the add-in asks of it, createWorkbook and suspending screen
 * updating. Suspending changes nothing the model holds (Excel redraws after the next sync); it
 * needs ExcelApi 1.9 (learn.microsoft.com, javascript/api/excel/excel.application,
 * `suspendScreenUpdatingUntilNextSync`).
 */
export const Application: ObjectType = {
  typeName: "Application",
  navs: [],
  props: [],
  methods: {
    suspendScreenUpdatingUntilNextSync: { api: "1.9", run: () => undefined },
    createWorkbook: {
      api: "1.8",
      returns: () => WorkbookCreated,
      run: (_exec, _t, [base64]): CreatedTarget => ({ base64: checkedFile(base64) }),
    },
  },
};

/** The web's way: on the root object, the file opened at once. */
export const CREATE_AND_OPEN_WORKBOOK: MethodDef = {
  api: "1.8",
  run: (exec, _t, [base64]) => open(exec, checkedFile(base64)),
};
