import { Decimal, toOre } from "../money/decimal";
import { SpuError, fail } from "../money/errors";
import { ExcelError, ExcelErrorInput } from "./args";
import { message } from "./messages";

/**
 * Model results to what Excel shows: amounts as numbers rounded to the øre, blanks as ""
 * (null would show as 0), and every failure as a CustomFunctions.Error in the user's language.
 */
export type Out = number | string;

const CODES = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  na: "#N/A",
} as const;

function excelError(code: string, text?: string): ExcelError {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text);
}

/** Turns anything thrown into the Excel error the user sees. */
export function toExcelError(error: unknown): ExcelError {
  if (error instanceof SpuError) return excelError(CODES[error.kind], message(error.key, error.params));
  if (error instanceof ExcelErrorInput) return error.error;
  return excelError(CODES.value, message("internal", { param: "", value: String(error) }));
}

/** Runs a function body and throws its failure as an Excel error, never a JS exception. */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A number Excel can hold: never Infinity or NaN (inputs are bounded, so only a quotient by a tiny number gets there). */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : fail("value", "resultTooLarge", { param: "" });
}

/** An amount to the øre. */
export function money(value: Decimal): number {
  return finite(toOre(value));
}

/** A column aligned with the input rows: results at `used`, blanks elsewhere. */
export function column(count: number, used: readonly number[], values: readonly Out[]): Out[][] {
  const out: Out[][] = new Array(count);
  let next = 0;
  for (let row = 0; row < count; row++) out[row] = [used[next] === row ? checked(values[next++]) : ""];
  return out;
}

function checked(value: Out): Out {
  return typeof value === "number" ? finite(value) : value;
}
