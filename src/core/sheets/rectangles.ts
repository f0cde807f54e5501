// Cells that share a style (or a lock, or a validation) written as few rectangles, so a sheet of
// 50,000 styled cells is not 50,000 ranges for the writers.
import { cellRange } from "../model/address";
import type { CellRange } from "../model/types";

/**
 * Cells with the same key grouped into few rectangles: runs along each row, stacked downwards
 * while the run in the next row spans the same columns.
 * @example coalesceRectangles([{row:0,col:0,key:"a"},{row:1,col:0,key:"a"}]) → one range A1:A2
 */
export function coalesceRectangles(cells: Array<{ row: number; col: number; key: string }>): Array<{ key: string; range: CellRange }> {
  // Callers mostly pass cells in row order already; sorting 50,000 of them again is not free.
  let inOrder = true;
  for (let i = 1; i < cells.length && inOrder; i++) {
    inOrder = cells[i - 1].row < cells[i].row || (cells[i - 1].row === cells[i].row && cells[i - 1].col < cells[i].col);
  }
  const sorted = inOrder ? cells : [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRun[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.key === cell.key && last.row === cell.row && last.end === cell.col - 1) last.end = cell.col;
    else runs.push({ key: cell.key, row: cell.row, start: cell.col, end: cell.col });
  }
  return blocksOfRuns(runs);
}

/** Cells of one key next to each other in a row. */
export interface StyleRun {
  key: string;
  row: number;
  start: number;
  end: number;
}

/** Runs in row order stacked into rectangles while the next row's run spans the same columns. */
export function blocksOfRuns(runs: StyleRun[]): Array<{ key: string; range: CellRange }> {
  const done: Array<{ key: string; range: CellRange }> = [];
  // Open blocks by "key|start|end"; a block stays open while the next row continues it.
  const open = new Map<string, { key: string; range: CellRange }>();
  let currentRow = -1;
  const closeStale = (row: number) => {
    for (const [id, block] of open) {
      if (block.range.end.row < row - 1) {
        done.push(block);
        open.delete(id);
      }
    }
  };
  for (const run of runs) {
    if (run.row !== currentRow) {
      closeStale(run.row);
      currentRow = run.row;
    }
    const id = `${run.key}|${run.start}|${run.end}`;
    const block = open.get(id);
    if (block && block.range.end.row === run.row - 1) {
      block.range = cellRange(block.range.start.row, run.start, run.row, run.end);
    } else {
      if (block) done.push(block);
      open.set(id, { key: run.key, range: cellRange(run.row, run.start, run.row, run.end) });
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.range.start.row - b.range.start.row || a.range.start.col - b.range.start.col);
}
