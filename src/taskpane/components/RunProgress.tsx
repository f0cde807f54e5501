import { Spinner } from "@fluentui/react-components";
import type { RunState } from "../useScoringRun";
import type { PaneStrings } from "../strings";

interface RunProgressProps {
  strings: PaneStrings;
  state: RunState;
}

/** A spinner with the stage the run has reached, while one works. */
export function RunProgress({ strings, state }: RunProgressProps) {
  // The live region stays in the page between runs: screen readers only announce changes to a
  // region that already existed.
  return (
    <div role="status" aria-live="polite">
      {state.status === "running" && (
        <Spinner size="small" labelPosition="after" label={state.stage ? strings.stages[state.stage] : strings.starting[state.action]} />
      )}
    </div>
  );
}
