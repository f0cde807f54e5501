/** @jest-environment jsdom */
import "./setup";
import { act, renderHook } from "@testing-library/react";
import type { Evaluation } from "../../src/core/model/types";
import { UserFacingError, type GenerateResult, type RunStage } from "../../src/excel/types";
import { userMessage, useScoringRun } from "../../src/taskpane/useScoringRun";
import { deferred, evaluation, fakeCapabilities, issue, unit } from "../support/paneBuilders";

function hook(capabilities = fakeCapabilities()) {
  return { capabilities, ...renderHook(() => useScoringRun(capabilities)) };
}

describe("useScoringRun", () => {
  it("starts idle, with no evaluation", () => {
    const { result } = hook();
    expect(result.current.state).toEqual({ status: "idle" });
    expect(result.current.evaluation).toBeNull();
  });

  it("runs one action at a time, even when asked twice in the same tick", async () => {
    const capabilities = fakeCapabilities();
    const pending = deferred<Evaluation>();
    capabilities.validate.mockReturnValue(pending.promise);
    const { result } = hook(capabilities);
    act(() => {
      result.current.validate();
      result.current.generate();
      result.current.validate();
    });
    expect(capabilities.validate).toHaveBeenCalledTimes(1);
    expect(capabilities.generate).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({ status: "running", action: "validate", stage: null });
    await act(async () => pending.resolve(evaluation()));
    await act(async () => result.current.generate());
    expect(capabilities.generate).toHaveBeenCalledTimes(1);
  });

  it("follows the stages the run reports", () => {
    const capabilities = fakeCapabilities();
    let report: ((stage: RunStage) => void) | undefined;
    capabilities.generate.mockImplementation((onStage) => {
      report = onStage;
      return deferred<GenerateResult>().promise;
    });
    const { result } = hook(capabilities);
    act(() => result.current.generate());
    act(() => report?.("writing"));
    expect(result.current.state).toEqual({ status: "running", action: "generate", stage: "writing" });
  });

  it("ignores a stage reported after the run finished", async () => {
    const capabilities = fakeCapabilities();
    let report: ((stage: RunStage) => void) | undefined;
    const done = evaluation();
    capabilities.validate.mockImplementation(async (onStage) => {
      report = onStage;
      return done;
    });
    const { result } = hook(capabilities);
    await act(async () => result.current.validate());
    act(() => report?.("checking"));
    expect(result.current.state).toEqual({ status: "done", action: "validate", evaluation: done });
  });

  it("keeps the evaluation from Generate as the last one", async () => {
    const capabilities = fakeCapabilities();
    const generated = evaluation({ cluster: "from generate" });
    capabilities.generate.mockResolvedValue({ evaluation: generated, summarySheet: "Summary", skipped: [] });
    const { result } = hook(capabilities);
    await act(async () => result.current.generate());
    expect(result.current.evaluation).toBe(generated);
  });

  it.each([
    [
      "a template is created",
      (c: ReturnType<typeof fakeCapabilities>) =>
        c.createTemplate.mockResolvedValue({ sheets: ["Criteria"], period: "Năm 2024", skipped: [] }),
      "template",
    ],
    ["Generate fails", (c: ReturnType<typeof fakeCapabilities>) => c.generate.mockRejectedValue(new UserFacingError("no")), "generate"],
  ] as const)("keeps the last evaluation when %s", async (_when, arrange, action) => {
    const capabilities = fakeCapabilities();
    const validated = evaluation({ units: [unit("A", "A", {}, [issue()])] });
    capabilities.validate.mockResolvedValue(validated);
    arrange(capabilities);
    const { result } = hook(capabilities);
    await act(async () => result.current.validate());
    await act(async () => (action === "template" ? result.current.createTemplate() : result.current.generate()));
    expect(result.current.state).toMatchObject({ action });
    expect(result.current.evaluation).toBe(validated);
  });

  it("reports a failure with the action that failed", async () => {
    const capabilities = fakeCapabilities();
    capabilities.createTemplate.mockRejectedValue(new UserFacingError("The sheet 'Criteria' already exists."));
    const { result } = hook(capabilities);
    await act(async () => result.current.createTemplate());
    expect(result.current.state).toEqual({ status: "failed", action: "template", message: "The sheet 'Criteria' already exists." });
  });

  it("clears a selection error when a run starts", async () => {
    const capabilities = fakeCapabilities();
    capabilities.selectCell.mockRejectedValue(new UserFacingError("gone"));
    const { result } = hook(capabilities);
    await act(async () => result.current.selectCell("A", "B2"));
    expect(result.current.selectionError).toBe("gone");
    await act(async () => result.current.validate());
    expect(result.current.selectionError).toBeNull();
  });
});

describe("userMessage", () => {
  it("passes a UserFacingError's sentence through", () => {
    expect(userMessage(new UserFacingError("Excel is busy."), "generic")).toBe("Excel is busy.");
  });

  it.each([new Error("stack trace here"), "a string", { code: "GeneralException" }, undefined])(
    "turns %p into the generic sentence and logs it",
    (error) => {
      const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
      expect(userMessage(error, "generic")).toBe("generic");
      expect(log).toHaveBeenCalledWith(error);
      log.mockRestore();
    },
  );
});
