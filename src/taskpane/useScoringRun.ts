// The pane's state machine: what is running, what the last run gave, what went wrong. Components
// only render what this hook hands them, and the capabilities come in as an argument, so a test
// drives the whole pane with a fake.
import { useCallback, useRef, useState } from "react";
import type { Evaluation } from "../core";
import {
  UserFacingError,
  type ConferenceResult,
  type GenerateResult,
  type NextPeriodResult,
  type PaneCapabilities,
  type RunStage,
  type TemplateResult,
} from "../excel/types";
import { STRINGS, type PaneAction } from "./strings";

export type RunState =
  | { status: "idle" }
  | { status: "running"; action: PaneAction; stage: RunStage | null }
  | { status: "done"; action: "validate"; evaluation: Evaluation }
  | { status: "done"; action: "generate"; result: GenerateResult }
  | { status: "done"; action: "template"; result: TemplateResult }
  | { status: "done"; action: "fromWorkbook"; result: NextPeriodResult }
  | { status: "done"; action: "conference"; result: ConferenceResult }
  | { status: "failed"; action: PaneAction; message: string };

interface ScoringRun {
  state: RunState;
  /** The evaluation of the last Validate or Generate that finished; it outlives later runs and failures. */
  evaluation: Evaluation | null;
  /** Why the last issue link could not select its cell; cleared by the next selection or run. */
  selectionError: string | null;
  validate(): void;
  generate(): void;
  createTemplate(): void;
  /** Opens the next period's workbook made from this one, as a new workbook (§8.5). */
  createFromWorkbook(): void;
  /** Adds the Bình xét sheet for the year-end meeting (offered after a Generate at a year review). */
  prepareConference(): void;
  selectCell(sheet: string, cell: string): void;
}

type Finished = Extract<RunState, { status: "done" }>;

/**
 * The message to show for a failed call: a `UserFacingError` already speaks to the user; anything
 * else is a bug or an Office failure nobody mapped, so the user gets a generic sentence (never a
 * stack) and the console keeps the detail for whoever debugs it.
 */
export function userMessage(error: unknown, fallback: string): string {
  if (error instanceof UserFacingError) return error.message;
  console.error(error);
  return fallback;
}

/** Runs the pane's actions one at a time over `capabilities`. */
export function useScoringRun(capabilities: PaneCapabilities): ScoringRun {
  const strings = STRINGS[capabilities.language];
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const { state, run } = useOneRunAtATime(strings.unexpectedError, setEvaluation, setSelectionError);

  const validate = useCallback(
    () => run("validate", async (onStage) => ({ status: "done", action: "validate", evaluation: await capabilities.validate(onStage) })),
    [run, capabilities],
  );
  const generate = useCallback(
    () => run("generate", async (onStage) => ({ status: "done", action: "generate", result: await capabilities.generate(onStage) })),
    [run, capabilities],
  );
  const createTemplate = useCallback(
    () => run("template", async () => ({ status: "done", action: "template", result: await capabilities.createTemplate() })),
    [run, capabilities],
  );
  const createFromWorkbook = useCallback(
    () => run("fromWorkbook", async () => ({ status: "done", action: "fromWorkbook", result: await capabilities.createFromWorkbook() })),
    [run, capabilities],
  );
  const prepareConference = useCallback(
    () => run("conference", async () => ({ status: "done", action: "conference", result: await capabilities.prepareConference() })),
    [run, capabilities],
  );

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      setSelectionError(null);
      capabilities.selectCell(sheet, cell).catch((error: unknown) => {
        setSelectionError(userMessage(error, strings.unexpectedError));
      });
    },
    [capabilities, strings],
  );

  return { state, evaluation, selectionError, validate, generate, createTemplate, createFromWorkbook, prepareConference, selectCell };
}

/**
 * The run state and `run`, which starts an action unless one is running, reports its stages, and
 * ends in its result or its failure in words; a finished Validate or Generate sets the evaluation.
 */
function useOneRunAtATime(
  unexpectedError: string,
  setEvaluation: (evaluation: Evaluation) => void,
  setSelectionError: (message: string | null) => void,
) {
  const [state, setState] = useState<RunState>({ status: "idle" });
  // A ref, not the state: two clicks in the same tick both see the state before either re-render.
  const running = useRef(false);
  const run = useCallback(
    (action: PaneAction, work: (onStage: (stage: RunStage) => void) => Promise<Finished>) => {
      if (running.current) return;
      running.current = true;
      setSelectionError(null);
      setState({ status: "running", action, stage: null });
      const onStage = (stage: RunStage) => {
        setState((current) => (current.status === "running" && current.action === action ? { ...current, stage } : current));
      };
      work(onStage)
        .then((finished) => {
          if (finished.action === "validate") setEvaluation(finished.evaluation);
          if (finished.action === "generate") setEvaluation(finished.result.evaluation);
          setState(finished);
        })
        .catch((error: unknown) => {
          setState({ status: "failed", action, message: userMessage(error, unexpectedError) });
        })
        .finally(() => {
          running.current = false;
        });
    },
    [unexpectedError, setEvaluation, setSelectionError],
  );
  return { state, run };
}
