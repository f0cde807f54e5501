// `thidua import` (issue 13 §1): units' own files into a copy of the cluster workbook. The plan is
// the core's; this file reads the files, prints the plan and writes the copy. Before planning, a
// unit file that is the cluster workbook itself is refused by name, and a path given twice is read
// once (issue 19 §8: both gave plans and final lines that disagreed).
import * as path from "path";
import { importPlanLines, planImport, readSetup } from "../core";
import type { Command } from "./args";
import { terminalText } from "./format";
import { CLI_TEXT, type CliText } from "./messages";
import { EXIT_ERRORS, EXIT_OK, Failure, refuseUnwritableSheetNames, type CliIo, type Spoken } from "./outcome";
import { sameFile, writeFileAtomically } from "../xlsx/files";
import { importedWorkbookBytes, readIncomingFile } from "../xlsx/import";
import { readWorkbookFile } from "../xlsx/read";

/**
 * A copy of the cluster workbook with the units' sheets from their own files: prints the plan,
 * then writes `--out`. Exit 0 when every file was taken, 1 when some file or line was skipped,
 * 2 when nothing could be imported (then nothing is written).
 */
export async function importFiles(command: Extract<Command, { kind: "import" }>, io: CliIo, spoken: Spoken): Promise<number> {
  const messages = CLI_TEXT[command.language ?? "en"];
  for (const input of [command.workbook, ...command.files]) {
    if (await sameFile(input, command.out)) throw new Failure(messages.outputIsInput(command.out));
  }
  const cluster = await readWorkbookFile(command.workbook);
  const language = command.language ?? readSetup(cluster).language;
  spoken.language = language;
  const text = CLI_TEXT[language];
  refuseUnwritableSheetNames(cluster, command.workbook, text);
  const { paths, refused } = await distinctUnitFiles(command.workbook, command.files, io, text);
  const files = [];
  for (const file of paths) files.push({ name: path.basename(file), sheets: (await readIncomingFile(file))?.sheets ?? null });
  const plan = planImport(cluster, files, language);
  const lines = [text.importPlanHeading, ...importPlanLines(plan, language).map((line) => `  ${line}`)];
  io.stdout(`${lines.map(terminalText).join("\n")}\n`);
  if (plan.entries.length === 0) throw new Failure(text.nothingToImport);
  await writeFileAtomically(command.out, await importedWorkbookBytes(command.workbook, paths, plan));
  const skipped = plan.skipped.length + refused;
  io.stdout(`${terminalText(text.imported(plan.entries.length, skipped))}\n${terminalText(text.wrote(command.out))}\n`);
  return skipped > 0 ? EXIT_ERRORS : EXIT_OK;
}

/**
 * The unit files to read: each file once (a path given twice, or two paths to one file, is said
 * once on stderr), never the cluster workbook itself (refused by name on stderr: importing it would
 * replace every unit's sheet with an identical copy and keep the old one as `(cũ 1)`).
 */
async function distinctUnitFiles(
  workbook: string,
  files: readonly string[],
  io: CliIo,
  text: CliText,
): Promise<{ paths: string[]; refused: number }> {
  const paths: string[] = [];
  const warned = new Set<string>();
  let refused = 0;
  for (const file of files) {
    if (await sameFile(file, workbook)) {
      if (!warned.has(file)) io.stderr(`thidua: ${terminalText(text.unitFileIsWorkbook(file))}\n`);
      if (!warned.has(file)) refused++;
      warned.add(file);
      continue;
    }
    let first: string | null = null;
    for (const kept of paths) if (first === null && (await sameFile(file, kept))) first = kept;
    if (first === null) {
      paths.push(file);
    } else if (!warned.has(first)) {
      warned.add(first);
      io.stderr(`thidua: ${terminalText(text.unitFileTwice(first))}\n`);
    }
  }
  return { paths, refused };
}
