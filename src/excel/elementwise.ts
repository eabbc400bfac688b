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
  readonly param: ParamSpec;
  /** Its place among the rule's values. */
  readonly k: number;
  readonly grid: Cell[][];
  readonly broadcast: boolean;
  /** Read once for every row (a setting, or a single cell that is valid): its numbers on each calculator. */
  fixed: boolean;
  /** NOT_EXACT where EXACT cannot hold it. */
  exact: unknown;
  decimal: unknown;
  /** Codes and flags already read: a range of 100,000 offers holds a handful of texts. */
  readonly codes: Map<string, unknown>;
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
function read(source: Source, cell: Cell, row: number): unknown {
  const spec = source.param;
  if (!(spec.kind === "offer" || spec.kind === "flag") || typeof cell !== "string") return readCell(spec, cell, row);
  const known = source.codes.get(cell);
  if (known !== undefined) return known;
  const value = readCell(spec, cell, row);
  source.codes.set(cell, value);
  return value;
}

function onCalc<N extends Num<N>>(calc: Calc<N>, spec: ParamSpec, value: unknown): unknown {
  return spec.kind === "number" && value !== null ? calc.of(value as number) : value;
}

/** A value read once: its numbers on both calculators. */
function fix(source: Source, value: unknown): void {
  source.fixed = true;
  try {
    source.exact = onCalc(EXACT, source.param, value);
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    source.exact = NOT_EXACT;
  }
  source.decimal = onCalc(DECIMAL, source.param, value);
}

/** One call's state: the sources still read per cell, and the values of the cell at work. */
interface Run<P extends readonly ParamSpec[]> {
  readonly spec: ElementwiseSpec<P>;
  readonly sources: readonly Source[];
  /** The sources that are not fixed. */
  readonly live: readonly Source[];
  /** Some range is not a single cell (for blank: "all"). */
  readonly ranges: boolean;
  /** A fixed value EXACT cannot hold: every cell goes to DECIMAL. */
  readonly notExact: boolean;
  /** The cells, then their values as read. */
  readonly values: unknown[];
  /** The values on each calculator; the fixed ones filled once. */
  readonly exact: unknown[];
  readonly decimal: unknown[];
}

/**
 * Runs a declared elementwise function on Excel's arguments. Throws (as an Excel error) only what
 * spoils every cell: ranges of different shapes, an empty first range, a bad single-cell setting.
 */
export function runElementwise<P extends readonly ParamSpec[]>(spec: ElementwiseSpec<P>, args: readonly Arg[]): Out[][] {
  const params = spec.params;
  const sources: Source[] = params.map((param, k) => {
    const g = grid(args[k]);
    return { param, k, grid: g, broadcast: g.length === 1 && g[0]?.length === 1, fixed: false, exact: undefined, decimal: undefined, codes: new Map() };
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
      fix(s, readCell(params[k], raw, undefined));
      return;
    }
    if (s.broadcast) {
      // A single cell over a range is read once where it is valid; else each row says what is wrong with it.
      const raw = s.grid[0][0];
      if (isExcelError(raw) || (k === 0 && isBlank(raw)) || spec.blank === "all") return;
      try {
        fix(s, readCell(params[k], raw, undefined));
      } catch {
        s.fixed = false;
      }
      return;
    }
    const r = s.grid.length;
    const c = s.grid[0]?.length ?? 0;
    if (r !== rows || c !== cols) fail("value", r !== rows ? "misaligned" : "misshapen", { param: params[k].name, other: params[lead].name, rows: r, cols: c, expected: rows, expectedCols: cols });
  });
  const run: Run<P> = {
    spec,
    sources,
    live: sources.filter((s) => !s.fixed),
    ranges: sources.some((s) => !s.broadcast),
    notExact: sources.some((s) => s.exact === NOT_EXACT),
    values: new Array(params.length),
    exact: sources.map((s) => s.exact),
    decimal: sources.map((s) => s.decimal),
  };
  const out: Out[][] = new Array(rows);
  // One try for a stretch of rows, not one per cell: what a cell throws (a bad input, a number
  // EXACT cannot hold) ends the stretch, that row is answered cell by cell, the next stretch starts after it.
  let r = 0;
  while (r < rows) {
    try {
      for (; r < rows; r++) out[r] = line(run, r, cols, exactCell);
    } catch {
      out[r] = line(run, r, cols, cell);
      r++;
    }
  }
  return out;
}

/** Row r of the result, each cell by `at`. */
function line<P extends readonly ParamSpec[]>(run: Run<P>, r: number, cols: number, at: (run: Run<P>, r: number, c: number) => Out): Out[] {
  // A literal has the elements kind of its value from the start: no second store for a number.
  if (cols === 1) return [at(run, r, 0)];
  const values: Out[] = new Array(cols);
  for (let c = 0; c < cols; c++) values[c] = at(run, r, c);
  return values;
}

/** A cell: on EXACT, else on DECIMAL; what it throws, as its Excel error. */
function cell<P extends readonly ParamSpec[]>(run: Run<P>, r: number, c: number): Out {
  try {
    return exactCell(run, r, c);
  } catch (error) {
    return error === NOT_EXACT ? decimalCell(run, r + 1) : (toExcelError(error) as unknown as Out);
  }
}

/** A cell on EXACT; throws what the rule or a read throws, NOT_EXACT once every value is read. */
function exactCell<P extends readonly ParamSpec[]>(run: Run<P>, r: number, c: number): Out {
  const { spec, live, values, exact } = run;
  for (const s of live) {
    const value = s.broadcast ? s.grid[0][0] : s.grid[r][c];
    if (isExcelError(value)) return value as unknown as Out;
    values[s.k] = value;
  }
  if (spec.blank === "all" ? allBlank(run) : !run.sources[0].fixed && isBlank(values[0] as Cell)) return "";
  const row = r + 1;
  for (const s of live) values[s.k] = read(s, values[s.k] as Cell, row);
  if (run.notExact) throw NOT_EXACT;
  for (const s of live) exact[s.k] = onCalc(EXACT, s.param, values[s.k]);
  return show(EXACT, spec.rule(EXACT, exact as Values<P, never>, row), spec.result);
}

/** The cell whose values exactCell read, again on DECIMAL. */
function decimalCell<P extends readonly ParamSpec[]>(run: Run<P>, row: number): Out {
  const { spec, live, values, decimal } = run;
  try {
    for (const s of live) decimal[s.k] = onCalc(DECIMAL, s.param, values[s.k]);
    return show(DECIMAL, spec.rule(DECIMAL, decimal as Values<P, never>, row), spec.result);
  } catch (error) {
    return toExcelError(error) as unknown as Out;
  }
}

/** Every range's cell blank (single cells count only when there is no range). */
function allBlank<P extends readonly ParamSpec[]>(run: Run<P>): boolean {
  const { sources, values, ranges } = run;
  for (let k = 0; k < sources.length; k++) if ((!ranges || !sources[k].broadcast) && !isBlank(values[k] as Cell)) return false;
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
