import { ExcelError } from "./args";

/** A cell of a table result: an amount, a label, or one model's error. */
export type TableCell = number | string | ExcelError;

/** Rows aligned with the schools range: each school's line at its own row, blanks on skipped rows. */
export function schoolRows(count: number, rows: readonly number[], line: (i: number) => TableCell[], width: number): TableCell[][] {
  const out: TableCell[][] = Array.from({ length: count }, () => new Array<TableCell>(width).fill(""));
  rows.forEach((row, i) => (out[row - 1] = line(i)));
  return out;
}
