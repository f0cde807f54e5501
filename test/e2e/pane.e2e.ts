// End to end: the production task pane in Debian's Chromium, on Microsoft's Excel runtime.
//
// The production pane (webpack.config.js, config "taskpane", production mode) is built into
// artifacts/e2e/web and served from 127.0.0.1. Its page loads office.js from the Office CDN; the
// browser's requests for that address are answered with the real office.js from node_modules,
// followed by the Cluster 18 sample (read here with readWorkbookFile), the source of Microsoft's
// Excel runtime (@microsoft/office-js, dist/excel-win32-16.01.debug.js, the build the Jest harness
// in test/office-runtime loads) and host-entry.ts. host-entry evaluates the runtime in a hidden
// frame, routes its requests to the executor that answers them from the in-memory workbook model
// (test/office-runtime/executor.ts), and makes the runtime's Excel/OfficeExtension and the host's
// Office the page's globals for good (through accessors pin-globals.ts, a Playwright init script,
// defined before office.js ran). `window.__thiduaHost` reads back the workbook behind the executor
// and counts the requests the runtime sent. Both are bundled by webpack.e2e.config.js. Every
// other request leaving 127.0.0.1 is aborted.
//
// Run with `npm run test:e2e` (test/e2e/jest.config.js); `npm test` runs it after Jest.
// Screenshots and axe results go to artifacts/e2e/.
import { spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { evaluateWorkbook, roundHalfAway } from "../../src/core";
import type { Report } from "../../src/core/model/types";
import { IMPORT_STRINGS } from "../../src/taskpane/importStrings";
import { STRINGS } from "../../src/taskpane/strings";
import { readWorkbookFile } from "../../src/xlsx/read";
import { sheetsOf } from "../support/host";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "artifacts/e2e");
const WEB = path.join(ARTIFACTS, "web");
const HOST_BUNDLES = path.join(ARTIFACTS, "host");
const SAMPLE = path.join(ROOT, "assets/cluster18-2024-h1.xlsx");
const WEBPACK_CLI = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** Microsoft's Excel runtime for Windows desktop, the build the Jest harness loads (test/office-runtime). */
const RUNTIME_FILE = "excel-win32-16.01.debug.js";
/** The hidden frame host-entry.ts evaluates it in. */
const RUNTIME_FRAME_ID = "thidua-office-runtime";
const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
/** Debian's Chromium (.ci/run installs it); CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CDN = "https://appsforoffice.microsoft.com";
const CDN_BASE = "/lib/1/hosted/";

/** The summary sheet's name: the sample's report language is Vietnamese, whatever the pane's is. */
const SUMMARY_SHEET = "Tổng hợp";
const VIEWPORT = { width: 360, height: 900 };

// Bounded waits: Playwright's run out before Jest's, so a stuck step fails with Playwright's message.
const SETUP_TIMEOUT = 150_000;
const BUILD_TIMEOUT = 120_000;
const STEP_TIMEOUT = 45_000;
const ACTION_TIMEOUT = 20_000;

const en = STRINGS.en;
const vi = STRINGS.vi;

// ---------------------------------------------------------------------------------------------
// Set-up: builds, server, browser

let server: http.Server | null = null;
let browser: Browser | null = null;
let page: Page;
let base = "";
let report: Report;
/** Requests to the CDN address (answered from node_modules) and to anywhere else (aborted). */
const cdnRequests: string[] = [];
const blockedRequests: string[] = [];
const pageErrors: string[] = [];

