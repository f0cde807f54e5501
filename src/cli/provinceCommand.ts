// `thidua province` (spec §9.3): the province's desk on the command line. The checks and the
// sheets are the core's (evaluateProvince); this file finds the summaries (files and folders),
// reads the report each carries in its custom XML part (§9.1) and whether its summary is stale,
// reads the province's own workbook when --out already exists (the council's votes), prints
// what it found and writes --out and --json, each through a temporary file.
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { clusterInputOf, evaluateProvince, type ClusterInput, type ProvinceIssue, type WorkbookSnapshot } from "../core";
import type { Command } from "./args";
import { terminalText } from "./format";
import { CLI_TEXT } from "./messages";
import { EXIT_ERRORS, EXIT_OK, Failure, today, type CliIo, type Spoken } from "./outcome";
import { sameFile, writeFileAtomically } from "../xlsx/files";
import { readWorkbookBytes, readWorkbookFile } from "../xlsx/read";
import { readReportPart } from "../xlsx/reportPart";
import { applySheetLayout, summaryWorkbookBytes, workbookBytes } from "../xlsx/write";

const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm"];

/**
 * Reads every summary given, runs the desk and writes the province's workbook. Exit 0 when no
 * issue is an error, 1 when some is (a file without a report, a council vote that voids the
 * decisions), 2 when no cluster could be read (then nothing is written).
 */
export async function province(command: Extract<Command, { kind: "province" }>, io: CliIo, spoken: Spoken): Promise<number> {
  const files = await summaryFiles(command.inputs);
  const messages = CLI_TEXT[command.language ?? "en"];
  for (const file of [...files, ...command.inputs]) {
    if (await sameFile(file, command.out)) throw new Failure(messages.outputIsInput(command.out));
    if (command.json !== null && (await sameFile(file, command.json))) throw new Failure(messages.jsonIsInput(command.json));
  }
  const inputs: ClusterInput[] = [];
  for (const file of files) inputs.push(await clusterInput(file));
  const provinceBook: WorkbookSnapshot = existsSync(command.out) ? await readWorkbookFile(command.out) : { sheets: [] };
  const run = evaluateProvince(inputs, provinceBook, { date: today(io), ...(command.language ? { language: command.language } : {}) });
  const language = run.report.language;
  spoken.language = language;
  const text = CLI_TEXT[language];
  const lines = run.report.issues.map(issueLine);
  io.stdout(`${[text.provinceRead(run.clusters.length, run.nominations.length, files.length), ...lines].map(terminalText).join("\n")}\n`);
  if (run.clusters.length === 0) throw new Failure(text.provinceNothingRead);

  await writeFileAtomically(command.out, await provinceBytes(command.out, run.layouts, existsSync(command.out)));
  io.stdout(`${terminalText(text.wrote(command.out))}\n`);
  if (command.json !== null) {
    await writeFileAtomically(command.json, `${JSON.stringify(run.report, null, 2)}\n`);
    io.stdout(`${terminalText(text.wrote(command.json))}\n`);
  }
  return run.report.issues.some((i) => i.severity === "error") ? EXIT_ERRORS : EXIT_OK;
}

/** The workbooks to read, in the order given: a folder gives its workbooks by name (not Excel's `~$` lock files). */
async function summaryFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat === null || !stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input)).filter(
      (n) => WORKBOOK_EXTENSIONS.includes(path.extname(n).toLowerCase()) && !n.startsWith("~$"),
    );
    files.push(...names.sort().map((n) => path.join(input, n)));
  }
  return files;
}

/** One summary: the report its part carries (null without one), and whether its data changed after (core's clusterInputOf). */
async function clusterInput(file: string): Promise<ClusterInput> {
  const report = readReportPart(await readWorkbookBytes(file), file);
  return clusterInputOf(path.basename(file), report, report === null ? null : await readWorkbookFile(file));
}

/** `file: message`, or `sheet!cell: message`, as validate prints a place. */
function issueLine(issue: ProvinceIssue): string {
  const place = issue.file ?? (issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}` : "");
  return `  ${issue.severity === "error" ? "✗" : "!"} ${place}: ${issue.message}`;
}

/** The province's workbook: the desk's sheets replacing their older selves in --out, or a new workbook. */
async function provinceBytes(out: string, layouts: Parameters<typeof applySheetLayout>[1][], exists: boolean): Promise<Buffer> {
  if (exists) return summaryWorkbookBytes(out, layouts);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  for (const layout of layouts) await applySheetLayout(workbook, layout);
  return workbookBytes(workbook);
}
