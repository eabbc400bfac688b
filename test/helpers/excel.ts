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

/**
 * Calls a function as Excel does and returns the Excel error the user sees: the one it throws for
 * its whole result, or else the first error cell of the range it returns (an elementwise function
 * answers a bad input in that cell alone).
 */
export function excelError(call: () => unknown): ExcelError {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e as ExcelError;
    throw new Error(`threw a non-Excel error: ${String(e)}`);
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  const error = cells.find((cell) => cell instanceof CustomFunctions.Error);
  if (error) return error as ExcelError;
  throw new Error("returned instead of raising an Excel error");
}

/** An Excel error value as it arrives in an input cell. */
export function errorCell(code: string): ExcelError {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
}
