// Exit codes and files tell the truth: exit 2 ("nothing done") leaves no output behind, and an
// interrupted run leaves no temporary files; a later run removes those a killed run left.
import { execFile, spawn } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { thidua } from "./helpers/cli";
import { makeTempDir, removeTempDir } from "./helpers/xlsxWorkbooks";

const REPO = path.join(__dirname, "..");
const CLEAN = path.join(__dirname, "fixtures", "examples", "example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-files-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** A fresh folder holding a copy of the clean example. */
async function folderWithInput(name: string): Promise<{ folder: string; input: string }> {
  const folder = path.join(dir, name);
  await fs.mkdir(folder, { recursive: true });
  const input = path.join(folder, "cum.xlsx");
  await fs.copyFile(CLEAN, input);
  return { folder, input };
}

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

  describe("on SIGINT and SIGTERM during the write", () => {
    let dist: string;
    beforeAll(async () => {
      dist = path.join(dir, "dist");
      await promisify(execFile)(process.execPath, [
        path.join(REPO, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        path.join(REPO, "tsconfig.cli.json"),
        "--outDir",
        dist,
      ]).catch(() => undefined);
    }, 180_000);

    it.each([
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const)(
      "%s: exit %d, and neither the output, the report nor any temporary file is left",
      async (signal, status) => {
        const { folder, input } = await folderWithInput(`signal-${signal}`);
        const child = spawn(
          process.execPath,
          [
            "-e",
            `require(${JSON.stringify(path.join(dist, "src", "cli", "main.js"))}).run(process.argv.slice(1))`,
            "summarize",
            input,
            "--out",
            "out.xlsx",
            "--json",
            "r.json",
          ],
          {
            cwd: folder,
            env: { ...process.env, NODE_PATH: path.join(REPO, "node_modules"), THIDUA_TEST_HOLD_STAGED_MS: "60000" },
            stdio: "ignore",
          },
        );
        const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
        // Wait until both staged files are on disk (the run then holds them), and interrupt it.
        for (;;) {
          const temporaries = (await fs.readdir(folder)).filter((name) => name.endsWith(".tmp"));
          if (temporaries.length === 2) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        child.kill(signal);
        expect(await exited).toBe(status);
        expect((await fs.readdir(folder)).sort()).toEqual(["cum.xlsx"]);
      },
      120_000,
    );
  });
});
