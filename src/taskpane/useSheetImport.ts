// The pane's import of sheets from files (issue 13 §1, §3) as a small state machine: units' files
// are read, planned and shown before anything changes; the secretary confirms, then they go in.
// Last period's workbook goes in at once (its Summary becomes `Kỳ trước`, nothing is replaced).
import { useCallback, useRef, useState } from "react";
import type { ImportPreview, PaneCapabilities, PickedFile, PreviousResult } from "../excel/types";
import { userMessage } from "./useScoringRun";

type ImportState =
  | { status: "idle" }
  | { status: "working"; step: "reading" | "importing" | "inserting" }
  | { status: "planned"; files: PickedFile[]; preview: ImportPreview }
  | { status: "imported"; preview: ImportPreview }
  | { status: "previous"; result: PreviousResult }
  | { status: "failed"; message: string };

export interface SheetImport {
  state: ImportState;
  busy: boolean;
  pickUnitFiles(files: readonly File[]): void;
  confirm(): void;
  cancel(): void;
  pickPrevious(file: File): void;
}

/** A picked file's bytes as base64; a file not named .xlsx is not read (the plan skips it). */
export function readPicked(file: File): Promise<PickedFile> {
  if (!/\.xlsx$/i.test(file.name)) return Promise.resolve({ name: file.name, base64: null });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      const comma = url.indexOf(",");
      resolve({ name: file.name, base64: comma >= 0 ? url.slice(comma + 1) : null });
    };
    reader.onerror = () => resolve({ name: file.name, base64: null });
    reader.readAsDataURL(file);
  });
}

/**
 * Import over `capabilities`; `onChanged` runs after the workbook changed (the pane then checks
 * quietly whether the summary is now out of date).
 */
export function useSheetImport(capabilities: PaneCapabilities, unexpectedError: string, onChanged: () => void): SheetImport {
  const [state, setState] = useState<ImportState>({ status: "idle" });
  const working = useRef(false);

  const work = useCallback(
    (step: "reading" | "importing" | "inserting", job: () => Promise<ImportState>, changes: boolean) => {
      if (working.current) return;
      working.current = true;
      setState({ status: "working", step });
      job()
        .then((next) => {
          setState(next);
          if (changes) onChanged();
        })
        .catch((error: unknown) => setState({ status: "failed", message: userMessage(error, unexpectedError) }))
        .finally(() => {
          working.current = false;
        });
    },
    [onChanged, unexpectedError],
  );

  const pickUnitFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      work(
        "reading",
        async () => {
          const picked = await Promise.all(files.map(readPicked));
          return { status: "planned", files: picked, preview: await capabilities.planImport(picked) };
        },
        false,
      );
    },
    [work, capabilities],
  );

  const confirm = useCallback(() => {
    if (state.status !== "planned") return;
    const files = state.files;
    work("importing", async () => ({ status: "imported", preview: await capabilities.importFiles(files) }), true);
  }, [state, work, capabilities]);

  const cancel = useCallback(() => setState({ status: "idle" }), []);

  const pickPrevious = useCallback(
    (file: File) =>
      work("inserting", async () => ({ status: "previous", result: await capabilities.insertPrevious(await readPicked(file)) }), true),
    [work, capabilities],
  );

  return { state, busy: state.status === "working", pickUnitFiles, confirm, cancel, pickPrevious };
}
