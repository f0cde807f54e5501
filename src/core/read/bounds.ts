// How far both hosts read a sheet: columns A to IV, Excel 2003's width. Every table the engine
// reads is a dozen columns wide; a value further right is left out with a warning, so that one
// stray far cell cannot make a sheet millions of cells wide (a dense grid for the command line,
// a read over Excel's 5,000,000-cell limit for the add-in).

/** The columns read: A to IV. */
export const READ_COLUMNS = 256;

/** Values right of column IV that a reader left out, for the host to say once per sheet. */
export interface CellsBeyondColumns {
  kind: "cells-beyond-columns";
  sheet: string;
  /**
   * Where they are, in A1: the first value left out (the command line, which sees each cell), or
   * the area that holds them (the add-in, which learns only the used range's bounds there).
   */
  cell: string;
  /** How many values, when the reader counted them; null when it only knows the area. */
  count: number | null;
}
