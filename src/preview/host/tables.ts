/** Tables in the simulated host: one paragraph per cell, row by row, each with tableNestingLevel 1. */
import { paragraphLike, type Node, type ParagraphRecord } from "./records";

let tableCounter = 0;

/** Paragraph.detachFromList (WordApi 1.3). */
export function detachFromList(rec: ParagraphRecord): void {
  rec.isListItem = false;
  rec.listString = "";
  rec.listLevel = 0;
}

/**
 * The cells of a new table beside `model`: they take its formatting (alignment, bold), as Word's do,
 * but not its list membership. A line break in a value stays in its cell (a vertical tab, as Word reads it).
 */
export function tableCells(model: ParagraphRecord, rows: number, cols: number, values?: string[][]): Node[] {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new RangeError("a table needs at least one row and one column");
  }
  const id = `t${++tableCounter}`;
  const cells: Node[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const rec = paragraphLike(model, (values?.[r]?.[c] ?? "").replace(/\r\n?|\n/g, "\u000b"));
      detachFromList(rec);
      rec.tableNestingLevel = 1;
      rec.table = { id, row: r, col: c, rows, cols, headerRowCount: 0 };
      cells.push({ rec, alive: true });
    }
  }
  return cells;
}
