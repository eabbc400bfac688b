import { Calc, DECIMAL, EXACT, NOT_EXACT, Num } from "../money/calc";
import { fail } from "../money/errors";
import { OfferType } from "../money/offers";
import { Arg, Cell, ExcelErrorInput, NumberRule, checkedNumber, flag, grid, isBlank, isExcelError, offerType, scalar } from "./args";
import { Out, finite, toExcelError } from "./results";
import { Signature, signature } from "./signature";

const NO_RULE: NumberRule = {};

/**
 * Elementwise functions declared as data: each parameter's name, what it holds and its default,
 * beside one rule written once against the exact calculator. The runner does the rest, the same
 * way for every function: any single cell broadcasts over the ranges of the others (the first
 * parameter included), a blank first cell gives a blank, an Excel error in an input comes back in
 * that cell, and a bad input answers in its own output cell alone: every other row still computes.
 */

/** number: an amount or ratio the calculator takes; date and year: an Excel date serial or a year, kept as plain numbers. */
export type ParamKind = "number" | "date" | "year" | "offer" | "flag";

export interface ParamSpec {
  /** The name as the JSDoc (and so Excel's tooltip) has it. */
  readonly name: string;
  readonly kind: ParamKind;
  /** What a number must be. */
  readonly rule?: NumberRule;
  /** The seed's figure a blank takes; none: a value is required. */
  readonly default?: number;
  /** A blank is allowed and read as the kind's own blank (offer: normal, flag: no). */
  readonly optional?: boolean;
  /** A setting (a threshold, a rate): one cell, read once for every row; it is never a range. */
  readonly scalar?: boolean;
}

/** A parameter's value as its rule gets it. */
type ValueOf<P, N> = P extends { kind: "offer" } ? OfferType : P extends { kind: "flag" } ? boolean : P extends { kind: "date" | "year" } ? number : N;
export type Values<P extends readonly ParamSpec[], N> = { -readonly [I in keyof P]: ValueOf<P[I], N> };

/** What a cell shows: money (rounded to the øre), a plain number (a ratio, a count) or a text. */
export type ResultKind = "money" | "number" | "text";

export interface ElementwiseSpec<P extends readonly ParamSpec[]> {
  /** The function's id, as Excel's metadata and the pane's formulas name it. */
  readonly id: string;
  readonly params: P;
  readonly result: ResultKind;
  /**
   * When a result is blank: where the first parameter's cell is (the default), or only where every
   * range's cell is (a blank flag is "no", so a pupil with a blank first flag is still there).
   */
  readonly blank?: "first" | "all";
  /** The rule for one cell; `row` is 1-based, for messages. A text result ignores the calculator. */
  rule<N extends Num<N>>(calc: Calc<N>, values: Values<P, N>, row: number): N | string | number;
}

/** A parameter's cells: a single cell broadcast over the range, or a range read cell by cell. */
interface Source {
  grid: Cell[][];
  broadcast: boolean;
  /** Read once for every row (a setting, or a single cell that is valid): its numbers on each calculator. */
  fixed: boolean;
  /** NOT_EXACT where EXACT cannot hold it. */
  exact: unknown;
  decimal: unknown;
  /** Codes and flags already read: a range of 100,000 offers holds a handful of texts. */
  codes: Map<string, unknown>;
}

/** A cell's value as its rule gets it: numbers stay plain until a calculator takes them. */
function readCell(spec: ParamSpec, cell: Cell, row: number | undefined): number | OfferType | boolean | null {
  switch (spec.kind) {
    case "offer":
      return offerType(cell, spec.name, row);
    case "flag":
      return flag(cell, spec.name, row);
    default:
      if (isBlank(cell)) {
        if (spec.default === undefined && !spec.optional) fail("value", "required", { param: spec.name, row });
        return spec.default ?? null;
      }
      return checkedNumber(cell, spec.name, spec.rule ?? NO_RULE, row);
  }
}

/** readCell, with each text of a code or flag parameter read once per call. */
function read(spec: ParamSpec, source: Source, cell: Cell, row: number): unknown {
  if (!(spec.kind === "offer" || spec.kind === "flag") || typeof cell !== "string") return readCell(spec, cell, row);
  if (source.codes.has(cell)) return source.codes.get(cell);
  const value = readCell(spec, cell, row);
  source.codes.set(cell, value);
  return value;
}

function onCalc<N extends Num<N>>(calc: Calc<N>, spec: ParamSpec, value: unknown): unknown {
  return spec.kind === "number" && value !== null ? calc.of(value as number) : value;
}

/** A value read once: its numbers on both calculators. */
function fix(source: Source, spec: ParamSpec, value: unknown): void {
  source.fixed = true;
  try {
    source.exact = onCalc(EXACT, spec, value);
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    source.exact = NOT_EXACT;
  }
  source.decimal = onCalc(DECIMAL, spec, value);
}

/**
 * Runs a declared elementwise function on Excel's arguments. Throws (as an Excel error) only what
 * spoils every cell: ranges of different shapes, an empty first range, a bad single-cell setting.
 */
