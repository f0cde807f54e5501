// Renders the pane over fake capabilities, with a user-event session to drive it.
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type PaneTheme } from "../../src/taskpane/App";
import type { PaneCapabilities } from "../../src/excel/types";

export function renderPane(capabilities: PaneCapabilities, theme?: PaneTheme) {
  const user = userEvent.setup();
  const view = render(<App capabilities={capabilities} theme={theme} />);
  return { user, ...view };
}

/** The units' lines of the ranking table below its header (opened details left out), each cell's text. */
export function rankingRows(table: HTMLElement): string[][] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>("tbody tr:not([data-details])")).map((row) =>
    Array.from(row.cells).map((cell) => cell.textContent ?? ""),
  );
}

/** The opened details rows of the ranking, each as its lines (the full name first). */
export function rankingDetails(table: HTMLElement): string[][] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>("tbody tr[data-details]")).map((row) =>
    Array.from(row.cells[0].firstElementChild?.children ?? []).map((line) => line.textContent ?? ""),
  );
}
