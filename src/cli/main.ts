// `thidua`: argument parsing and file I/O around the engine. Everything that decides anything
// about scores lives in src/core; this file reads, calls, writes and prints.
import * as path from "path";
import * as ExcelJS from "exceljs";
import {
  evaluateWorkbook,
  previousFromReport,
  readPreviousSummary,
  CONFERENCE_SHEET_LABELS,
  findSheet,
  buildConferenceSheet,
  buildOutputSheets,
  OUTPUT_SHEET_NAMES,
  readyForConference,
  periodName,
  readSetup,
  sameName,
} from "../core";
import type { Evaluation, Language, PreviousPeriod } from "../core";
import { isXlsxFileError, XlsxFileError } from "../xlsx/errors";
import { readWorkbookBytes, readWorkbookFile, type ReadWarning } from "../xlsx/read";
import { readReportPart } from "../xlsx/reportPart";
import { commitStaged, discardStaged, removeLiveTemporaries, sameAsAny, sameFile, stageFile, writeFileAtomically } from "../xlsx/files";
import { applySheetLayout, summaryWorkbookBytes, writeWorkbookFile } from "../xlsx/write";
import { parseArgs, type Command } from "./args";
import { countIssues, formatConferenceErrors, formatDecisions, formatIssues, formatPapers, formatRanking, terminalText } from "./format";
import { version } from "./help";
import { importFiles } from "./importCommand";
import { province } from "./provinceCommand";
import { EXIT_ERRORS, EXIT_NOTHING_DONE, EXIT_OK, Failure, refuseUnwritableSheetNames, today, type CliIo, type Spoken } from "./outcome";
import { CLI_TEXT, type CliText, type FileRole } from "./messages";
import { prepareTemplate, TemplateInputError, templateLanguage } from "./template";
import { templateFrom, TemplateRefusal } from "./templateFrom";

