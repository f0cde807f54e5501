// Cost follows the cells present, not a sheet's extent: each adversarial workbook gets an answer
// (exit 0, 1 or 2, at most one line on stderr, never a crash) within 500 MB. The files are the
// clean example with one unit sheet's XML changed; each run is a child process so its peak memory
// can be measured. No wall-clock asserts: a hang fails on the test's timeout.
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { createDeflateRaw, deflateRawSync } from "zlib";
import JSZip from "jszip";
import { unzipCapped } from "../../src/xlsx/package";
import { addDataValidation, addMergeCells, rawZip, withSheetXml, worksheetPart } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { sheetXml } from "../support/xlsxZip";

const REPO = path.join(__dirname, "../..");
const CLEAN = path.join(__dirname, "..", "fixtures", "examples", "example-clean.xlsx");
const SHEET = "Lam Sơn";
const MAX_RSS_KB = 500 * 1024;
const crc32: (data: Buffer) => number = require("jszip/lib/crc32");

let dir: string;
let dist: string;
let clean: Buffer;
beforeAll(async () => {
  dir = await makeTempDir("thidua-cost-");
  dist = path.join(dir, "dist");
  clean = await fs.readFile(CLEAN);
  // Compiled once into the scratch folder, so these runs never race a build of the project.
  await promisify(execFile)(process.execPath, [
    path.join(REPO, "node_modules", "typescript", "bin", "tsc"),
    "-p",
    path.join(REPO, "tsconfig.cli.json"),
    "--outDir",
    dist,
  ]).catch(() => undefined);
}, 180_000);
afterAll(async () => {
  await removeTempDir(dir);
});

interface MeasuredRun {
  code: number;
  stdout: string;
  /** stderr without the memory line. */
  stderr: string;
  maxRssKb: number;
}

