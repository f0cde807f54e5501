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
import { runGenerate } from "../../src/excel";
import { readWorkbookFile } from "../../src/xlsx/read";
import { sheetsOf } from "../support/host";
import { installOfficeRuntime, loadRuntime } from "../office-runtime";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The ribbon bundle's size after gzip, the issue's budget (bytes): it loads in Office 2019. */
const COMMANDS_GZIP_BUDGET = 80 * 1024;
/** What the pane loads before its first screen shows (taskpane.js and any chunk it starts with), after gzip. */
const PANE_FIRST_LOAD_GZIP_BUDGET = 150 * 1024;

/** One output file of the build and the modules in it. */
interface BuiltChunk {
  /** Loaded with the page (taskpane.js), not on demand. */
  initial: boolean;
  files: string[];
  modules: string[];
}

interface BuildResult {
  errors: string[];
  /** Module names per configuration (commands, taskpane), concatenated modules included. */
  modules: Record<string, string[]>;
  /** The chunks per configuration. */
  chunks: Record<string, BuiltChunk[]>;
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
  // A fixture outside the project still takes Babel's runtime and core-js from the project's node_modules.
  if (job.entry) configs = [{ ...configs[0], entry: { fixture: job.entry }, plugins: [], resolve: { ...configs[0].resolve, modules: ["node_modules", require("path").resolve("node_modules")] } }];
  for (const c of configs) c.output.path = job.out;
  webpack(configs, (error, stats) => {
    if (error) throw error;
    const json = stats.toJson({ all: false, errors: true, modules: true, nestedModules: true });
    const result = { errors: json.errors.map((e) => e.message), modules: {}, chunks: {} };
    for (const child of json.children) result.modules[child.name] = names(child.modules);
    // Each chunk's files, from the compilation itself: the stats JSON lists only a few of a chunk's modules.
    const files = (m) => (m.modules ? m.modules.flatMap(files) : [m.nameForCondition() || ""]);
    for (const { compilation } of stats.stats) {
      result.chunks[compilation.name] = [...compilation.chunks].map((chunk) => ({
        initial: chunk.canBeInitial(),
        files: [...chunk.files],
        modules: compilation.chunkGraph.getChunkModules(chunk).flatMap(files).map((f) => f.split(require("path").sep).join("/")),
      }));
    }
    fs.writeFileSync(job.result, JSON.stringify(result));
  });
})();
`;

/** Runs the production build (or the commands build of one fixture entry) into `out`. */
function build(out: string, entry?: string): Promise<BuildResult> {
  const result = `${out}.result.json`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["-e", BUILD_SCRIPT, JSON.stringify({ out, entry, result })],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`webpack failed: ${stderr || error.message}`));
        else resolve(JSON.parse(fs.readFileSync(result, "utf8")) as BuildResult);
      },
    );
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
let chunks: Record<string, BuiltChunk[]> = {};

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

/**
 * Takes out of a fresh vm context's built-ins what Internet Explorer 11 (Office 2019's webview)
 * does not have, so that a bundle run there works only if it brings core-js's versions: no Symbol,
 * Promise, Reflect, WeakSet or globalThis; Map and Set without their iterators (core-js then
 * replaces IE11's whole); none of the ES2015+ functions below. Arrays and strings keep their
 * native iterator, which code in the context cannot reach without Symbol, for the in-memory
 * host: it runs outside the context and walks the bundle's arrays with for-of.
 */
const WITHOUT_WHAT_IE11_LACKS = `(function (global) {
  var iterator = Symbol.iterator;
  function drop(object, names) { names.forEach(function (name) { delete object[name]; }); }
  [Map.prototype, Set.prototype].forEach(function (proto) { drop(proto, ["entries", "keys", "values", iterator]); });
  drop(Array, ["from", "of"]);
  drop(Array.prototype, ["entries", "keys", "values", "find", "findIndex", "findLast", "findLastIndex", "fill", "copyWithin", "includes", "flat", "flatMap", "at"]);
  drop(String, ["fromCodePoint", "raw"]);
  drop(String.prototype, ["includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "trimStart", "trimEnd", "codePointAt", "normalize", "matchAll", "replaceAll", "at"]);
  drop(Object, ["assign", "getOwnPropertyDescriptors", "values", "entries", "fromEntries", "getOwnPropertySymbols", "is", "hasOwn"]);
  drop(Number, ["isFinite", "isInteger", "isNaN", "isSafeInteger", "parseFloat", "parseInt", "EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER"]);
  drop(Math, ["trunc", "sign", "log10", "log2", "log1p", "expm1", "hypot", "cbrt", "fround", "imul", "clz32"]);
  drop(global, ["Symbol", "Promise", "Reflect", "Proxy", "WeakSet", "WeakRef", "globalThis", "Iterator", "AggregateError", "queueMicrotask"]);
})(this);`;

/** Runs a bundle in `context` once the built-ins IE11 lacks are gone from it. */
function runAsInIe11(code: string, context: Record<string, unknown>): void {
  vm.createContext(context);
  vm.runInContext(WITHOUT_WHAT_IE11_LACKS, context);
  vm.runInContext(code, context);
}

/**
 * Runs `action` while arrays made outside `context` carry core-js's iterator, as arrays made
 * inside do. In Office, office.js's arrays are the page's own; here the runtime's come from its
 * jsdom window and the workbook model's from Node, both outside the vm context, and core-js only
 * iterates arrays that have its iterator.
 */
async function withOutsideArraysIterable<T>(context: Record<string, unknown>, action: () => Promise<T>): Promise<T> {
  // core-js's Symbol (the context has no native one) stands for a property name of its own.
  expect(vm.runInContext("typeof Symbol.iterator", context)).toBe("object");
  const key = vm.runInContext("String(Symbol.iterator)", context) as string;
  const realms = [Array.prototype, (loadRuntime() as unknown as { Array: ArrayConstructor }).Array.prototype];
  const prototypes = [...new Set(realms)] as unknown as Array<Record<string, unknown>>;
  for (const prototype of prototypes) {
    Object.defineProperty(prototype, key, { value: Array.prototype[Symbol.iterator], configurable: true, writable: true });
  }
  try {
    return await action();
  } finally {
    for (const prototype of prototypes) delete prototype[key];
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
  chunks = result.chunks;
  // Both builds at once on shared cores; the pane's includes ExcelJS's browser build (0.9 MB, the
  // next period's workbook's chunk), which the minimizer goes through again.
}, 420_000);

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
    expect(names.some((n) => n.includes("src/core/run/evaluate.ts"))).toBe(true);
    expect(names.some((n) => n.includes("node_modules/core-js/"))).toBe(true);
    const ui = names.filter(
      (n) => /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel|@floating-ui)\//.test(n) || n.includes("src/taskpane/"),
    );
    expect(ui).toEqual([]);
    // The same check finds them in the pane's build.
    expect(modules.taskpane.some((n) => /node_modules\/react-dom\//.test(n))).toBe(true);
    expect(modules.taskpane.some((n) => /node_modules\/@fluentui\//.test(n))).toBe(true);
  });

  it("leaves out the polyfills of built-ins newer than TypeScript's lib, which the code cannot call", () => {
    // webpack.config.js's UNNEEDED_POLYFILLS rests on tsconfig.json's lib being ES2020.
    const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8")) as { compilerOptions: { lib: string[] } };
    expect(tsconfig.compilerOptions.lib).toEqual(["ES2020", "DOM"]);
    const polyfills = modules.commands.filter((n) => n.includes("node_modules/core-js/modules/"));
    expect(polyfills.some((n) => /es\.promise\.constructor/.test(n))).toBe(true);
    expect(polyfills.filter((n) => /\/(es|esnext)\.(iterator\.|set\.[a-z-]+\.v2|array\.at\.|string\.bold)/.test(n))).toEqual([]);
  });

  it("calls no API that IE11 lacks and core-js does not provide", () => {
    const code = read("commands.js");
    expect(code).not.toMatch(/\.normalize\(/);
    // core-js looks some of these up by name ("queueMicrotask") to use them where they exist.
    expect(code).not.toMatch(
      /(?<!["'])\b(TextEncoder|TextDecoder|fetch|AbortController|queueMicrotask)\b(?!["'])|Intl\.(Segmenter|PluralRules|RelativeTimeFormat|ListFormat)/,
    );
  });

  it("stays within its gzip budget", () => {
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(out, "commands.js"))).length;
    expect(gzip).toBeGreaterThan(10 * 1024);
    expect(gzip).toBeLessThanOrEqual(COMMANDS_GZIP_BUDGET);
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
            callback({
              status: "succeeded",
              value: { addEventHandler: (type: string, fn: (arg: object) => void) => (handlers[type] = fn), close: () => harness.closed++ },
            });
          },
        },
      },
    };
    const context: Record<string, unknown> = {
      Office,
      // office.js makes its promises with the page's Promise, which core-js provides in IE11.
      Excel: { run: () => new (context.Promise as PromiseConstructor)((resolve, reject) => options.excelRun().then(resolve, reject)) },
      location: { href: "https://thidua.example.org/commands.html" },
      console: { log: () => undefined, error: () => undefined, warn: () => undefined },
      setTimeout,
      clearTimeout,
    };
    context.window = context;
    context.self = context;
    runAsInIe11(read("commands.js"), context);
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
    const harness = load({
      excelRun: () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" })),
      dialogApi: true,
    });
    const e = event();
    const running = harness.handler(e);
    // Wait for the dialog to open (no fixed delay: on a busy machine the promise chain takes
    // longer); if it never opens, the test's timeout fails it.
    while (harness.dialogs.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
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

/** A sheet's values with the Summary's clock masked: the two runs compared may straddle a minute. */
function clockMasked(rows: unknown[][]): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/^Lập lúc \d{1,2}:\d{2} /, "Lập lúc hh:mm ") : v)));
}

describe("the built ribbon command on the in-memory Excel host", () => {
  // Run where IE11's built-ins are missing, the ES5 bundle must give the same sheets as the
  // sources do in Node: the engine walks Maps with for-of, spreads and Array.from, and the
  // polyfills and helpers the build adds must carry them.
  it("writes the same Summary, Details and Issues sheets as the pane's Generate from the sources", async () => {
    const snapshot = await readWorkbookFile(path.join(ROOT, "assets/cluster18-2024-h1.xlsx"));
    const context: Record<string, unknown> = {};
    // The built bundle on Microsoft's runtime, installed on the bundle's own global object.
    const built = installOfficeRuntime(context, { sheets: sheetsOf(snapshot) });
    const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
    const errors: string[] = [];
    const office = built.Office as unknown as {
      actions: { associate: (name: string, fn: (event: { completed: () => void }) => Promise<void>) => void };
    };
    office.actions.associate = (name, fn) => associated.set(name, fn);
    Object.assign(context, {
      location: { href: "https://thidua.example.org/commands.html" },
      console: { log: () => undefined, error: (...args: unknown[]) => errors.push(args.map(String).join(" ")), warn: () => undefined },
      setTimeout,
      clearTimeout,
    });
    context.window = context;
    context.self = context;
    runAsInIe11(read("commands.js"), context);
    const completed = jest.fn();
    await withOutsideArraysIterable(context, () => associated.get("generateSummary")!({ completed }));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);

    await built.settled();
    const source = installOfficeRuntime(globalThis, { sheets: sheetsOf(snapshot) });
    try {
      await runGenerate();
      await source.settled();
      for (const sheet of ["Tổng hợp", "Chi tiết", "Kiểm tra"]) {
        expect(clockMasked(built.host.values(sheet))).toEqual(clockMasked(source.host.values(sheet)));
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
    runAsInIe11(read("dialog.js"), context);
    expect(elements.message.textContent).toBe("Thiếu trang “Tiêu chí”.\nAdd it & retry");
    expect(elements.close.textContent).toBe("Close");
    elements.close.onclick!();
    expect(sent).toEqual(["close"]);
  });
});

describe("the pane's first load (taskpane.js) and its chunks", () => {
  const pane = () => chunks.taskpane;
  const gzipOf = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(out, file))).length;
  const firstLoad = () => pane().filter((c) => c.initial);
  const inFirstLoad = (pattern: RegExp) => firstLoad().flatMap((c) => c.modules.filter((m) => pattern.test(m)));
  const onDemand = (pattern: RegExp) => pane().filter((c) => !c.initial && c.modules.some((m) => pattern.test(m)));

  it("is taskpane.js alone, within its gzip budget", () => {
    const files = firstLoad().flatMap((c) => c.files.filter((f) => f.endsWith(".js")));
    expect(files).toEqual(["taskpane.js"]);
    const gzip = files.reduce((sum, file) => sum + gzipOf(file), 0);
    expect(gzip).toBeGreaterThan(50 * 1024);
    expect(gzip).toBeLessThanOrEqual(PANE_FIRST_LOAD_GZIP_BUDGET);
  });

  it("carries React and Fluent, and leaves the engine, the import, the template and the papers to chunks loaded on use", () => {
    expect(inFirstLoad(/node_modules\/react-dom\//).length).toBeGreaterThan(0);
    expect(inFirstLoad(/node_modules\/@fluentui\/react-button\//).length).toBeGreaterThan(0);
    const later = [
      /src\/core\/run\/evaluate\.ts/,
      /src\/excel\/generate\.ts/,
      /src\/excel\/import\.ts/,
      /node_modules\/pako\//,
      /src\/core\/sheets\/template\.ts/,
      /src\/core\/words\/template\.ts/,
      /src\/core\/words\/papers\.ts/,
      /src\/core\/sheets\/minutes\.ts/,
      // ExcelJS (its browser build) only for New scoring workbook › from this workbook.
      /node_modules\/exceljs\//,
      /src\/excel\/templateFrom\.ts/,
    ];
    for (const pattern of later) {
      expect([pattern, inFirstLoad(pattern)]).toEqual([pattern, []]);
      expect(onDemand(pattern).length).toBeGreaterThan(0);
    }
  });

  it("puts every chunk beside taskpane.js, where the page that loaded it finds them", () => {
    const files = pane().flatMap((c) => c.files.filter((f) => f.endsWith(".js")));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(path.dirname(file)).toBe(".");
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
    // webpack finds the chunks relative to taskpane.js's own address (publicPath "auto"): no host is written in.
    expect(read("taskpane.js")).not.toContain(config.urlProd);
    expect(read("taskpane.js")).not.toContain(config.urlDev);
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

    function runGuard(browser: { documentMode?: number; userAgent: string; es2020?: boolean }) {
      const appended: string[] = [];
      const unsupported = { style: { display: "" } };
      const document = {
        documentMode: browser.documentMode,
        getElementById: (id: string) => (id === "unsupported" ? unsupported : null),
        createElement: () => ({ src: "", async: true }),
        body: { appendChild: (script: { src: string }) => appended.push(script.src) },
      };
      const context: Record<string, unknown> = { document, navigator: { userAgent: browser.userAgent }, Office: {} };
      // A webview older than ES2020 cannot compile the guard's probe.
      if (browser.es2020 === false) {
        context.Function = function () {
          throw new SyntaxError("Expected identifier");
        };
      }
      context.window = context;
      runAsInIe11(guard(), context);
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

    it("shows the message and loads no bundle in a webview that cannot parse ES2020 (EdgeHTML, old WebView2)", () => {
      const edgeHtml = runGuard({
        userAgent:
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763",
        es2020: false,
      });
      expect(edgeHtml.message).toBe("block");
      expect(edgeHtml.appended).toEqual([]);
      expect(typeof edgeHtml.office.initialize).toBe("function");
    });

    it("probes the ECMAScript level the pane's bundle needs: the bundle parses as ES2020", () => {
      const parse = (ecmaVersion: 2019 | 2020) => {
        try {
          acorn.parse(read("taskpane.js"), { ecmaVersion, sourceType: "script" });
          return true;
        } catch {
          return false;
        }
      };
      expect(parse(2020)).toBe(true);
      // ES2019 is not enough, so a webview with only that must see the message.
      expect(parse(2019)).toBe(false);
    });

    it("loads the pane's bundle elsewhere", () => {
      const edge = runGuard({
        userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
      });
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

describe("every address in the manifest", () => {
  /** The https addresses in a manifest's attributes and texts (the add-in's pages, icons and help). */
  function addresses(xml: string): string[] {
    return [...new Set([...xml.matchAll(/(?:="|>\s*)(https:\/\/[^"<\s]+)/g)].map((m) => m[1]))];
  }

  /** The addresses under `base` that name no file of the build, and those not under `base`. */
  function unresolved(urls: string[], base: string): string[] {
    return urls.filter((url) => {
      if (!url.startsWith(base)) return true;
      const file = path.join(out, decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)));
      return !fs.existsSync(file) || !fs.statSync(file).isFile();
    });
  }

  it("names a file the build emits, at the dev server's address and, in the shipped copy, the production host's", () => {
    const dev = addresses(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    const prod = addresses(read("manifest.xml"));
    // Four icons, the pane, the function file and the help page.
    expect(dev.length).toBeGreaterThanOrEqual(7);
    expect(prod).toHaveLength(dev.length);
    expect(unresolved(dev, config.urlDev)).toEqual([]);
    expect(unresolved(prod, config.urlProd)).toEqual([]);
    // The check itself finds an address with no page behind it, a folder, or another host's.
    expect(
      unresolved([`${config.urlProd}help`, `${config.urlProd}assets/`, "https://example.com/taskpane.html"], config.urlProd),
    ).toHaveLength(3);
  });

  it("sends help to the user's guide, Vietnamese first, then English", () => {
    const manifest = read("manifest.xml");
    const help = [
      /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1],
      /<bt:Url id="Help.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1],
    ];
    expect(help[0]).toBe(help[1]);
    const page = read(new URL(help[0]!).pathname.slice(1));
    const text = page
      .replace(/<[^>]+>/g, " ")
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
    const headings = ["vi", "en"].map((lang) =>
      /^# (.+)$/m.exec(fs.readFileSync(path.join(ROOT, `docs/guide.${lang}.md`), "utf8"))![1].trim(),
    );
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions[0]).toBeLessThan(positions[1]);
    expect(page).toMatch(/<section lang="?vi"?/);
    expect(page).toMatch(/<section lang="?en"?/);
    // The reference is on the page too, and the guides' links to the other pages stay on it.
    // (The build minifies the page, so attribute quotes may be gone.)
    expect(page).toMatch(/id="?reference"?[ >]/);
    expect(page).not.toMatch(/href="?[^"#:> ]*\.md/);
    const targets = [...page.matchAll(/href="?#([^"> ]+)/g)].map((m) => m[1]);
    expect(targets).toEqual(expect.arrayContaining(["vi", "en", "reference"]));
    for (const id of targets) expect(page).toMatch(new RegExp(`id="?${id}"?[ >]`));
  });
});

describe("TypeScript in the ribbon bundle", () => {
  // Whatever TypeScript accepts must work in Office 2019 without its author thinking of IE11: the
  // build's standard Babel and core-js set-up supplies iterators, Symbol, Promise and the rest.
  const FIXTURE = `
declare function report(json: string): void;
const scores = new Map<string, number>([["A", 3], ["B", 1]]);
scores.set("C", 2);
const seen = new Set<string>(["x", "y"]);
seen.add("x").add("z");
const fromMap: string[] = [];
for (const [name, score] of scores) fromMap.push(name + "=" + score);
const fromSet: string[] = [];
for (const item of seen) fromSet.push(item);
const { a, ...rest } = { a: 1, b: 2, c: 3 };
class Pair {
  *[Symbol.iterator]() { yield a; yield rest.b; }
}
async function later(): Promise<number> {
  await null;
  return [...new Pair()].reduce((sum, n) => sum + n, 0);
}
later().then((sum) =>
  report(JSON.stringify({
    fromMap,
    fromSet,
    spreadSet: [...seen],
    arrayFrom: Array.from(scores.keys()),
    arrayFromSet: Array.from(seen, (s) => s.toUpperCase()),
    letters: [..."Đua"],
    entries: Object.entries(rest),
    code: /(?<code>[A-Z]+)-(?<n>\\d+)/.exec("TD-18")?.groups?.code,
    sum,
  })),
);
`;

  it("runs for-of over a Map and a Set, spread of a Set, Array.from and more where IE11's built-ins are missing", async () => {
    const file = path.join(work, "any-typescript.ts");
    fs.writeFileSync(file, FIXTURE);
    const result = await build(path.join(work, "out-fixture"), file);
    expect(result.errors).toEqual([]);
    const code = fs.readFileSync(path.join(work, "out-fixture", "fixture.js"), "utf8");
    expect(parsesAsEs5(code)).toBe(true);
    const reported = await new Promise<string>((resolve, reject) => {
      const context: Record<string, unknown> = { report: resolve, setTimeout, clearTimeout, console };
      context.window = context;
      runAsInIe11(code, context);
      setTimeout(() => reject(new Error("the fixture never reported")), 5_000);
    });
    expect(JSON.parse(reported)).toEqual({
      fromMap: ["A=3", "B=1", "C=2"],
      fromSet: ["x", "y", "z"],
      spreadSet: ["x", "y", "z"],
      arrayFrom: ["A", "B", "C"],
      arrayFromSet: ["X", "Y", "Z"],
      letters: ["Đ", "u", "a"],
      entries: [
        ["b", 2],
        ["c", 3],
      ],
      code: "TD",
      sum: 3,
    });
  }, 120_000);

  it("the IE11-like context has none of those built-ins, so core-js must bring them", () => {
    const context: Record<string, unknown> = {};
    runAsInIe11(
      'probe = [typeof Symbol, typeof Promise, typeof Array.from, typeof new Map().entries, typeof new Set().values, typeof []["values"]].join()',
      context,
    );
    expect(context.probe).toBe("undefined,undefined,undefined,undefined,undefined,undefined");
  });
});
