import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { nameKey } from "../money/names";
import { OfferType, OFFER_CODES, parseOfferType } from "../money/offers";

/**
 * Excel arguments to typed values, in one place. Excel hands a custom function scalars,
 * 2D arrays, blanks as null, "" or (in some builds) undefined, booleans and error objects;
 * everything that is not what a parameter takes raises an SpuError naming the parameter
 * and the 1-based row of the range.
 */

/** What CustomFunctions.Error looks like, in Excel and in tests. */
export interface ExcelError {
  code: string;
  message?: string;
}
export type Cell = number | string | boolean | null | undefined | ExcelError;
/** An argument as Excel passes it; the exported functions declare it unknown for the metadata. */
export type Arg = unknown;

/** An Excel error value found in an input: the function answers with that same error. */
export class ExcelErrorInput extends Error {
  constructor(readonly error: ExcelError) {
    super(error.code);
  }
}

export function isExcelError(value: unknown): value is ExcelError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as ExcelError).code === "string";
}

export function isBlank(value: Cell): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Any argument as rows × columns: a single value is 1×1, an omitted one a 1×1 blank. */
export function grid(arg: Arg): Cell[][] {
  if (!Array.isArray(arg)) return [[arg as Cell]];
  if (arg.length === 0) return [];
  if (!Array.isArray(arg[0])) return [arg as Cell[]];
  return arg as Cell[][];
}

function check(cell: Cell): void {
  if (isExcelError(cell)) throw new ExcelErrorInput(cell);
}

export interface NumberRule {
  /** Smallest allowed value (inclusive); 0 forbids negatives. */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Must be > 0 (a divisor, a fraction of a year). */
  positive?: boolean;
  integer?: boolean;
}

const FRACTION: NumberRule = { positive: true, max: 1 };
export const RULES = {
  amount: {} as NumberRule,
  nonNegative: { min: 0 } as NumberRule,
  positive: { positive: true } as NumberRule,
  fraction: FRACTION,
  share: { min: 0, max: 1 } as NumberRule,
  count: { min: 0, integer: true } as NumberRule,
  decimals: { min: 0, max: 10, integer: true } as NumberRule,
  any: {} as NumberRule,
};

/** No amount, count or date a budget holds comes near this; beyond it results could pass what Excel holds. */
export const MAX_AMOUNT = 1e12;

/** A number cell that is not blank, checked against its rule; text, booleans and errors are refused. */
export function checkedNumber(cell: Cell, param: string, rule: NumberRule, row?: number): number {
  check(cell);
  if (typeof cell !== "number" || !Number.isFinite(cell)) fail("value", "notNumber", { param, row, value: String(cell) });
  if (Math.abs(cell) > MAX_AMOUNT) fail("value", "tooLarge", { param, row, value: cell });
  if (rule === FRACTION && !(cell > 0 && cell <= 1)) fail("value", "fraction", { param, row, value: cell });
  if (rule.positive && cell <= 0) fail("value", "notPositive", { param, row, value: cell });
  if (rule.min !== undefined && rule.max === undefined && cell < rule.min) fail("value", "negative", { param, row, value: cell });
  if ((rule.min !== undefined && cell < rule.min) || (rule.max !== undefined && cell > rule.max)) {
    fail("value", "range", { param, row, value: cell, min: rule.min ?? "", max: rule.max ?? "" });
  }
  if (rule.integer && !Number.isInteger(cell)) fail("value", "notInteger", { param, row, value: cell });
  return cell;
}

/** A number cell that must not be blank, as a plain number. */
export function requiredNumber(cell: Cell, param: string, rule: NumberRule, row?: number): number {
  check(cell);
  if (isBlank(cell)) fail("value", "required", { param, row });
  return checkedNumber(cell, param, rule, row);
}

/** A number cell, or null when blank. Text, booleans and errors are refused. */
export function optionalNumber(cell: Cell, param: string, rule: NumberRule, row?: number): Decimal | null {
  check(cell);
  return isBlank(cell) ? null : new Decimal(checkedNumber(cell, param, rule, row));
}

/** A number that must be there, or its default when blank (no default: required). */
export function number(cell: Cell, param: string, rule: NumberRule, fallback?: number, row?: number): Decimal {
  const value = optionalNumber(cell, param, rule, row);
  if (value !== null) return value;
  if (fallback === undefined) fail("value", "required", { param, row });
  return new Decimal(fallback);
}

