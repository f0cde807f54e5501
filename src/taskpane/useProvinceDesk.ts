// The pane's province's desk (spec §9.3) as a small state machine: the clusters' summaries are
// picked, read and written in one action (the desk's sheets are its own, replaced whole, so there
// is no plan to confirm), then what was read, written and found is shown.
import { useCallback, useRef, useState } from "react";
import type { PaneCapabilities, ProvinceResult } from "../excel/types";
import { readPicked } from "./useSheetImport";
import { userMessage } from "./useScoringRun";

export type ProvinceState =
  { status: "idle" } | { status: "working" } | { status: "done"; result: ProvinceResult } | { status: "failed"; message: string };

export interface ProvinceDesk {
  state: ProvinceState;
  busy: boolean;
  pickSummaries(files: readonly File[]): void;
}

/** The desk over `capabilities`; `onChanged` runs after the workbook changed. */
export function useProvinceDesk(capabilities: PaneCapabilities, unexpectedError: string, onChanged: () => void): ProvinceDesk {
  const [state, setState] = useState<ProvinceState>({ status: "idle" });
  // A ref, not the state: two picks in the same tick both see the state before either re-render.
  const working = useRef(false);

  const pickSummaries = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0 || working.current) return;
      working.current = true;
      setState({ status: "working" });
      Promise.all(files.map(readPicked))
        .then((picked) => capabilities.addClusters(picked))
        .then((result) => {
          setState({ status: "done", result });
          if (result.sheets.length > 0) onChanged();
        })
        .catch((error: unknown) => setState({ status: "failed", message: userMessage(error, unexpectedError) }))
        .finally(() => {
          working.current = false;
        });
    },
    [capabilities, unexpectedError, onChanged],
  );

  return { state, busy: state.status === "working", pickSummaries };
}
