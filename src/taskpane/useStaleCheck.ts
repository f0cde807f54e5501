// Whether the workbook's Summary is out of date (`summary-stale`, issue 13 §2), checked without a
// word on opening the pane and after each run that may have changed the data: Validate answers it
// itself; a Generate has just made the summary from the current data; anything else (a new
// workbook, sheets brought in from files) is followed by a quiet check, the Validate capability
// run with no progress shown and its failures ignored.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Evaluation } from "../core";
import type { PaneCapabilities } from "../excel/types";
import type { RunState } from "./useScoringRun";

const isStale = (evaluation: Evaluation) => evaluation.report.issues.some((i) => i.rule === "summary-stale");

export function useStaleCheck(capabilities: PaneCapabilities, state: RunState): { stale: boolean; checkQuietly(): void } {
  const [stale, setStale] = useState(false);
  // A quiet check that answers after a later run must not undo what that run found.
  const latest = useRef(0);

  const checkQuietly = useCallback(() => {
    const ticket = ++latest.current;
    capabilities.validate().then(
      (evaluation) => {
        if (ticket === latest.current) setStale(isStale(evaluation));
      },
      () => undefined,
    );
  }, [capabilities]);

  useEffect(checkQuietly, [checkQuietly]);

  useEffect(() => {
    if (state.status !== "done") return;
    if (state.action === "validate") {
      latest.current++;
      setStale(isStale(state.evaluation));
    } else if (state.action === "generate") {
      latest.current++;
      setStale(false);
    } else {
      checkQuietly();
    }
  }, [state, checkQuietly]);

  return { stale, checkQuietly };
}