/** A scalar argument that may arrive as a 1×1 range. */
export function scalar(arg: Arg, param: string): Cell {
  const g = grid(arg);
  if (g.length === 1 && g[0].length === 1) return g[0][0];
  return fail("value", "shape", { param, expected: "1×1", rows: g.length, cols: g[0]?.length ?? 0 });
}

export function scalarNumber(arg: Arg, param: string, rule: NumberRule, fallback?: number): Decimal {
  return number(scalar(arg, param), param, rule, fallback);
}

/** The `decimals` argument of allocation functions: 0 (whole kroner) unless given. */
export function decimalsArg(arg: Arg, param = "decimals"): number {
  return scalarNumber(arg, param, RULES.decimals, 0).toNumber();
}

/** An offer-type code; blank is `normal`. */
export function offerType(cell: Cell, param: string, row?: number): OfferType {
  check(cell);
  if (isBlank(cell)) return "normal";
  const offer = typeof cell === "string" ? parseOfferType(cell) : undefined;
  return offer ?? fail("na", "unknownOffer", { param, row, value: String(cell), valid: OFFER_CODES });
}

const YES = new Set(["ja", "yes", "sand", "true", "1", "x"]);
const NO = new Set(["nej", "no", "falsk", "false", "0"]);

/** A yes/no flag: TRUE/FALSE, 1/0, ja/nej, yes/no; blank is no. */
export function flag(cell: Cell, param: string, row?: number): boolean {
  check(cell);
  if (isBlank(cell)) return false;
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  const text = nameKey(String(cell));
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return fail("value", "unknownFlag", { param, row, value: String(cell) });
}

/** A text cell (a name, a school, an area); numbers are accepted as their text. */
export function text(cell: Cell, param: string, row?: number): string {
  check(cell);
  if (isBlank(cell)) fail("value", "required", { param, row });
  if (typeof cell === "boolean") fail("value", "notText", { param, row, value: String(cell) });
  return String(cell).trim();
}

export interface NamedArg {
  param: string;
  arg: Arg;
}

/** One column of a table: an n×1 or 1×n range as a list. */
export function columnCells(input: NamedArg): Cell[] {
  const g = grid(input.arg);
  if (g.length === 0 || g[0].length === 0) fail("value", "emptyRange", { param: input.param });
  if (g[0].length === 1) return g.map((r) => r[0]);
  if (g.length === 1) return g[0];
  return fail("value", "shape", { param: input.param, expected: "n×1", rows: g.length, cols: g[0].length });
}

/** A table of `width` columns (0 = any width ≥ 1). */
export function tableCells(input: NamedArg, width = 0): Cell[][] {
  const g = grid(input.arg);
  if (g.length === 0 || g[0].length === 0) fail("value", "emptyRange", { param: input.param });
  if (width && g[0].length !== width) fail("value", "shape", { param: input.param, expected: `n×${width}`, rows: g.length, cols: g[0].length });
  return g;
}

/** The rows to use (0-based): those not blank; none at all is an empty range. */
function usedRows(count: number, param: string, blankAt: (i: number) => boolean): number[] {
  const used: number[] = [];
  for (let i = 0; i < count; i++) if (!blankAt(i)) used.push(i);
  if (used.length === 0) fail("value", "emptyRange", { param });
  return used;
}

/** A table's rows to use (a row blank in every column is skipped) and its row count. */
export function tableRows(param: string, rows: Cell[][]): { used: number[]; count: number } {
  return { used: usedRows(rows.length, param, (i) => rows[i].every(isBlank)), count: rows.length };
}

/**
 * Several columns that must align (the same number of rows): their cells, the rows to use (a row
 * blank in every column is skipped) and the row count.
 */
export function alignedColumns(inputs: readonly NamedArg[]): { cells: Cell[][]; used: number[]; count: number } {
  const cells = inputs.map((input) => columnCells(input));
  const count = cells[0].length;
  cells.forEach((column, k) => {
    if (column.length !== count) fail("value", "misaligned", { param: inputs[k].param, other: inputs[0].param, rows: column.length, expected: count });
  });
  const used = usedRows(count, inputs[0].param, (i) => {
    for (let k = 0; k < cells.length; k++) if (!isBlank(cells[k][i])) return false;
    return true;
  });
  return { cells, used, count };
}
