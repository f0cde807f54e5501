// Exit codes and files tell the truth: exit 2 ("nothing done") leaves no output behind, and an
// interrupted run leaves no temporary files; a later run removes those a killed run left.
import { promises as fs } from "fs";
import * as path from "path";
import { thidua } from "../support/cli";
import { makeTempDir, removeTempDir, folderWithCopy } from "../support/xlsxWorkbooks";

const CLEAN = path.join(__dirname, "..", "fixtures", "examples", "example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-files-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** A fresh folder holding a copy of the clean example. */
const folderWithInput = (name: string) => folderWithCopy(dir, name, CLEAN);

describe("summarize --json that cannot be written", () => {
  it.each([
    ["is a folder", async (folder: string) => fs.mkdir(path.join(folder, "report.json")).then(() => path.join(folder, "report.json"))],
    [
      "is under a file",
      async (folder: string) => fs.writeFile(path.join(folder, "plain"), "x").then(() => path.join(folder, "plain", "report.json")),
    ],
  ])("when the report path %s: exit 2 and no workbook written either", async (_name, makeJsonPath) => {
    const { folder, input } = await folderWithInput(`json-${_name.replace(/\W+/g, "-")}`);
    const json = await makeJsonPath(folder);
    const out = path.join(folder, "out.xlsx");
    const run = await thidua("summarize", input, "--out", out, "--json", json, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^thidua: cannot write .*report\.json \(\w+\); nothing was written there\n$/);
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
    expect((await fs.readdir(folder)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("temporary files", () => {
  it("a later run removes those a killed run left, and keeps a running process's", async () => {
    const { folder, input } = await folderWithInput("stale");
    // A pid far above any Linux pid_max is never running.
    const stale = path.join(folder, ".out.xlsx.thidua-99999999-1700000000000.tmp");
    const live = path.join(folder, `.out.xlsx.thidua-${process.pid}-1700000000000.tmp`);
    const foreign = path.join(folder, ".out.xlsx.12345.1700000000000.tmp");
    for (const file of [stale, live, foreign]) await fs.writeFile(file, "partial");
    const run = await thidua("summarize", input, "--out", path.join(folder, "out.xlsx"), "--lang", "en");
    expect(run.code).toBe(0);
    const left = await fs.readdir(folder);
    expect(left).not.toContain(path.basename(stale));
    expect(left).toContain(path.basename(live));
    // Not named by thidua: someone else's, never touched.
    expect(left).toContain(path.basename(foreign));
  });
});