export function runElementwise<P extends readonly ParamSpec[]>(spec: ElementwiseSpec<P>, args: readonly Arg[]): Out[][] {
  const params = spec.params;
  const sources: Source[] = params.map((_, k) => {
    const g = grid(args[k]);
    return { grid: g, broadcast: g.length === 1 && g[0]?.length === 1, fixed: false, exact: undefined, decimal: undefined, codes: new Map() };
  });
  const first = sources[0].grid;
  if (first.length === 0 || first[0].length === 0) fail("value", "emptyRange", { param: params[0].name });
  // The shape: the first range that is not a single cell (1×1 when all are).
  const shaper = sources.findIndex((s, k) => !s.broadcast && !params[k].scalar);
  const lead = shaper < 0 ? 0 : shaper;
  const rows = sources[lead].grid.length;
  const cols = sources[lead].grid[0].length;
  sources.forEach((s, k) => {
    if (params[k].scalar) {
      // A setting spoils every cell alike: one error says it once.
      const raw = scalar(args[k], params[k].name);
      if (isExcelError(raw)) throw new ExcelErrorInput(raw);
      fix(s, params[k], readCell(params[k], raw, undefined));
      return;
    }
    if (s.broadcast) {
      // A single cell over a range is read once where it is valid; else each row says what is wrong with it.
      const raw = s.grid[0][0];
      if (isExcelError(raw) || (k === 0 && isBlank(raw)) || spec.blank === "all") return;
      try {
        fix(s, params[k], readCell(params[k], raw, undefined));
      } catch {
        s.fixed = false;
      }
      return;
    }
    const r = s.grid.length;
    const c = s.grid[0]?.length ?? 0;
    if (r !== rows || c !== cols) fail("value", r !== rows ? "misaligned" : "misshapen", { param: params[k].name, other: params[lead].name, rows: r, cols: c, expected: rows, expectedCols: cols });
  });
  const scratch: Scratch = { values: new Array(params.length), numbers: new Array(params.length) };
  const out: Out[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: Out[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = cell(spec, sources, r, c, scratch);
    out[r] = line;
  }
  return out;
}

interface Scratch {
  /** The cells, then their values as read. */
  values: unknown[];
  /** The values on the calculator at work. */
  numbers: unknown[];
}

function cell<P extends readonly ParamSpec[]>(spec: ElementwiseSpec<P>, sources: readonly Source[], r: number, c: number, scratch: Scratch): Out {
  const params = spec.params;
  const { values, numbers } = scratch;
  const count = sources.length;
  for (let k = 0; k < count; k++) {
    const s = sources[k];
    if (s.fixed) continue;
    const value = s.broadcast ? s.grid[0][0] : s.grid[r][c];
    if (isExcelError(value)) return value as unknown as Out;
    values[k] = value;
  }
  if (spec.blank === "all" ? allBlank(sources, values) : !sources[0].fixed && isBlank(values[0] as Cell)) return "";
  const row = r + 1;
  // One try in the hot loop: the exact attempt throws NOT_EXACT to hand over to decimal.js.
  try {
    for (let k = 0; k < count; k++) if (!sources[k].fixed) values[k] = read(params[k], sources[k], values[k] as Cell, row);
    for (let k = 0; k < count; k++) {
      const s = sources[k];
      if (s.exact === NOT_EXACT) throw NOT_EXACT;
      numbers[k] = s.fixed ? s.exact : onCalc(EXACT, params[k], values[k]);
    }
    return show(EXACT, spec.rule(EXACT, numbers as Values<P, never>, row), spec.result);
  } catch (error) {
    if (error !== NOT_EXACT) return toExcelError(error) as unknown as Out;
  }
  try {
    for (let k = 0; k < count; k++) numbers[k] = sources[k].fixed ? sources[k].decimal : onCalc(DECIMAL, params[k], values[k]);
    return show(DECIMAL, spec.rule(DECIMAL, numbers as Values<P, never>, row), spec.result);
  } catch (error) {
    return toExcelError(error) as unknown as Out;
  }
}

/** Every range's cell blank (single cells count only when there is no range). */
function allBlank(sources: readonly Source[], raw: readonly unknown[]): boolean {
  const ranges = sources.some((s) => !s.broadcast);
  for (let k = 0; k < sources.length; k++) if ((!ranges || !sources[k].broadcast) && !isBlank(raw[k] as Cell)) return false;
  return true;
}

function show<N extends Num<N>>(calc: Calc<N>, value: N | string | number, kind: ResultKind): Out {
  if (typeof value === "string") return value;
  return finite(typeof value === "number" ? value : (kind === "money" ? calc.round(value, 2) : value).toNumber());
}

/** An elementwise function's signature, from its declaration. */
export function signatureOf<P extends readonly ParamSpec[]>(spec: ElementwiseSpec<P>): Signature<P[number]["name"]> {
  return signature(spec.id, spec.params.map((p) => p.name as P[number]["name"]));
}
