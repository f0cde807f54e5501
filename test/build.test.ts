// The production web build, run once through webpack's Node API: the ribbon bundle is ES5 without
// React or Fluent and still works, the pane's page keeps IE11 away from the React bundle, and the
// manifest that ships points at the production host.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import * as acorn from "acorn";
import { runGenerate } from "../src/excel";
import { readWorkbookFile } from "../src/xlsx/read";
import { createExcelHost, installExcelHost } from "./excel-host";
import { sheetsOf } from "./helpers/host";

const ROOT = path.resolve(__dirname, "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The ribbon bundle's size after gzip, the budget (bytes): it loads in Office 2019. */
// 39.9 KB before the issue messages said how to fix each problem, in both languages (+2.3 KB).
const COMMANDS_GZIP_BUDGET = 44_000;

interface BuildResult {
  errors: string[];
  /** Module names per configuration (commands, taskpane), concatenated modules included. */
  modules: Record<string, string[]>;
}

// webpack runs in a child Node process, through its Node API as from the command line: inside
// Jest's sandbox, the Ajv that webpack's plugins validate their options with crashes the worker.
const BUILD_SCRIPT = `
const fs = require("fs");
const webpack = require("webpack");
const factory = require("./webpack.config.js");
const job = JSON.parse(process.argv[1]);
const names = (list) => list.flatMap((m) => (m.modules ? [m.name || "", ...names(m.modules)] : [m.name || ""]));
(async () => {
  let configs = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
  if (job.entry) configs = [{ ...configs[0], entry: { fixture: job.entry }, plugins: [] }];
  for (const c of configs) c.output.path = job.out;
  webpack(configs, (error, stats) => {
    if (error) throw error;
    const json = stats.toJson({ all: false, errors: true, modules: true, nestedModules: true });
    const result = { errors: json.errors.map((e) => e.message), modules: {} };
    for (const child of json.children) result.modules[child.name] = names(child.modules);
    fs.writeFileSync(job.result, JSON.stringify(result));
  });
})();
`;

/** Runs the production build (or the commands build of one fixture entry) into `out`. */
function build(out: string, entry?: string): Promise<BuildResult> {
  const result = `${out}.result.json`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-e", BUILD_SCRIPT, JSON.stringify({ out, entry, result })], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`webpack failed: ${stderr || error.message}`));
      else resolve(JSON.parse(fs.readFileSync(result, "utf8")) as BuildResult);
    });
  });
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-web-"));
const out = path.join(work, "dist-web");
const configSource = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
const config = {
  urlDev: /const urlDev = "([^"]+)"/.exec(configSource)?.[1] ?? "",
  urlProd: /const urlProd = "([^"]+)"/.exec(configSource)?.[1] ?? "",
};
let modules: Record<string, string[]> = {};

function read(file: string): string {
  return fs.readFileSync(path.join(out, file), "utf8");
}

function parsesAsEs5(code: string): true | string {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
    return true;
  } catch (error) {
    return String(error);
  }
}

