// The ribbon's one-click Generate summary, as Office calls it: the function registered with
// Office.actions.associate runs the pipeline on the workbook, and a fatal problem is shown.
import * as path from "path";
import { readWorkbookFile } from "../../src/xlsx/read";
import { runGenerate } from "../../src/excel";
import { installRuntimeWith } from "../support/host";
import { uninstallOfficeRuntime } from "../office-runtime";

const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024-h1.xlsx");
// Two runs a moment apart may straddle a minute (or midnight): the date line goes, and the clock
// in the fingerprint line is masked, so its fingerprint is still compared.
const DATE_INDEPENDENT = (sheet: string[][]) =>
  sheet
    .filter((row) => !row.some((v) => /ngày \d+ tháng/.test(String(v))))
    .map((row) => row.map((v) => String(v).replace(/^Lập lúc \d{1,2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/, "Lập lúc …")));

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(() => {
  uninstallOfficeRuntime();
  delete (globalThis as { window?: unknown }).window;
});

let commands: typeof import("../../src/commands/commands") | null = null;

/** Loads the command bundle's module afresh, as Office loads commands.html, and returns the host. */
function loadCommands(options: Parameters<typeof installRuntimeWith>[1] = {}, snapshotPromise = readWorkbookFile(SAMPLE)) {
  return snapshotPromise.then((snapshot) => {
    installed = installRuntimeWith(snapshot, options);
    // The function file's page: the command opens its dialog next to it.
    (globalThis as { window?: unknown }).window = { location: { href: "https://localhost:3000/commands.html" }, Promise };
    jest.isolateModules(() => {
      commands = require("../../src/commands/commands");
    });
    return installed;
  });
}

describe("the ribbon command", () => {
  // The command logs failures for F12 tools; keep the test output clean.
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("writes the same summary as the pane's Generate and activates it", async () => {
    const { host } = await loadCommands();
    const invocation = host.invokeAction("generateSummary");
    await invocation.completed;
    expect(host.activeSheet()).toBe("Tổng hợp");
    const fromRibbon = host.values("Tổng hợp") as string[][];
    const unitSheets = host.sheetNames().slice(3);
    const before = unitSheets.map((s) => host.snapshotSheet(s));

    await runGenerate();
    expect(DATE_INDEPENDENT(host.values("Tổng hợp") as string[][])).toEqual(DATE_INDEPENDENT(fromRibbon));
    expect(unitSheets.map((s) => host.snapshotSheet(s))).toEqual(before);
    expect(fromRibbon.flat()).toContain("Công ty TNHH Lam Sơn - Thanh Hóa");
  }, 60_000);

  it("shows a fatal problem in a dialog in the user's language, then completes", async () => {
    const installedHost = await loadCommands({ displayLanguage: "vi-VN", requirementSets: { ExcelApi: "1.14", DialogApi: "1.1" } });
    const shown: string[] = [];
    const events: string[] = [];
    const office = installedHost.Office as unknown as { context: { ui?: unknown }; AsyncResultStatus?: unknown; EventType?: unknown };
    // The parts of office.js's dialog API the command uses (the host does not model dialogs).
    office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
    office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
    office.context.ui = {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        shown.push(decodeURIComponent(url.replace(/^.*msg=/, "")));
        const handlers: Array<() => void> = [];
        const dialog = {
          addEventHandler: (_type: unknown, handler: () => void) => handlers.push(handler),
          close: () => events.push("closed"),
        };
        callback({ status: "succeeded", value: dialog });
        // The user reads the message and closes the dialog.
        setTimeout(() => handlers[0](), 5);
      },
    };
    installedHost.host.failAtSync(3, "AccessDenied", { applied: "none" });
    const invocation = installedHost.host.invokeAction("generateSummary");
    await invocation.completed.then(() => events.push("completed"));
    expect(events).toEqual(["closed", "completed"]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/bảo vệ/);
    expect(installedHost.host.sheetNames().some((n) => n.startsWith("thidua-tmp-"))).toBe(false);
  }, 60_000);

  it("completes even when no dialog can be shown", async () => {
    const { host } = await loadCommands();
    host.failAtSync(1, "GeneralException");
    const invocation = host.invokeAction("generateSummary");
    await expect(invocation.completed).resolves.toBeUndefined();
  }, 60_000);
});

describe("the ribbon command without DialogApi 1.1 or DelayForCellEdit (Office 2019 builds)", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows a failure in the add-in's message sheet, in the user's language, and activates it", async () => {
    const { host } = await loadCommands({ displayLanguage: "vi-VN", requirementSets: { ExcelApi: "1.14" } });
    host.failAtSync(3, "AccessDenied", { applied: "none" });
    await host.invokeAction("generateSummary").completed;
    await installed?.settled();
    expect(host.activeSheet()).toBe("Thi Đua - Thông báo");
    expect(String(host.values("Thi Đua - Thông báo", "A1")[0][0])).toMatch(/bảo vệ/);
    expect(host.sheetNames().some((n) => n.startsWith("thidua-tmp-"))).toBe(false);
  }, 60_000);

  it("waits for the user to finish editing a cell, then writes the summary", async () => {
    const { host } = await loadCommands({ requirementSets: { ExcelApi: "1.14" } });
    (commands as NonNullable<typeof commands>).CELL_EDIT_WAIT.intervalMs = 10;
    host.cellEditMode = true;
    setTimeout(() => (host.cellEditMode = false), 50);
    await host.invokeAction("generateSummary").completed;
    expect(host.activeSheet()).toBe("Tổng hợp");
    expect(host.syncs.some((s) => s.outcome === "InvalidOperationInCellEditMode")).toBe(true);
  }, 60_000);

  it("says to finish editing the cell (Enter) and try again, in a dialog where there is one", async () => {
    const installedHost = await loadCommands({ displayLanguage: "vi-VN", requirementSets: { ExcelApi: "1.14", DialogApi: "1.1" } });
    const shown: string[] = [];
    const office = installedHost.Office as unknown as { context: { ui?: unknown }; AsyncResultStatus?: unknown; EventType?: unknown };
    office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
    office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
    office.context.ui = {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        shown.push(decodeURIComponent(url.replace(/^.*msg=/, "")));
        const handlers: Array<() => void> = [];
        callback({
          status: "succeeded",
          value: { addEventHandler: (_t: unknown, h: () => void) => handlers.push(h), close: () => undefined },
        });
        setTimeout(() => handlers[0](), 5);
      },
    };
    installedHost.host.cellEditMode = true;
    await installedHost.host.invokeAction("generateSummary").completed;
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/nhấn Enter/);
  }, 60_000);
});