/** Runs webpack-cli in a child process; rejects with the end of its output when it fails. */
function webpack(label: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${label}: no result after ${BUILD_TIMEOUT / 1000} s`));
    }, BUILD_TIMEOUT);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server for `dir` on 127.0.0.1 at a free port. */
function serve(dir: string): Promise<http.Server> {
  const s = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.resolve(dir, `.${pathname}`);
    if (file !== dir && !file.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => resolve(s));
  });
}

beforeAll(async () => {
  fs.rmSync(WEB, { recursive: true, force: true });
  fs.rmSync(HOST_BUNDLES, { recursive: true, force: true });
  for (const name of fs.existsSync(ARTIFACTS) ? fs.readdirSync(ARTIFACTS) : []) {
    if (/\.(png|json)$/.test(name)) fs.rmSync(path.join(ARTIFACTS, name));
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const [snapshot] = await Promise.all([
    readWorkbookFile(SAMPLE),
    webpack("production build of the pane", [
      "--config",
      "webpack.config.js",
      "--mode",
      "production",
      "--config-name",
      "taskpane",
      "--output-path",
      WEB,
    ]),
    webpack("e2e host bundle", ["--config", "webpack.e2e.config.js"]),
  ]);
  // What the engine says about the sample in Node: the pane must show the same.
  report = evaluateWorkbook(snapshot).report;

  const officeJs = fs.readFileSync(path.join(OFFICE_DIST, "office.js"), "utf8");
  const bundle = (name: string) => fs.readFileSync(path.join(HOST_BUNDLES, `${name}.js`), "utf8");
  const officeResponse = [
    officeJs,
    `;window.__thiduaSample = ${JSON.stringify({ sheets: sheetsOf(snapshot) })};`,
    `;window.__thiduaRuntimeSource = ${JSON.stringify(fs.readFileSync(path.join(OFFICE_DIST, RUNTIME_FILE), "utf8"))};`,
    bundle("e2e-host"),
  ].join("\n");

  server = await serve(WEB);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: "block" });
  // Its own script, before any of the page's: a `var Office` in the same script would come first.
  await context.addInitScript({ content: bundle("e2e-pin-globals") });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base) return route.continue();
    if (url.origin === CDN && url.pathname.startsWith(CDN_BASE)) {
      cdnRequests.push(url.pathname);
      const rest = url.pathname.slice(CDN_BASE.length);
      if (rest === "office.js") return route.fulfill({ status: 200, contentType: CONTENT_TYPES[".js"], body: officeResponse });
      // Whatever else office.js asks its own folder for (its strings, a host's script) comes from the package too.
      const file = path.resolve(OFFICE_DIST, rest);
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({
          status: 200,
          contentType: CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
          body: fs.readFileSync(file),
        });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    blockedRequests.push(url.href);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on("console", (message) => {
    // A request this run aborted on purpose is listed in blockedRequests, not counted as a page error.
    if (message.type() === "error" && !message.text().includes("net::ERR_BLOCKED_BY_CLIENT"))
      pageErrors.push(`console.error: ${message.text()}`);
  });
}, SETUP_TIMEOUT);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
  if (cdnRequests.length > 0) console.log(`Answered from node_modules/@microsoft/office-js: ${[...new Set(cdnRequests)].join(", ")}`);
  if (blockedRequests.length > 0) console.log(`Blocked (not loopback): ${[...new Set(blockedRequests)].join(", ")}`);
});

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * The steps run in order on one page; once one fails, the later ones say so instead of running.
 * A `readOnly` step (axe) leaves the page as it was, so its failure does not stop the others.
 */
let failedStep: string | null = null;
function step(name: string, body: () => Promise<void>, { readOnly = false } = {}) {
  it(
    name,
    async () => {
      if (failedStep !== null) throw new Error(`Not run: the step "${failedStep}" failed.`);
      try {
        await body();
        // A script error in the page fails the step it happened in, even if the pane looks right.
        expect(pageErrors).toEqual([]);
      } catch (error) {
        if (!readOnly) failedStep = name;
        await keepEvidence(name);
        throw error;
      }
    },
    STEP_TIMEOUT,
  );
}

/** After a failed step: a screenshot and the page's text, so the failure can be seen. */
async function keepEvidence(stepName: string) {
  const slug = stepName
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  try {
    await page.screenshot({ path: path.join(ARTIFACTS, `failed-${slug}.png`), fullPage: true, timeout: 5_000 });
    const text = await page.evaluate(() => {
      const office = (window as unknown as { Office?: { context?: { displayLanguage?: string } } }).Office;
      return `${location.href} (Office display language: ${office?.context?.displayLanguage})\n${document.body.innerText}`;
    });
    const errors = pageErrors.length > 0 ? `\nErrors in the page:\n${pageErrors.join("\n")}` : "";
    console.log(`Page when "${stepName}" failed (screenshot artifacts/e2e/failed-${slug}.png):\n${text}${errors}`);
  } catch {
    // The page itself may be what broke; the step's own error says more.
  }
}

/** Calls a read-back helper of the page's in-memory host (`window.__thiduaHost`). */
function host<T>(method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) => {
      const handle = (window as unknown as { __thiduaHost?: Record<string, (...x: unknown[]) => unknown> }).__thiduaHost;
      if (!handle) throw new Error("window.__thiduaHost is missing: the host bundle did not run");
      return handle[m as string](...(a as unknown[])) as never;
    },
    [method, args] as const,
  ) as Promise<T>;
}

async function openPane(language: "en-US" | "vi-VN") {
  await page.goto(`${base}/taskpane.html${language === "vi-VN" ? "?lang=vi-VN" : ""}`);
  const strings = language === "vi-VN" ? vi : en;
  await page.getByRole("button", { name: strings.actions.validate, exact: true }).waitFor();
  await expectRuntimeGlobals(language);
}

/**
 * The real office.js ran, and the page's Excel and OfficeExtension are still Microsoft's runtime
 * from its frame, and Office the host's (display language, requirement sets).
 */
async function expectRuntimeGlobals(language: string) {
  const seen = await page.evaluate((frameId) => {
    const w = window as unknown as {
      Office: { context?: { displayLanguage?: string } };
      Excel: { run?: unknown };
      OfficeExtension: unknown;
      __thiduaGlobals: { officeJs: Record<string, unknown>; fake: Record<string, unknown> };
    };
    const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
    const runtime = frame?.contentWindow as unknown as
      { Excel?: unknown; OfficeExtension?: { ClientRequestContext?: unknown } } | undefined;
    return {
      officeJsRan: typeof w.__thiduaGlobals.officeJs.Office === "object",
      officeIsHost: w.Office === w.__thiduaGlobals.fake.Office,
      excelIsRuntime: runtime?.Excel !== undefined && w.Excel === runtime.Excel && w.Excel === w.__thiduaGlobals.fake.Excel,
      officeExtensionIsRuntime:
        typeof runtime?.OfficeExtension?.ClientRequestContext === "function" && w.OfficeExtension === runtime.OfficeExtension,
      displayLanguage: w.Office.context?.displayLanguage,
    };
  }, RUNTIME_FRAME_ID);
  expect(seen).toEqual({
    officeJsRan: true,
    officeIsHost: true,
    excelIsRuntime: true,
    officeExtensionIsRuntime: true,
    displayLanguage: language,
  });
}

/**
 * Runs Generate and returns the requests Microsoft's runtime sent for it, counted a moment after
 * the pane shows the result: a release request after `Excel.run` would arrive then (none is sent
 * when no range outlives its request, and one would make the count 4).
 */
async function generateCountingRequests(label: string, done: string): Promise<number> {
  await host("resetStats");
  await runAction(label, done);
  await page.waitForFunction(() => (window as unknown as { __thiduaHost: { syncCount: number } }).__thiduaHost.syncCount >= 3);
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __thiduaHost: { syncCount: number } }).__thiduaHost.syncCount);
}

/** Clicks an action and waits until its run has finished (its message bar titled Done appears). */
async function runAction(label: string, done: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.getByText(done, { exact: false }).first().waitFor();
}

/** Rows of the ranking preview: each cell's text, lines joined with " / ". */
async function rankingRows(tableName: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: tableName });
  await table.waitFor();
  return table
    .locator("tbody tr:not([data-details])")
    .evaluateAll((rows) => rows.map((row) => Array.from((row as HTMLTableRowElement).cells).map((cell) => cell.textContent ?? "")));
}

/**
 * The ranking at both pane widths (§8.2, issue 18 item 5): each unit's row measured to be one
 * line high (its height under 1.8 of its text's line height, the cell padding included), and a
 * screenshot per width.
 */
async function rankingAtWidths(tableName: string, language: string) {
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: VIEWPORT.height });
    const table = page.getByRole("table", { name: tableName });
    const rows = await table.locator("tbody tr:not([data-details])").evaluateAll((trs) =>
      trs.map((tr) => {
        const button = tr.querySelector("button") ?? tr;
        const lineHeight = parseFloat(getComputedStyle(button).lineHeight);
        return { height: tr.getBoundingClientRect().height, lineHeight, text: tr.textContent ?? "" };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect({ text: row.text, oneLine: row.height < row.lineHeight * 1.8 + 8 }).toEqual({ text: row.text, oneLine: true });
    await screenshot(`pane-${language}-${width}.png`);
  }
  await page.setViewportSize(VIEWPORT);
}

/** Full-page screenshot; the pane must not be wider than the task pane (nothing cut off at the side). */
async function screenshot(name: string) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page; writes every violation to artifacts/e2e/axe-<name>.json. */
async function axe(name: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (frameId) => {
    // Microsoft's runtime frame holds only script (hidden, no content); axe would wait for an axe in it.
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: object,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe.run({ exclude: [[`#${frameId}`]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  }, RUNTIME_FRAME_ID);
  fs.writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.impact ?? "none"] = (counts[v.impact ?? "none"] ?? 0) + v.nodes.length;
  console.log(
    `axe (${name}): ${violations.length} rule(s) violated ${JSON.stringify(counts)}` +
      violations.map((v) => `\n  [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.join(", ")}`).join(""),
  );
  return violations;
}