/**
 * Runs one command line (the arguments after `thidua`) and returns the exit code.
 * @example await main(["validate", "cum18.xlsx"], { stdout: console.log, stderr: console.error })
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(io, CLI_TEXT[parsed.language ?? "en"].usage(parsed.problem));
  const command = parsed.command;
  // The language failures are told in: --lang, else the workbook's once it has been read (a
  // command sets it), else English; a template speaks its own language from the start.
  const spoken: Spoken = { language: ("language" in command ? command.language : null) ?? "en" };
  if (command.kind === "template") spoken.language = templateLanguage(command);
  const roles = fileRoles(command);
  try {
    switch (command.kind) {
      case "help":
        io.stdout(CLI_TEXT[spoken.language].help(command.topic, version()));
        return EXIT_OK;
      case "version":
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case "summarize":
        return await summarize(command, io, spoken);
      case "validate":
        return await validate(command, io, spoken);
      case "template":
        if (command.from === undefined) return await template(command, io);
        io.stdout(`${(await templateFrom(command, command.from, spoken)).map(terminalText).join("\n")}\n`);
        return EXIT_OK;
      case "conference":
        return await conference(command, io);
      case "import":
        return await importFiles(command, io, spoken);
      case "province":
        return await province(command, io, spoken);
    }
  } catch (error) {
    const language = spoken.language;
    if (error instanceof Failure || error instanceof TemplateRefusal) return fail(io, error.message);
    if (isXlsxFileError(error)) return fail(io, CLI_TEXT[language].file(error, roles.get(error.path) ?? "workbook"));
    if (error instanceof TemplateInputError) {
      const text = CLI_TEXT[language];
      if (error.role === "template") return fail(io, text.templateFailed(error.where ? `${error.where}: ${error.message}` : error.message));
      return fail(io, text.setupFileInvalid(error.role, roles.inverse(error.role) ?? "", error.where, error.message, error.more));
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fail(io, CLI_TEXT[language].internal(detail.split("\n")[0]));
  }
}

function fail(io: CliIo, message: string): number {
  io.stderr(`thidua: ${terminalText(message.replace(/\s*\n\s*/g, " "))}\n`);
  return EXIT_NOTHING_DONE;
}

/** Which file a path is to the command, to word a file problem. */
function fileRoles(command: Command): { get(path: string): FileRole | undefined; inverse(role: FileRole): string | undefined } {
  const pairs: Array<[string | null, FileRole]> =
    command.kind === "summarize"
      ? [
          [command.workbook, "workbook"],
          [command.out ?? defaultOutput(command.workbook), "output"],
          [command.json, "json"],
          [command.previous ?? null, "previous"],
        ]
      : command.kind === "validate"
        ? [
            [command.workbook, "workbook"],
            [command.json, "json"],
            [command.previous ?? null, "previous"],
          ]
        : command.kind === "template"
          ? [
              [command.criteria, "criteria"],
              [command.units, "units"],
              [command.from ?? null, "workbook"],
              [command.out, "output"],
            ]
          : command.kind === "conference"
            ? [
                [command.workbook, "workbook"],
                [command.out, "output"],
              ]
            : command.kind === "import"
              ? [
                  [command.workbook, "workbook"],
                  [command.out, "output"],
                  ...command.files.map((file): [string, FileRole] => [file, "unit-file"]),
                ]
              : [];
  const present = pairs.filter((pair): pair is [string, FileRole] => pair[0] !== null);
  return {
    get: (file) => present.find(([p]) => p === file)?.[1],
    inverse: (role) => present.find(([, r]) => r === role)?.[0],
  };
}

/** `cum18.xlsx` → `cum18.summary.xlsx` beside it. */
function defaultOutput(workbook: string): string {
  const parsed = path.parse(workbook);
  return path.join(parsed.dir, `${parsed.name}.summary.xlsx`);
}

function clockTime(io: CliIo): { time?: { hour: number; minute: number } } {
  if (io.now) return { time: io.now() };
  if (io.today) return {};
  const now = new Date();
  return { time: { hour: now.getHours(), minute: now.getMinutes() } };
}

/** Every name an output sheet has had, so a run in English also replaces a Vietnamese summary. */
const ALL_OUTPUT_SHEETS = [...Object.values(OUTPUT_SHEET_NAMES.vi), ...Object.values(OUTPUT_SHEET_NAMES.en)];

async function summarize(command: Extract<Command, { kind: "summarize" }>, io: CliIo, spoken: Spoken): Promise<number> {
  const messages = CLI_TEXT[command.language ?? "en"];
  const output = command.out ?? defaultOutput(command.workbook);
  if (await sameFile(command.workbook, output)) throw new Failure(messages.file(new XlsxFileError("same-file", output), "output"));
  // Last period's summary (--previous) is an input too: never written over.
  if (await sameAsAny(output, [command.previous])) throw new Failure(messages.outputIsInput(output));
  if (command.json !== null && (await sameAsAny(command.json, [command.workbook, command.previous, output]))) {
    throw new Failure(messages.jsonIsInput(command.json));
  }
  const previous = await readPrevious(command.previous, command.language);
  const evaluation = await evaluateFile(command.workbook, command.language, io, output, false, previous?.period ?? null);
  const language = command.language ?? evaluation.report.language;
  spoken.language = language;
  const text = CLI_TEXT[language];
  warnOfOtherCluster(previous, evaluation, io, text);
  const layouts = buildOutputSheets(evaluation, {
    date: today(io),
    ...clockTime(io),
    ...(command.language ? { language: command.language } : {}),
  });
  // Both files are written beside their targets first and moved into place together: when the
  // JSON cannot be written, the workbook is not left behind either (exit 2 means nothing done).
  const staged = [
    await stageFile(
      output,
      await summaryWorkbookBytes(command.workbook, layouts, {
        replaceSheets: ALL_OUTPUT_SHEETS,
        keepSheets: evaluation.report.units.map((unit) => unit.sheet),
        // The report travels with the summary (§9.1): programs read it, not the sheets.
        report: evaluation.report,
      }),
    ),
  ];
  if (command.json !== null) {
    try {
      staged.push(await stageFile(command.json, reportJson(evaluation)));
    } catch (error) {
      await discardStaged(staged);
      throw error;
    }
  }
  await commitStaged(staged);

  // After the ranking (§8.2): the decisions, or the Conference sheet's errors that void them.
  const ranking = formatRanking(evaluation.report, language, evaluation.settings);
  const lines = [...ranking.slice(0, -1), ...formatDecisions(evaluation.report, language, evaluation.settings)];
  lines.push(...formatConferenceErrors(evaluation, language), ...ranking.slice(-1), text.wrote(output), ...formatPapers(layouts, language));
  if (command.json !== null) lines.push(text.wrote(command.json));
  io.stdout(`${lines.map(terminalText).join("\n")}\n`);
  return exitCode(evaluation);
}

async function validate(command: Extract<Command, { kind: "validate" }>, io: CliIo, spoken: Spoken): Promise<number> {
  const messages = CLI_TEXT[command.language ?? "en"];
  if (command.json !== null && (await sameAsAny(command.json, [command.workbook, command.previous]))) {
    throw new Failure(messages.jsonIsInput(command.json));
  }
  const previous = await readPrevious(command.previous, command.language);
  const evaluation = await evaluateFile(command.workbook, command.language, io, null, true, previous?.period ?? null);
  const language = command.language ?? evaluation.report.language;
  spoken.language = language;
  warnOfOtherCluster(previous, evaluation, io, CLI_TEXT[language]);
  if (command.json !== null) await writeJson(command.json, evaluation);
  const lines = formatIssues(evaluation, language);
  if (command.json !== null) lines.push(CLI_TEXT[language].wrote(command.json));
  io.stdout(`${lines.map(terminalText).join("\n")}\n`);
  return exitCode(evaluation);
}

async function template(command: Extract<Command, { kind: "template" }>, io: CliIo): Promise<number> {
  const language = templateLanguage(command);
  const text = CLI_TEXT[language];
  for (const input of [command.criteria, command.units]) {
    if (input !== null && (await sameFile(input, command.out))) throw new Failure(text.outputIsInput(command.out));
  }
  const year = today(io).year;
  const { layouts, units, period, reviewKind } = await prepareTemplate({
    criteriaPath: command.criteria,
    unitsPath: command.units,
    language: command.language,
    period: command.period,
    year,
    reviewKind: command.reviewKind,
    messageLanguage: language,
    unitsProblemText: (problem) => text.unitsProblem(problem),
    kindDisagreesText: (period) => text.kindDisagrees(period),
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  for (const layout of layouts) await applySheetLayout(workbook, layout);
  await writeWorkbookFile(workbook, command.out);
  const other = command.period === null ? periodName(reviewKind === "year" ? "half-year" : "year", year) : null;
  const periodLine = text.templatePeriod(period, reviewKind, other);
  io.stdout(`${text.templateMade(units)}\n${periodLine}\n${text.wrote(command.out)}\n`);
  return EXIT_OK;
}

/**
 * A copy of a ranked year workbook with a Bình xét sheet for the meeting (spec §7.4): nothing is
 * written when the workbook already has one, or when the ranking is not ready for a vote.
 */
async function conference(command: Extract<Command, { kind: "conference" }>, io: CliIo): Promise<number> {
  const messages = CLI_TEXT[command.language ?? "en"];
  if (await sameFile(command.workbook, command.out))
    throw new Failure(messages.file(new XlsxFileError("same-file", command.out), "output"));
  const snapshot = await readWorkbookFile(command.workbook);
  const evaluation = evaluateWorkbook(snapshot, command.language ? { language: command.language } : {});
  const text = CLI_TEXT[command.language ?? evaluation.report.language];
  refuseUnwritableSheetNames(snapshot, command.workbook, text);
  const existing = findSheet(snapshot, CONFERENCE_SHEET_LABELS);
  if (existing) {
    io.stdout(`${terminalText(text.conferenceExists(existing.name))}\n`);
    return EXIT_OK;
  }
  if (!readyForConference(evaluation)) {
    throw new Failure(text.conferenceNotReady(evaluation.report.reviewKind === "half-year" ? "half-year" : "incomplete"));
  }
  const layout = buildConferenceSheet(evaluation);
  await writeFileAtomically(command.out, await summaryWorkbookBytes(command.workbook, [layout], { inputSheets: true }));
  const units = evaluation.report.units.filter((u) => u.status === "ranked").length;
  io.stdout(`${terminalText(text.conferenceAdded(layout.name, units))}\n${terminalText(text.wrote(command.out))}\n`);
  return EXIT_OK;
}

/**
 * Reads and evaluates a workbook, printing the reader's warnings; `output` is the summarized
 * copy's path when there is one (only then do dropped macros matter).
 */
async function evaluateFile(
  file: string,
  language: Language | null,
  io: CliIo,
  output: string | null = null,
  checkSummary = false,
  previous: PreviousPeriod | null = null,
): Promise<Evaluation> {
  const warnings: ReadWarning[] = [];
  const snapshot = await readWorkbookFile(file, { onWarning: (warning) => warnings.push(warning) });
  const evaluation = evaluateWorkbook(snapshot, { ...(language ? { language } : {}), checkSummary, ...(previous ? { previous } : {}) });
  // Worded in the run's language, which is known only once the workbook is read.
  const text = CLI_TEXT[language ?? evaluation.report.language];
  if (output !== null) refuseUnwritableSheetNames(snapshot, file, text);
  for (const warning of warnings) {
    if (warning.kind === "cells-beyond-columns") io.stderr(`thidua: ${terminalText(text.readWarning(warning))}\n`);
    else if (output !== null) io.stderr(`thidua: ${terminalText(text.macrosDropped(file, output))}\n`);
  }
  return evaluation;
}

/** `--previous` as read: last period's standings, the file, and its cluster's name. */
interface PreviousFile {
  file: string;
  period: PreviousPeriod;
  cluster: string | null;
}

/**
 * Last period's standings from `--previous`: from the report the summary carries (§9.1), else (a
 * summary made before version 3) from its Summary sheet's layout; a workbook with neither stops the run.
 */
async function readPrevious(file: string | undefined, language: Language | null): Promise<PreviousFile | null> {
  if (file === undefined) return null;
  const report = readReportPart(await readWorkbookBytes(file), file);
  if (report !== null) return { file, period: previousFromReport(report), cluster: report.cluster };
  const snapshot = await readWorkbookFile(file);
  const period = readPreviousSummary(snapshot);
  if (period === null) throw new Failure(CLI_TEXT[language ?? "en"].noPreviousSummary(file));
  return { file, period, cluster: readSetup(snapshot).settings.clusterName };
}

/**
 * A `--previous` of another cluster would add nothing and say nothing (issue 19 §8): a warning
 * when it matches no unit of the run, or names another cluster.
 */
function warnOfOtherCluster(previous: PreviousFile | null, evaluation: Evaluation, io: CliIo, text: CliText): void {
  if (previous === null) return;
  const units = evaluation.report.units;
  const matchedNone = units.length > 0 && units.every((unit) => unit.previous == null);
  const ours = evaluation.report.cluster;
  const other = previous.cluster !== null && ours !== null && !sameName(previous.cluster, ours) ? previous.cluster : null;
  if (matchedNone || other !== null) io.stderr(`thidua: ${terminalText(text.previousMismatch(previous.file, other, matchedNone))}\n`);
}

async function writeJson(file: string, evaluation: Evaluation): Promise<void> {
  await writeFileAtomically(file, reportJson(evaluation));
}

function reportJson(evaluation: Evaluation): string {
  return `${JSON.stringify(evaluation.report, null, 2)}\n`;
}

/** 1 when anything is an error, a unit's or the Criteria or Settings sheet's (then no unit is ranked). */
function exitCode(evaluation: Evaluation): number {
  return countIssues(evaluation.report).errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Entry point of bin/thidua.js: real streams, real exit code, never a stack trace. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // Ctrl-C or a kill while a file is being written: remove the temporary files, then stop with the
  // shell's usual status for the signal (128 + its number).
  for (const [signal, status] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      removeLiveTemporaries();
      process.exit(status);
    });
  }
  main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`thidua: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_NOTHING_DONE;
    },
  );
}
