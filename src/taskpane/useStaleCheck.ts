// Whether the workbook's Summary is out of date (`summary-stale`, issue 13 §2), checked without a
// word on opening the pane and after each run that may have changed the data: Validate answers it
// itself; a Generate has just made the summary from the current data; anything else (a new
// workbook, sheets brought in from files) is followed by a quiet check, the Validate capability
// run with no progress shown and its failures ignored. The same reading says whether the
// workbook is a cluster's at all: one without cluster sheets (no Criteria sheet, no unit) is
// offered the province's desk (§9.3) instead.
import { useCallback, useEffect, useRef, useState } from "react";
import { withoutClusterSheets, type Evaluation } from "../core";
import type { PaneCapabilities } from "../excel/types";
import type { RunState } from "./useScoringRun";

const isStale = (evaluation: Evaluation) => evaluation.report.issues.some((i) => i.rule === "summary-stale");

interface WorkbookCheck {
  stale: boolean;
  /** The last reading found no cluster sheets: the province's desk is offered. */
  provinceDesk: boolean;
  checkQuietly(): void;
}

export function useStaleCheck(capabilities: PaneCapabilities, state: RunState): WorkbookCheck {
  const [stale, setStale] = useState(false);
  const [provinceDesk, setProvinceDesk] = useState(false);
  const seen = useCallback((evaluation: Evaluation) => {
    setStale(isStale(evaluation));
    setProvinceDesk(withoutClusterSheets(evaluation));
  }, []);
  // A quiet check that answers after a later run must not undo what that run found.
  const latest = useRef(0);

  const checkQuietly = useCallback(() => {
    const ticket = ++latest.current;
    capabilities.validate().then(
      (evaluation) => {
        if (ticket === latest.current) seen(evaluation);
      },
      () => undefined,
    );
  }, [capabilities, seen]);

  useEffect(checkQuietly, [checkQuietly]);

  useEffect(() => {
    if (state.status !== "done") return;
    if (state.action === "validate") {
      latest.current++;
      seen(state.evaluation);
    } else if (state.action === "generate") {
      latest.current++;
      setStale(false);
      setProvinceDesk(withoutClusterSheets(state.result.evaluation));
    } else {
      checkQuietly();
    }
  }, [state, checkQuietly, seen]);

  return { stale, provinceDesk, checkQuietly };
}
