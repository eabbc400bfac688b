import { NamedArg, RULES, alignedColumns, requiredNumber } from "./args";
import { Out, column } from "./results";

/** Aligned key columns (one row per school or area) as plain numbers ≥ 0; a row blank in every column is skipped. */
export interface KeyColumns {
  columns: number[][];
  used: number[];
  count: number;
}

/** Reads key columns that must align; a bad key raises its error, naming the parameter and row. */
export function keyColumns(inputs: readonly NamedArg[]): KeyColumns {
  const { cells, used, count } = alignedColumns(inputs);
  const columns = cells.map((values, k) => used.map((i) => requiredNumber(values[i], inputs[k].param, RULES.nonNegative, i + 1)));
  return { columns, used, count };
}

/** A column computed from key columns, aligned with their rows (blanks where a row was skipped). */
export function byKeys(keys: KeyColumns, compute: (columns: number[][]) => number[]): Out[][] {
  return column(keys.count, keys.used, compute(keys.columns));
}