/** The inline scripts of an HTML page (those without src). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** The src of each script tag, in document order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}

beforeAll(async () => {
  const result = await build(out);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  modules = result.modules;
}, 240_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the ribbon command bundle (commands.js)", () => {
  it("parses as ES5, as IE11 in Office 2019 requires, and so does the dialog's", () => {
    expect(parsesAsEs5(read("commands.js"))).toBe(true);
    expect(parsesAsEs5(read("dialog.js"))).toBe(true);
    // The check itself rejects ES2015.
    expect(parsesAsEs5("const x = () => 1;")).not.toBe(true);
  });

  it("contains the engine and core-js but no React or Fluent module", () => {
    const names = modules.commands;
    expect(names.some((n) => n.includes("src/core/evaluate.ts"))).toBe(true);
    expect(names.some((n) => n.includes("node_modules/core-js/"))).toBe(true);
    const ui = names.filter((n) => /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel|@floating-ui)\//.test(n) || n.includes("src/taskpane/"));
    expect(ui).toEqual([]);
    // The same check finds them in the pane's build.
    expect(modules.taskpane.some((n) => /node_modules\/react-dom\//.test(n))).toBe(true);
    expect(modules.taskpane.some((n) => /node_modules\/@fluentui\//.test(n))).toBe(true);
  });

  it("calls no API that IE11 lacks and core-js does not provide", () => {
    const code = read("commands.js");
    expect(code).not.toMatch(/\.normalize\(/);
    expect(code).not.toMatch(/\b(TextEncoder|TextDecoder|fetch|AbortController|queueMicrotask)\b|Intl\.(Segmenter|PluralRules|RelativeTimeFormat|ListFormat)/);
  });

  it("stays within its gzip budget", () => {
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(out, "commands.js"))).length;
    expect(gzip).toBeGreaterThan(10 * 1024);
    expect(gzip).toBeLessThan(COMMANDS_GZIP_BUDGET);
  });

  it("is loaded by commands.html after office.js from Microsoft's CDN", () => {
    expect(scriptSources(read("commands.html"))).toEqual([OFFICE_JS, "commands.js"]);
    expect(scriptSources(read("dialog.html"))).toEqual([OFFICE_JS, "dialog.js"]);
  });
});

describe("the ribbon command at run time (commands.js in a fake Office)", () => {
  interface Harness {
    handler: (event: { completed: () => void }) => Promise<void>;
    dialogs: string[];
    closeDialog: () => void;
    closed: number;
  }

  function load(options: { excelRun: () => Promise<unknown>; dialogApi: boolean }): Harness {
    const associated = new Map<string, Harness["handler"]>();
    const harness = { dialogs: [] as string[], closed: 0, closeDialog: () => undefined } as unknown as Harness;
    const Office = {
      actions: { associate: (name: string, fn: Harness["handler"]) => associated.set(name, fn) },
      onReady: (callback?: () => void) => (callback ? callback() : Promise.resolve()),
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      context: {
        displayLanguage: "vi-VN",
        requirements: { isSetSupported: (name: string) => name !== "DialogApi" || options.dialogApi },
        ui: {
          displayDialogAsync(url: string, _options: object, callback: (result: object) => void) {
            harness.dialogs.push(url);
            const handlers: Record<string, (arg: object) => void> = {};
            harness.closeDialog = () => handlers.dialogMessageReceived({ message: "close" });
            callback({ status: "succeeded", value: { addEventHandler: (type: string, fn: (arg: object) => void) => (handlers[type] = fn), close: () => harness.closed++ } });
          },
        },
      },
    };
    const context: Record<string, unknown> = {
      Office,
      Excel: { run: options.excelRun },
      location: { href: "https://thidua.example.org/commands.html" },
      console: { log: () => undefined, error: () => undefined, warn: () => undefined },
      setTimeout,
      clearTimeout,
    };
    context.window = context;
    context.self = context;
    vm.runInNewContext(read("commands.js"), context);
    expect([...associated.keys()]).toEqual(["generateSummary"]);
    harness.handler = associated.get("generateSummary")!;
    return harness;
  }

  function event(): { completed: jest.Mock } {
    return { completed: jest.fn() };
  }

  it("completes without a dialog when the run succeeds", async () => {
    const harness = load({ excelRun: () => Promise.resolve(undefined), dialogApi: true });
    const e = event();
    await harness.handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(harness.dialogs).toEqual([]);
  });

  it("shows the failure in a dialog next to commands.html, then completes once it is closed", async () => {
    const harness = load({ excelRun: () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" })), dialogApi: true });
    const e = event();
    const running = harness.handler(e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(harness.dialogs).toHaveLength(1);
    const url = new URL(harness.dialogs[0]);
    expect(url.origin + url.pathname).toBe("https://thidua.example.org/dialog.html");
    expect(url.searchParams.get("lang")).toBe("vi");
    expect(url.searchParams.get("msg")?.trim()).not.toBe("");
    expect(e.completed).not.toHaveBeenCalled();
    harness.closeDialog();
    await running;
    expect(harness.closed).toBe(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("still completes when the Dialog API is missing", async () => {
    const harness = load({ excelRun: () => Promise.reject(new Error("boom")), dialogApi: false });
    const e = event();
    await harness.handler(e);
    expect(harness.dialogs).toEqual([]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the built ribbon command on the in-memory Excel host", () => {
  // The bundle is compiled assuming every iterable is an array (no Symbol.iterator in IE11): a
  // for-of over a Map would silently skip its loop, so the built code must give the same summary
  // as the sources.
  it("writes the same Summary, Details and Issues sheets as the pane's Generate from the sources", async () => {
    const snapshot = await readWorkbookFile(path.join(ROOT, "assets/cluster18-2024-h1.xlsx"));
    const built = createExcelHost({ sheets: sheetsOf(snapshot) });
    const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
    const errors: string[] = [];
    const office = built.Office as unknown as { actions: { associate: (name: string, fn: (event: { completed: () => void }) => Promise<void>) => void } };
    office.actions.associate = (name, fn) => associated.set(name, fn);
    const context: Record<string, unknown> = {
      Office: built.Office,
      Excel: built.Excel,
      OfficeExtension: built.OfficeExtension,
      location: { href: "https://thidua.example.org/commands.html" },
      console: { log: () => undefined, error: (...args: unknown[]) => errors.push(args.map(String).join(" ")), warn: () => undefined },
      setTimeout,
      clearTimeout,
    };
    context.window = context;
    context.self = context;
    vm.runInNewContext(read("commands.js"), context);
    const completed = jest.fn();
    await associated.get("generateSummary")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);

    const source = installExcelHost(globalThis, { sheets: sheetsOf(snapshot) });
    try {
      await runGenerate();
      for (const sheet of ["Tổng hợp", "Chi tiết", "Kiểm tra"]) {
        expect(built.host.values(sheet)).toEqual(source.host.values(sheet));
        expect(built.host.merges(sheet)).toEqual(source.host.merges(sheet));
        expect(built.host.fonts(sheet)).toEqual(source.host.fonts(sheet));
      }
      expect(built.host.sheetNames()).toEqual(source.host.sheetNames());
      expect(built.host.activeSheet()).toBe("Tổng hợp");
    } finally {
      source.uninstall();
    }
  });
});

describe("the dialog page (dialog.js)", () => {
  it("shows the message from its query string in the given language and asks its opener to close it", () => {
    const elements: Record<string, { textContent: string; onclick?: () => void; focus: () => void }> = {};
    for (const id of ["title", "message", "close"]) elements[id] = { textContent: "", focus: () => undefined };
    const sent: string[] = [];
    const context: Record<string, unknown> = {
      location: { search: "?lang=en&msg=" + encodeURIComponent("Thiếu trang “Tiêu chí”.\nAdd it & retry") },
      document: { documentElement: { setAttribute: () => undefined }, title: "", getElementById: (id: string) => elements[id] },
      Office: { onReady: () => undefined, context: { ui: { messageParent: (m: string) => sent.push(m) } } },
    };
    context.window = context;
    vm.runInNewContext(read("dialog.js"), context);
    expect(elements.message.textContent).toBe("Thiếu trang “Tiêu chí”.\nAdd it & retry");
    expect(elements.close.textContent).toBe("Close");
    elements.close.onclick!();
    expect(sent).toEqual(["close"]);
  });
});

describe("the task pane page (taskpane.html)", () => {
  const html = () => read("taskpane.html");

  it("exists with its bundle", () => {
    expect(fs.statSync(path.join(out, "taskpane.js")).size).toBeGreaterThan(50 * 1024);
    expect(html()).toMatch(/<div id="?container"?>/);
  });

  it("loads office.js from Microsoft's CDN and no bundle by a plain script tag", () => {
    expect(scriptSources(html())).toEqual([OFFICE_JS]);
  });

  describe("IE11 guard", () => {
    function guard(): string {
      const scripts = inlineScripts(html()).filter((s) => s.includes("Trident"));
      expect(scripts).toHaveLength(1);
      return scripts[0];
    }

    function runGuard(browser: { documentMode?: number; userAgent: string }) {
      const appended: string[] = [];
      const unsupported = { style: { display: "" } };
      const document = {
        documentMode: browser.documentMode,
        getElementById: (id: string) => (id === "unsupported" ? unsupported : null),
        createElement: () => ({ src: "", async: true }),
        body: { appendChild: (script: { src: string }) => appended.push(script.src) },
      };
      const context: Record<string, unknown> = { document, navigator: { userAgent: browser.userAgent }, Office: {} };
      context.window = context;
      vm.runInNewContext(guard(), context);
      return { appended, message: unsupported.style.display, office: context.Office as { initialize?: unknown } };
    }

    it("is ES5, since IE11 must be able to run it", () => {
      expect(parsesAsEs5(guard())).toBe(true);
    });

    it("shows the bilingual message and loads no bundle in IE11", () => {
      const ie = runGuard({ documentMode: 11, userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" });
      expect(ie.message).toBe("block");
      expect(ie.appended).toEqual([]);
      expect(typeof ie.office.initialize).toBe("function");
      expect(runGuard({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko" }).appended).toEqual([]);
      expect(html()).toContain("Ngăn tác vụ cần Office 2021 hoặc Microsoft 365. Nút «Tạo bảng tổng hợp» trên thẻ Trang đầu vẫn dùng được.");
      expect(html()).toContain("The task pane needs Office 2021 or Microsoft 365. The Generate summary button on the Home tab works.");
    });

    it("loads the pane's bundle elsewhere", () => {
      const edge = runGuard({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0" });
      expect(edge.message).toBe("");
      expect(edge.appended).toEqual(["taskpane.js"]);
    });
  });
});

describe("the production manifest (dist-web/manifest.xml)", () => {
  it("points at the production host, with no localhost URL left", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).not.toContain(config.urlDev);
    expect(manifest).toContain(`${config.urlProd}taskpane.html`);
    expect(manifest).toContain(`${config.urlProd}commands.html`);
    expect(config.urlProd).toMatch(/^https:\/\/[^/]+\/$/);
  });

  it("ships with the icons it names", () => {
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(out, "assets", `icon-${size}.png`))).toBe(true);
  });
});

describe("the build's IE11 guard rails", () => {
  it("refuses regular expressions that IE11 cannot run without the polyfills the build leaves out", async () => {
    const results: string[] = [];
    for (const [name, source] of [
      ["named.ts", "export const m = /(?<code>[A-Z]+)/.exec(String(Date.now()));\nconsole.log(m);\n"],
      ["sticky.ts", "export const m = /a/y.test(String(Date.now()));\nconsole.log(m);\n"],
      ["plain.ts", "export const m = /([A-Z]+)/.exec(String(Date.now()));\nconsole.log(m);\n"],
    ]) {
      const file = path.join(work, name);
      fs.writeFileSync(file, source);
      const result = await build(path.join(work, `out-${name}`), file);
      results.push(`${name}: ${result.errors.length > 0 ? "refused" : "built"}`);
    }
    expect(results).toEqual(["named.ts: refused", "sticky.ts: refused", "plain.ts: built"]);
  }, 120_000);
});
