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

/** A rectangle being stacked: its rows so far and its runs' columns. */
interface OpenBlock {
  key: string;
  firstRow: number;
  lastRow: number;
  start: number;
  end: number;
}

/** Excel's columns (16,384) fit below this, so a key's number and a run's columns make one id. */
const COLUMN_SPAN = 16384;

/** Runs in row order stacked into rectangles while the next row's run spans the same columns. */
export function blocksOfRuns(runs: StyleRun[]): Array<{ key: string; range: CellRange }> {
  const done: OpenBlock[] = [];
  // Open blocks by key and columns, as one number: a text id per run ("key|start|end", with the
  // key a style's whole text) was most of this function's time at 1,000 units.
  const open = new Map<number, OpenBlock>();
  const keyNumbers = new Map<string, number>();
  let currentRow = -1;
  for (const run of runs) {
    if (run.row !== currentRow) {
      // Blocks that the previous row did not continue are finished.
      open.forEach((block, id) => {
        if (block.lastRow < run.row - 1) {
          done.push(block);
          open.delete(id);
        }
      });
      currentRow = run.row;
    }
    let keyNumber = keyNumbers.get(run.key);
    if (keyNumber === undefined) keyNumbers.set(run.key, (keyNumber = keyNumbers.size));
    const id = (keyNumber * COLUMN_SPAN + run.start) * COLUMN_SPAN + run.end;
    const block = open.get(id);
    if (block && block.lastRow === run.row - 1) {
      block.lastRow = run.row;
    } else {
      if (block) done.push(block);
      open.set(id, { key: run.key, firstRow: run.row, lastRow: run.row, start: run.start, end: run.end });
    }
  }
  open.forEach((block) => done.push(block));
  done.sort((a, b) => a.firstRow - b.firstRow || a.start - b.start);
  return done.map((block) => ({ key: block.key, range: cellRange(block.firstRow, block.start, block.lastRow, block.end) }));
}