async function thidua(...args: string[]): Promise<MeasuredRun> {
  const result = await promisify(execFile)(process.execPath, [path.join(__dirname, "..", "support", "thidua-measured.js"), ...args], {
    cwd: dir,
    env: { ...process.env, NODE_PATH: path.join(REPO, "node_modules"), THIDUA_MAIN: path.join(dist, "src", "cli", "main.js") },
    maxBuffer: 256 * 1024 * 1024,
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const memory = /@maxrss (\d+)\n$/.exec(result.stderr);
  return {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr.replace(/@maxrss \d+\n$/, ""),
    maxRssKb: memory ? Number(memory[1]) : Infinity,
  };
}

function expectAnswered(run: MeasuredRun, maxRssKb = MAX_RSS_KB): void {
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(/\n\s+at |FATAL|heap|Maximum call stack|internal error/);
  expect(run.stderr.split("\n").filter((line) => line !== "").length).toBeLessThanOrEqual(1);
  expect(run.maxRssKb).toBeLessThan(maxRssKb);
}

/**
 * The summary of 130,000 erroneous rows also carries its report, 130,000 issues, inside the file
 * (the custom XML part of §9.1, tens of MB of JSON): measured 521–545 MB on a loaded machine
 * against about 480 MB without the part, so this one run gets a higher bound.
 */
const MAX_RSS_KB_WITH_HUGE_REPORT = 640_000;

async function workbook(name: string, edit: (xml: string) => string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await withSheetXml(clean, SHEET, edit));
  return file;
}

const addRows = (rows: string) => (xml: string) => xml.replace("</sheetData>", `${rows}</sheetData>`);

describe("one far cell, merge or validation in a small file", () => {
  it.each<[string, (xml: string) => string]>([
    ["a value at XFD1048576", addRows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')],
    ["a value at XFD20000", addRows('<row r="20000"><c r="XFD20000"><v>1</v></c></row>')],
  ])(
    "%s: every unit still ranked, and a warning names the cell left out",
    async (_name, edit) => {
      const file = await workbook(`${_name.replace(/\W+/g, "-")}.xlsx`, edit);
      const run = await thidua("validate", file, "--lang", "en");
      expectAnswered(run);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /^thidua: warning: sheet "Lam Sơn" has 1 value right of column IV \(first at XFD\d+\); they are not read\n$/,
      );
      const summary = await thidua("summarize", file, "--out", path.join(dir, "far.summary.xlsx"), "--lang", "en");
      expectAnswered(summary);
      expect(summary.code).toBe(0);
    },
    120_000,
  );

  it.each<[string, (xml: string) => string]>([
    ["a merged area L1:XFD1048576", (xml) => addMergeCells(xml, ["L1:XFD1048576"])],
    [
      "a data validation over A1:XFD1048576",
      (xml) =>
        addDataValidation(xml, '<dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>'),
    ],
  ])(
    "%s: validated and summarized, and the copy keeps it as it was",
    async (name, edit) => {
      const file = await workbook(`${name.replace(/\W+/g, "-")}.xlsx`, edit);
      expect((await fs.readFile(file)).length).toBeLessThan(64 * 1024);
      const run = await thidua("validate", file, "--lang", "en");
      expectAnswered(run);
      expect(run.code).toBe(0);
      const out = path.join(dir, `${name.replace(/\W+/g, "-")}.summary.xlsx`);
      const summary = await thidua("summarize", file, "--out", out, "--lang", "en");
      expectAnswered(summary);
      expect(summary.code).toBe(0);
      const copied = sheetXml(await fs.readFile(out), SHEET)!;
      expect(copied).toContain(name.includes("merged") ? '<mergeCell ref="L1:XFD1048576"/>' : 'sqref="A1:XFD1048576"');
    },
    120_000,
  );
});

describe("many rows", () => {
  it("50,000 merged areas on 50,000 rows", async () => {
    let rows = "";
    const refs: string[] = [];
    for (let r = 41; r < 50_041; r++) {
      rows += `<row r="${r}"><c r="K${r}"><v>${r}</v></c></row>`;
      refs.push(`K${r}:L${r}`);
    }
    const file = await workbook("merges.xlsx", (xml) => addMergeCells(addRows(rows)(xml), refs));
    const run = await thidua("validate", file, "--lang", "en");
    expectAnswered(run);
    expect(run.code).toBe(0);
    const summary = await thidua("summarize", file, "--out", path.join(dir, "merges.summary.xlsx"), "--lang", "en");
    expectAnswered(summary);
  }, 180_000);

  it("130,000 repeated criterion rows: each reported, no stack overflow", async () => {
    let rows = "";
    for (let r = 41; r < 130_041; r++)
      rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>II.3</t></is></c><c r="G${r}"><v>3</v></c></row>`;
    const file = await workbook("repeated.xlsx", addRows(rows));
    const run = await thidua("validate", file, "--lang", "en");
    expectAnswered(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/130000 errors/);
    // The copy takes the input sheet's part as it is, never 130,000 rows of ExcelJS cells.
    const out = path.join(dir, "repeated.summary.xlsx");
    const summary = await thidua("summarize", file, "--out", out, "--lang", "en");
    expectAnswered(summary, MAX_RSS_KB_WITH_HUGE_REPORT);
    expect(summary.code).toBe(1);
    const cells = (xml: string) => /<sheetData[\s\S]*<\/sheetData>/.exec(xml)![0];
    expect(cells(sheetXml(await fs.readFile(out), SHEET)!)).toBe(cells(sheetXml(await fs.readFile(file), SHEET)!));
  }, 240_000);
});

describe("a zip bomb", () => {
  // 200 MB of XML in a few hundred KB, over the 100 MB cap: once with honest headers, once with
  // headers that claim 1 KB (only inflating with a cap stops that one).
  let deflated: Buffer;
  beforeAll(async () => {
    const deflate = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    const block = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < 200; i++) deflate.write(block);
    deflate.end();
    await done;
    deflated = Buffer.concat(chunks);
  }, 60_000);

  it.each([
    ["honest", 200 * 1024 * 1024],
    ["lying", 1024],
  ])(
    "with %s headers: refused in one line, exit 2",
    async (kind, declared) => {
      const entries = unzipCapped(clean, "clean");
      const bombPart = await worksheetPart(await JSZip.loadAsync(clean), SHEET);
      const file = path.join(dir, `bomb-${kind}.xlsx`);
      await fs.writeFile(
        file,
        rawZip(
          [...entries].map(([name, data]) =>
            name === bombPart
              ? { name, method: 8 as const, data: deflated, size: declared, crc: 0 }
              : { name, method: 0 as const, data, size: data.length, crc: crc32(data) },
          ),
        ),
      );
      expect((await fs.stat(file)).size).toBeLessThan(2 * 1024 * 1024);
      for (const command of ["validate", "summarize"]) {
        const run = await thidua(command, file, "--lang", "en");
        expectAnswered(run);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^thidua: .*bomb-\w+\.xlsx is too large to read: it unpacks to more than 100 MB;/);
      }
    },
    180_000,
  );
});

describe("unzipCapped", () => {
  it("stops inflating at the cap even when the headers understate the size", () => {
    const data = Buffer.alloc(10_000, 0x41);
    const bomb = rawZip([{ name: "a.xml", method: 8, data: deflateRawSync(data), size: 10, crc: 0 }]);
    expect(() => unzipCapped(bomb, "bomb.xlsx", 5_000)).toThrow(expect.objectContaining({ problem: "too-large" }));
    expect(unzipCapped(bomb, "bomb.xlsx", 20_000).get("a.xml")).toEqual(data);
  });
});
