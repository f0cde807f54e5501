// A sheet people type into: the template's sheets, the Conference sheet and the council's. Its
// draft also takes input rules (drop-downs, number ranges, prompts) and the cells left editable
// on a protected sheet. Apart from SheetDraft because the sheets Generate writes are printed
// results with neither, and the ribbon's bundle, which writes only those, leaves this out.
import type { CellRange, CellValidation, SheetLayout } from "../model/types";
import { coalesceRectangles } from "./rectangles";
import { SheetDraft, type DraftFinish } from "./sheet";

/** A validation before it is given its range. */
export type ValidationRule =
  | { kind: "decimal"; min: number; max: number | null; prompt: string; error: string }
  | { kind: "list"; values: string[]; prompt: string; error: string }
  | { kind: "any"; prompt: string };

export class InputSheetDraft extends SheetDraft {
  /** Per-cell marks, coalesced into rectangles when the layout is made. */
  private readonly validationCells: Array<{ row: number; col: number; key: string; rule: ValidationRule }> = [];
  private readonly unlockedCells = new Map<string, { row: number; col: number }>();

  /** Validates every cell of a range; neighbouring cells with the same rule become one validation. */
  validate(range: CellRange, rule: ValidationRule): this {
    this.touch(range.end.row, range.end.col);
    const key = JSON.stringify(rule);
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++) {
        const index = this.validationCells.findIndex((cell) => cell.row === row && cell.col === col);
        if (index >= 0) this.validationCells.splice(index, 1);
        this.validationCells.push({ row, col, key, rule });
      }
    }
    return this;
  }

  /** Leaves the cells of a range editable when the sheet is protected. */
  unlock(range: CellRange): this {
    this.touch(range.end.row, range.end.col);
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++) this.unlockedCells.set(`${row},${col}`, { row, col });
    }
    return this;
  }

  /** The finished layout, with its validations and editable cells as rectangles. */
  override toLayout(finish: DraftFinish = {}): SheetLayout {
    const unlocked = Array.from(this.unlockedCells.values(), (cell) => ({ ...cell, key: "" }));
    return {
      ...super.toLayout(finish),
      validations: this.coalescedValidations(),
      unlocked: coalesceRectangles(unlocked).map((block) => block.range),
    };
  }

  private coalescedValidations(): CellValidation[] {
    const rules = new Map(this.validationCells.map((cell) => [cell.key, cell.rule]));
    return coalesceRectangles(this.validationCells).map((block) => {
      const rule = rules.get(block.key) as ValidationRule;
      return rule.kind === "list"
        ? { range: block.range, kind: "list", values: [...rule.values], prompt: rule.prompt, error: rule.error }
        : rule.kind === "any"
          ? { range: block.range, kind: "any", prompt: rule.prompt }
          : { range: block.range, kind: "decimal", min: rule.min, max: rule.max, prompt: rule.prompt, error: rule.error };
    });
  }
}
