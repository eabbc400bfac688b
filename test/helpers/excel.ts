import type { Cell, ExcelError } from "../../src/excel/args";

/** A custom function as Excel calls it: any argument may be a value, a range or null. */
export function loose(fn: (...args: never[]) => unknown): (...args: unknown[]) => unknown[][] {
  return fn as unknown as (...args: unknown[]) => unknown[][];
}

/** A column range as Excel passes it: [[a], [b], …]. */
export function col(...values: Cell[]): Cell[][] {
  return values.map((v) => [v]);
}

/** A row of a range as Excel passes it: [[a, b, …]]. */
export function row(...values: Cell[]): Cell[][] {
  return [values];
}

/** The values of a spilled column. */
export function flat(result: unknown): unknown[] {
  return (result as unknown[][]).map((r) => r[0]);
}

/** Calls a function as Excel does and returns the Excel error it throws. */
export function excelError(call: () => unknown): ExcelError {
  try {
    call();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e as ExcelError;
    throw new Error(`threw a non-Excel error: ${String(e)}`);
  }
  throw new Error("returned instead of raising an Excel error");
}

/** An Excel error value as it arrives in an input cell. */
export function errorCell(code: string): ExcelError {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
}
