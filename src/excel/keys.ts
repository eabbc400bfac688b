import { Decimal } from "../money/decimal";
import { NamedArg, RULES, alignedColumns, number, plainNumbers } from "./args";
import { Out, column } from "./results";

/** Aligned key columns (one row per school or area), read but not yet converted. */
export interface KeyColumns {
  params: string[];
  cells: ReturnType<typeof alignedColumns>["cells"];
  used: number[];
  count: number;
}

/** Reads key columns that must align (≥ 0 each); a row blank in every column is skipped. */
export function keyColumns(inputs: readonly NamedArg[]): KeyColumns {
  return { params: inputs.map((input) => input.param), ...alignedColumns(inputs) };
}

/**
 * A column computed from key columns, aligned with their rows: `fast` on the keys as plain numbers
 * where every key is one and it can answer exactly, else `exact` on Decimals (which is also where a
 * bad key raises its error, naming the parameter and row).
 */
export function byKeys(keys: KeyColumns, fast: (plain: number[][]) => number[] | undefined, exact: (keys: Decimal[][]) => Decimal[]): Out[][] {
  const { params, cells, used, count } = keys;
  const plain = cells.map((values) => plainNumbers(values, used));
  const quick = plain.every((p) => p !== undefined) ? fast(plain as number[][]) : undefined;
  if (quick) return column(count, used, quick);
  const decimals = cells.map((values, k) => used.map((i) => number(values[i], params[k], RULES.nonNegative, undefined, i + 1)));
  return column(count, used, exact(decimals).map((v) => v.toNumber()));
}