const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");

// ---------------------------------------------------------------------------------------------
// The run

describe("the production task pane in Chromium on Microsoft's Excel runtime", () => {
  // The sample's one issue, as the engine reports it in Node.
  const theIssue = () => {
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue).toMatchObject({ severity: "warning", rule: "text-number" });
    expect(issue.sheet).not.toBeNull();
    expect(issue.cell).not.toBeNull();
    return { sheet: issue.sheet as string, cell: issue.cell as string };
  };

  step("opens the pane in English on the runtime", async () => {
    await openPane("en-US");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("button").allTextContents()).toEqual([
      en.actions.validate,
      en.actions.generate,
      en.actions.template,
      en.actions.fromWorkbook,
      IMPORT_STRINGS.en.addUnitFiles,
      IMPORT_STRINGS.en.previousPeriod,
      en.copyDiagnostics,
    ]);
    expect(await page.getByRole("banner").textContent()).toContain(en.startHint);
    expect(await host<string[]>("sheetNames")).not.toContain(SUMMARY_SHEET);
    await screenshot("pane-before.png");
  });

  step("validates: the issue list shows the sample's one warning", async () => {
    const { sheet, cell } = theIssue();
    await runAction(en.actions.validate, en.validatedWithIssues(0, 1));
    const issues = page.getByRole("region", { name: en.issuesHeading });
    await issues.waitFor();
    const links = issues.getByRole("button");
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute("title")).toBe(en.goToCell(sheet, cell));
    expect(await issues.textContent()).toContain(en.severity.warning);
    // Validate writes nothing.
    expect(await host<string[]>("sheetNames")).not.toContain(SUMMARY_SHEET);
  });

  step("generates in three requests: the summary is in the workbook and the ranking preview in the pane", async () => {
    // Three requests (sheet names, data, all writes), and no release request after them.
    expect(await generateCountingRequests(en.actions.generate, en.summaryWritten(SUMMARY_SHEET))).toBe(3);
    const names = await host<string[]>("sheetNames");
    expect(names[0]).toBe(SUMMARY_SHEET);
    expect(await host<string>("activeSheet")).toBe(SUMMARY_SHEET);

    const units = report.units.map((u) => u.unit);
    expect(units).toHaveLength(7);
    const summaryTexts = (await host<unknown[][]>("values", SUMMARY_SHEET)).flat().filter((v): v is string => typeof v === "string");
    for (const unit of units) expect(summaryTexts).toContain(unit);

    const rows = await rankingRows(en.rankingHeading);
    expect(rows).toHaveLength(7);
    // One line per unit, by its short name (the sample's list gives none: its sheet's), the full name its title.
    expect(rows.map((r) => r[1])).toEqual(report.units.map((u) => u.sheet));
    const table = page.getByRole("table", { name: en.rankingHeading });
    expect(await table.getByRole("button", { name: report.units[0].sheet }).getAttribute("title")).toBe(units[0]);
    expect(rows.map((r) => r[2])).toEqual(report.units.map((u) => (u.total === null ? "" : en.total(u.total))));
    expect(rows.map((r) => r[0].replace("=", ""))).toEqual(report.units.map((u) => (u.rank === null ? "—" : String(u.rank))));
    // The sample's reviewed scores put the self total and the difference in a unit's details (§7.2).
    const first = report.units[0];
    expect(first.selfTotal).not.toBeNull();
    await table.getByRole("button", { name: first.sheet }).click();
    const details = await table.locator("tbody tr[data-details]").textContent();
    expect(details).toContain(`${en.selfTotalColumn}: ${en.total(first.selfTotal as number)}`);
    expect(details).toContain(`${en.differenceColumn}: ${en.difference(roundHalfAway((first.total ?? 0) - (first.selfTotal as number)))}`);
    await screenshot("pane-after.png");
    await rankingAtWidths(en.rankingHeading, "en");
  });

  step("follows the issue link: the workbook selects that cell on its sheet", async () => {
    const { sheet, cell } = theIssue();
    await page
      .getByRole("region", { name: en.issuesHeading })
      .getByRole("button", { name: new RegExp(cell) })
      .click();
    await page.waitForFunction(
      (expected) => (window as unknown as { __thiduaHost: { selectedRange(): string } }).__thiduaHost.selectedRange() === expected,
      `${sheet}!${cell}`,
    );
    expect(await host<string>("activeSheet")).toBe(sheet);
    expect(await host<string>("selectedRange")).toBe(`${sheet}!${cell}`);
    expect(await page.getByText(en.selectFailedTitle).count()).toBe(0);
    await expectRuntimeGlobals("en-US");
  });

  step(
    "has no serious or critical accessibility violations in English after Generate",
    async () => {
      expect(serious(await axe("en"))).toEqual([]);
    },
    { readOnly: true },
  );

  step("switches to Vietnamese (Office display language vi-VN)", async () => {
    await openPane("vi-VN");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    expect(await page.getByRole("button").allTextContents()).toEqual([
      vi.actions.validate,
      vi.actions.generate,
      vi.actions.template,
      vi.actions.fromWorkbook,
      IMPORT_STRINGS.vi.addUnitFiles,
      IMPORT_STRINGS.vi.previousPeriod,
      vi.copyDiagnostics,
    ]);
    expect(await page.getByRole("banner").textContent()).toContain(vi.startHint);
  });

  step("validates and generates in Vietnamese", async () => {
    const { sheet, cell } = theIssue();
    await runAction(vi.actions.validate, vi.validatedWithIssues(0, 1));
    const issues = page.getByRole("region", { name: vi.issuesHeading });
    expect(await issues.getByRole("button").getAttribute("title")).toBe(vi.goToCell(sheet, cell));

    expect(await generateCountingRequests(vi.actions.generate, vi.summaryWritten(SUMMARY_SHEET))).toBe(3);
    expect((await host<string[]>("sheetNames"))[0]).toBe(SUMMARY_SHEET);
    const rows = await rankingRows(vi.rankingHeading);
    expect(rows.map((r) => r[1])).toEqual(report.units.map((u) => u.sheet));
    expect(rows.map((r) => r[2])).toEqual(report.units.map((u) => (u.total === null ? "" : vi.total(u.total))));
    await screenshot("pane-vi.png");
    await rankingAtWidths(vi.rankingHeading, "vi");
    await expectRuntimeGlobals("vi-VN");
  });

  step(
    "has no serious or critical accessibility violations in Vietnamese after Generate",
    async () => {
      expect(serious(await axe("vi"))).toEqual([]);
    },
    { readOnly: true },
  );
});
