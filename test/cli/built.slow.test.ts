// The command line as it is built: tsc compiles it into a scratch package, then bin/thidua.js and
// the compiled main are run as a user runs them. Slow (a compile), so in the slow Jest project.
import { execFile, spawn } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { makeTempDir, removeTempDir, folderWithCopy } from "../support/xlsxWorkbooks";

const REPO = path.join(__dirname, "../..");
const EXAMPLES = path.resolve(__dirname, "../fixtures/examples");
const CLEAN = path.join(EXAMPLES, "example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-built-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh folder holding a copy of the clean example. */
const folderWithInput = (name: string) => folderWithCopy(dir, name, CLEAN);

describe("bin/thidua.js", () => {
  // A scratch folder shaped like the package (bin/, dist/, package.json), built once, so these
  // tests never race a real build of the project.
  let root: string;
  const repo = REPO;
  /** Runs the scratch package's bin/thidua.js; a non-zero exit resolves too, with its code. */
  const run = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> =>
    promisify(execFile)(process.execPath, [path.join(root, "bin", "thidua.js"), ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, NODE_PATH: path.join(repo, "node_modules"), npm_lifecycle_event: "", ...options.env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: Run) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  beforeAll(async () => {
    root = path.join(dir, "package");
    await fs.mkdir(path.join(root, "bin"), { recursive: true });
    await fs.copyFile(path.join(repo, "bin", "thidua.js"), path.join(root, "bin", "thidua.js"));
    await fs.copyFile(path.join(repo, "package.json"), path.join(root, "package.json"));
    await promisify(execFile)(process.execPath, [
      path.join(repo, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      path.join(repo, "tsconfig.cli.json"),
      "--outDir",
      path.join(root, "dist"),
    ]).catch(() => undefined);
  }, 120_000);

  it("prints help from the built command line", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toMatch(/^thidua 0\.1\.0: /);
    expect(stdout).toContain("thidua summarize <workbook.xlsx>");
  }, 60_000);

  it("reads relative paths from the folder `npm run thidua` was typed in, and names the absolute path it tried", async () => {
    const typedIn = path.join(dir, "typed-in");
    await fs.mkdir(typedIn, { recursive: true });
    await fs.copyFile(path.join(EXAMPLES, "example-clean.xlsx"), path.join(typedIn, "cum.xlsx"));
    // npm starts the script in the project root and says where the user was in INIT_CWD.
    const asNpm = { npm_lifecycle_event: "thidua", INIT_CWD: typedIn };
    const found = await run(["validate", "cum.xlsx", "--lang", "en"], { env: asNpm });
    expect(found.stdout).toContain("0 errors");
    const missing = await run(["validate", "nowhere.xlsx", "--lang", "en"], { env: asNpm });
    expect((missing as { code?: number }).code).toBe(2);
    expect(missing.stderr.trim()).toBe(`thidua: cannot find the workbook nowhere.xlsx (looked for ${path.join(typedIn, "nowhere.xlsx")})`);
    // Run directly (as `npm run demo` does), paths stay relative to the current folder.
    const direct = await run(["validate", "cum.xlsx", "--lang", "en"], { env: { INIT_CWD: typedIn } });
    expect(direct.stderr).toContain(`looked for ${path.join(root, "cum.xlsx")}`);
  }, 60_000);

  it("compiles only when a source is newer than the build", async () => {
    // A stand-in compiler that logs each call and refreshes the build, and one source file.
    const tscDir = path.join(root, "node_modules", "typescript", "bin");
    await fs.mkdir(tscDir, { recursive: true });
    const log = path.join(root, "tsc-calls.log");
    await fs.writeFile(
      path.join(tscDir, "tsc"),
      `require("fs").appendFileSync(${JSON.stringify(log)}, process.argv.slice(2).join(" ") + "\\n");\n`,
    );
    await fs.mkdir(path.join(root, "src", "core"), { recursive: true });
    const source = path.join(root, "src", "core", "score.ts");
    await fs.writeFile(source, "export {};\n");
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(source, later, later);
    const calls = async () => (await fs.readFile(log, "utf8").catch(() => "")).split("\n").filter(Boolean);

    const first = await run(["--version"]);
    expect(first.stdout.trim()).toBe("0.1.0");
    expect(await calls()).toEqual([`-p ${path.join(root, "tsconfig.cli.json")}`]);
    expect(first.stderr).toContain("compiling");
    // The build is now marked current, even against a source dated ahead of the clock: the
    // next run goes straight to the command.
    const second = await run(["--version"]);
    expect(second.stderr).toBe("");
    expect(await calls()).toHaveLength(1);
    // An edit after the build compiles again.
    const edited = new Date(later.getTime() + 60_000);
    await fs.utimes(source, edited, edited);
    await run(["--version"]);
    expect(await calls()).toHaveLength(2);
  }, 60_000);
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
