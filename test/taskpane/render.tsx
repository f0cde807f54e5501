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

/** The rows of the ranking table below its header, each cell's lines joined with " / ". */
export function rankingRows(table: HTMLElement): string[][] {
  const lines = (cell: HTMLElement) =>
    cell.children.length === 0 ? (cell.textContent ?? "") : Array.from(cell.children).map((line) => line.textContent).join(" / ");
  return Array.from(table.querySelectorAll<HTMLTableRowElement>("tbody tr")).map((row) => Array.from(row.cells).map(lines));
}
