import { Args, DATE, SPEC_CALLS, SPEC_FUNCTIONS, positional } from "../fixtures/spec-calls";
import { errorCell } from "../helpers/excel";
import { ExcelFunction, familyFunctions } from "../helpers/functions";

/**
 * The bad-input matrix: every SPEC function × the kinds of bad input that apply to it, each
 * answered with the Excel error SPEC names and a message naming the parameter (and the 1-based
 * row where a row is to blame) — never a JS exception, NaN, undefined or a silent 0.
 */

type Kind =
  | "text"
  | "boolean"
  | "negative"
  | "zero divisor"
  | "blank required"
  | "wrong shape"
  | "misaligned"
  | "error cell"
  | "empty range"
  | "unknown offer"
  | "unknown name"
  | "fraction outside (0,1]"
  | "out of domain";

interface Case {
  kind: Kind;
  /** The parameter the message must name (any of several where SPEC leaves the choice open). */
  param: string | string[];
  row?: number;
  change: (args: Args) => Args;
  code: string;
  /** What the case is, beyond its kind. */
  note?: string;
}

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const blankColumn = (rows: number) => col(...Array(rows).fill(null));
const rowsOf = (value: unknown) => (value as unknown[][]).length;

/** The call with one parameter replaced. */
const put =
  (param: string, value: unknown) =>
  (args: Args): Args => ({ ...args, [param]: value });

/** The call with one cell of a column parameter replaced (row is 1-based). */
const putCell =
  (param: string, row: number, value: unknown) =>
  (args: Args): Args => {
    const cells = (args[param] as unknown[][]).map((r) => [...r]);
    if (row > cells.length) throw new Error(`${param} has no row ${row}`);
    cells[row - 1][0] = value;
    return { ...args, [param]: cells };
  };

/** Bad `value` in a parameter: in one row of a range, or the whole scalar. */
function bad(kind: Kind, value: unknown, code: string) {
  return (param: string, row?: number, note?: string): Case => ({
    kind,
    param,
    row,
    note,
    code,
    change: row === undefined ? put(param, value) : putCell(param, row, value),
  });
}

const text = bad("text", "abc", "#VALUE!");
const boolean = bad("boolean", true, "#VALUE!");
const negative = bad("negative", -1, "#VALUE!");
const blankRequired = bad("blank required", null, "#VALUE!");
const unknownOffer = bad("unknown offer", "hospital", "#N/A");
const outOfDomain = (param: string, value: unknown, row?: number): Case => bad("out of domain", value, "#VALUE!")(param, row, `${value}`);
const fractions = (param: string, row?: number): Case[] => [0, 1.5, -0.5].map((f) => bad("fraction outside (0,1]", f, "#VALUE!")(param, row, `${f}`));
const errorIn = (param: string, row?: number): Case => ({ ...bad("error cell", errorCell("#REF!"), "#REF!")(param, row), param: [] });

function wrongShape(param: string, value: unknown = [[1, 2], [3, 4]]): Case {
  return { kind: "wrong shape", param, change: put(param, value), code: "#VALUE!" };
}

/** One more row in `param` than in the ranges it must align with. */
function misaligned(param: string): Case {
  return { kind: "misaligned", param, change: (args) => ({ ...args, [param]: [...(args[param] as unknown[][]), [1]] }), code: "#VALUE!" };
}

/** Every listed range blank: no rows with data. */
function emptyRange(...params: string[]): Case {
  return {
    kind: "empty range",
    param: params,
    change: (args) => Object.fromEntries(Object.entries(args).map(([k, v]) => [k, params.includes(k) ? blankColumn(rowsOf(v)) : v])),
    code: "#VALUE!",
  };
}

function zeroDivisor(param: string | string[], changes: Args, note?: string): Case {
  return { kind: "zero divisor", param, note, change: (args) => ({ ...args, ...changes }), code: "#DIV/0!" };
}

function unknownName(param: string, row: number, value: string): Case {
  return { kind: "unknown name", param, row, change: putCell(param, row, value), code: "#N/A" };
}

/** Calls with two rows or more, so that a blamed row can be told from the first. */
const BASES: Record<string, Args> = {
  ROSKILDE_COST: { cost: col(500000, 600000), offer: col("normal", "behandling"), year_fraction: col(1, 0.5) },
  ROSKILDE_CENTRAL: { cost: col(500000, 600000), offer: col("normal", "behandling"), year_fraction: col(1, 0.5) },
  HJORRING_RATE: { total_cost: col(2930000, 586000), pupils: col(10, 2) },
  EFTERSKOLE_BASIS_YEAR: { fiscal_year: col(2018, 2019) },
};

const roskilde: Case[] = [
  text("cost", 2),
  boolean("cost", 2),
  negative("cost", 2),
  errorIn("cost", 2),
  unknownOffer("offer", 2),
  errorIn("offer", 2),
  ...fractions("year_fraction", 2),
  text("year_fraction", 2),
  misaligned("offer"),
  misaligned("year_fraction"),
  negative("threshold"),
  text("threshold"),
  outOfDomain("compensation", 1.5),
  outOfDomain("treatment_compensation", -0.1),
  negative("treatment_threshold"),
  negative("cap"),
  boolean("cap"),
  wrongShape("threshold"),
];

const viborgElementwise: Case[] = [
  text("cost", 2),
  boolean("cost", 2),
  negative("cost", 2),
  errorIn("cost", 2),
  ...fractions("year_fraction", 2),
  text("year_fraction", 2),
  misaligned("year_fraction"),
  negative("rate"),
  text("rate"),
  wrongShape("rate"),
];

const MATRIX: Record<string, Case[]> = {
  ALLOCATE: [
    text("amount"),
    boolean("amount"),
    blankRequired("amount"),
    errorIn("amount"),
    wrongShape("amount"),
    text("keys", 2),
    boolean("keys", 2),
    negative("keys", 2),
    errorIn("keys", 2),
    zeroDivisor("keys", { keys: col(0, 0, 0) }),
    emptyRange("keys"),
    { ...outOfDomain("weights", "[0.5, 0.6]"), change: (a) => ({ ...a, keys: [[1, 2], [3, 4]], weights: [[0.5, 0.6]] }), note: "weights summing to 1.1" },
    { ...outOfDomain("weights", "[1.5, -0.5]"), change: (a) => ({ ...a, keys: [[1, 2], [3, 4]], weights: [[1.5, -0.5]] }), note: "a weight outside 0..1" },
    { ...wrongShape("weights"), change: (a) => ({ ...a, keys: [[1, 2], [3, 4]], weights: [[0.2, 0.3, 0.5]] }), note: "3 weights for 2 key columns" },
    zeroDivisor(["keys", "keys (2)"], { keys: [[1, 0], [3, 0]], weights: [[0.5, 0.5]] }, "a weighted key column all zero"),
    negative("decimals"),
    outOfDomain("decimals", 1.5),
    text("decimals"),
  ],
  SUPPORT_CATEGORY: [
    text("weekly_hours", 2),
    boolean("weekly_hours", 2),
    negative("weekly_hours", 2),
    errorIn("weekly_hours", 2),
    negative("threshold"),
    text("threshold"),
    { ...misaligned("threshold"), change: put("threshold", col(9, 9, 9)) },
  ],
  INCLUSION_RATE: [
    text("total_pupils", 2),
    boolean("total_pupils", 2),
    negative("total_pupils", 2),
    errorIn("total_pupils", 2),
    text("segregated_pupils", 2),
    negative("segregated_pupils", 2),
    errorIn("segregated_pupils", 2),
    // The two ranges are summed separately (Σtotal, Σsegregated), so they need not align.
    zeroDivisor("total_pupils", { total_pupils: col(0, 0), segregated_pupils: col(0, 0) }),
    emptyRange("total_pupils", "segregated_pupils"),
    wrongShape("total_pupils"),
    { ...outOfDomain("segregated_pupils", "20 of 10"), change: (a) => ({ ...a, total_pupils: col(10), segregated_pupils: col(20) }), note: "more segregated than pupils" },
  ],
  ROSKILDE_COST: roskilde,
  ROSKILDE_CENTRAL: roskilde,
  VIBORG_COST: viborgElementwise,
  VIBORG_CENTRAL: viborgElementwise,
  VIBORG_ALLOCATION: [
    text("pool"),
    boolean("pool"),
    blankRequired("pool"),
    wrongShape("pool"),
    text("classes", 2),
    negative("classes", 2),
    errorIn("classes", 2),
    text("socio", 2),
    boolean("socio", 2),
    negative("socio", 2),
    blankRequired("class_weight"),
    outOfDomain("class_weight", 1.5),
    outOfDomain("class_weight", -0.1),
    text("class_weight"),
    zeroDivisor("classes", { classes: col(0, 0) }),
    zeroDivisor("socio", { socio: col(0, 0) }),
    misaligned("socio"),
    emptyRange("classes", "socio"),
    negative("decimals"),
  ],
  HJORRING_SHARE: [
    text("pool"),
    boolean("pool"),
    blankRequired("pool"),
    text("pupils", 2),
    boolean("pupils", 2),
    negative("pupils", 2),
    errorIn("pupils", 2),
    text("socio", 2),
    negative("socio", 2),
    outOfDomain("pupil_weight", 1.2),
    text("pupil_weight"),
    zeroDivisor("pupils", { pupils: col(0, 0) }),
    zeroDivisor("socio", { socio: col(0, 0) }),
    misaligned("socio"),
    emptyRange("pupils", "socio"),
    outOfDomain("decimals", 11),
  ],
  HJORRING_RATE: [
    text("total_cost", 2),
    boolean("total_cost", 2),
    negative("total_cost", 2),
    errorIn("total_cost", 2),
    text("pupils", 2),
    negative("pupils", 2),
    { ...zeroDivisor("pupils", {}), row: 2, change: putCell("pupils", 2, 0) },
    misaligned("pupils"),
  ],
  HJORRING_BALANCE: [
    text("share", 2),
    boolean("share", 2),
    errorIn("share", 2),
    text("referrals", 2),
    boolean("referrals", 2),
    negative("referrals", 2),
    errorIn("referrals", 2),
    negative("rate"),
    text("rate"),
    misaligned("referrals"),
  ],
  AALBORG_PLACES: [
    negative("total_places"),
    outOfDomain("total_places", 2.5),
    text("total_places"),
    blankRequired("total_places"),
    text("pupils", 2),
    negative("pupils", 2),
    errorIn("pupils", 2),
    text("socio", 2),
    negative("socio", 2),
    blankRequired("pupil_weight"),
    outOfDomain("pupil_weight", 1.2),
    text("pupil_weight"),
    zeroDivisor("pupils", { pupils: col(0, 0) }),
    misaligned("socio"),
    emptyRange("pupils", "socio"),
  ],
  AALBORG_SETTLEMENT: [
    negative("places"),
    text("places"),
    blankRequired("places"),
    negative("used"),
    text("used"),
    blankRequired("used"),
    negative("price"),
    blankRequired("price"),
    wrongShape("price"),
    text("keys", 2),
    negative("keys", 2),
    errorIn("keys", 2),
    zeroDivisor("keys", { keys: col(0, 0) }),
    emptyRange("keys"),
    negative("decimals"),
  ],
  AALBORG_SETTLEMENT_BY_AREA: [
    unknownName("school_areas", 2, "Vest"),
    blankRequired("school_areas", 2),
    errorIn("school_areas", 2),
    text("school_keys", 2),
    negative("school_keys", 2),
    errorIn("school_keys", 2),
    text("places", 2),
    negative("places", 2),
    text("used", 2),
    negative("used", 2),
    negative("price"),
    blankRequired("price"),
    wrongShape("price"),
    misaligned("school_keys"),
    misaligned("places"),
    misaligned("used"),
    emptyRange("school_areas", "school_keys"),
    zeroDivisor(["school_keys", "areas"], { school_keys: col(0, 0, 5) }, "an area whose keys are all zero"),
  ],
  NORDFYNS_COMMON_FUNDS: [
    text("budget"),
    boolean("budget"),
    negative("budget"),
    blankRequired("budget"),
    text("costs", 2),
    boolean("costs", 2),
    negative("costs", 2),
    errorIn("costs", 2),
    text("opening_balance"),
    emptyRange("costs"),
    wrongShape("costs"),
  ],
  NORDFYNS_SCHOOL_DRAW: [
    text("budget"),
    negative("budget"),
    text("costs", 2),
    negative("costs", 2),
    errorIn("costs", 2),
    text("opening_balance"),
    text("base_budgets", 2),
    negative("base_budgets", 2),
    errorIn("base_budgets", 2),
    zeroDivisor("base_budgets", { base_budgets: col(0, 0) }),
    emptyRange("base_budgets"),
    emptyRange("costs"),
    negative("decimals"),
  ],
  HORSHOLM_DECENTRAL: [
    text("pool"),
    boolean("pool"),
    blankRequired("pool"),
    text("pupils", 2),
    boolean("pupils", 2),
    negative("pupils", 2),
    errorIn("pupils", 2),
    zeroDivisor("pupils", { pupils: col(0, 0, 0) }),
    emptyRange("pupils"),
    outOfDomain("decimals", 1.5),
  ],
  HORSHOLM_PERIOD_COST: [
    text("annual_cost", 2),
    boolean("annual_cost", 2),
    negative("annual_cost", 2),
    errorIn("annual_cost", 2),
    text("start", 2),
    blankRequired("start", 2),
    errorIn("end", 2),
    { ...outOfDomain("end", "a day before start", 2), change: putCell("end", 2, DATE.d2024_03_01 - 1) },
    { ...outOfDomain("period_end", "before period_start"), change: put("period_end", DATE.d2024_01_01 - 1) },
    text("period_start"),
    blankRequired("period_start"),
    wrongShape("period_end"),
    misaligned("start"),
  ],
  HORSHOLM_ALLOCATION: [
    unknownName("referral_schools", 2, "C"),
    text("annual_costs", 2),
    boolean("annual_costs", 2),
    negative("annual_costs", 2),
    errorIn("annual_costs", 2),
    text("starts", 2),
    { ...outOfDomain("ends", "before starts", 3), change: putCell("ends", 3, DATE.d2024_03_01 - 1) },
    { ...outOfDomain("period_end", "before period_start"), change: put("period_end", DATE.d2024_01_01 - 1) },
    text("period_start"),
    misaligned("starts"),
    misaligned("annual_costs"),
    emptyRange("schools"),
  ],
  EFTERSKOLE_CATEGORY: [
    { ...text("ppr_9h", 2), change: putCell("ppr_9h", 2, "måske") },
    { ...text("plan", 2), change: putCell("plan", 2, "måske") },
    { ...text("ppr_extensive", 2), change: putCell("ppr_extensive", 2, 2), note: "2 is neither 1 nor 0" },
    errorIn("plan", 2),
    misaligned("plan"),
    misaligned("ppr_extensive"),
  ],
  EFTERSKOLE_GRANT: [
    text("categories", 2),
    boolean("categories", 2),
    errorIn("categories", 2),
    outOfDomain("categories", 3, 2),
    outOfDomain("categories", -1, 2),
    outOfDomain("categories", 1.5, 2),
    blankRequired("grundtakst"),
    negative("grundtakst"),
    text("tillaeg1"),
    negative("tillaeg2"),
    emptyRange("categories"),
  ],
  EFTERSKOLE_BASIS_YEAR: [text("fiscal_year", 2), boolean("fiscal_year", 2), errorIn("fiscal_year", 2), outOfDomain("fiscal_year", 2018.5, 2), negative("fiscal_year", 2)],
  EFTERSKOLE_TRANSITION: [
    outOfDomain("year", 2018),
    outOfDomain("year", 2015),
    text("year"),
    blankRequired("year"),
    text("amount"),
    blankRequired("amount"),
    negative("amount"),
    boolean("amount"),
  ],
};

const functions = familyFunctions();
const baseArgs = (id: string): Args => BASES[id] ?? (SPEC_CALLS.find((c) => c.id === id) as { args: Args }).args;

interface Outcome {
  thrown?: unknown;
  returned?: unknown;
}

function callDirectly(fn: ExcelFunction, id: string, args: Args): Outcome {
  try {
    return { returned: fn(...positional(id, args)) };
  } catch (thrown) {
    return { thrown };
  }
}

test("the matrix covers every SPEC function", () => {
  expect(SPEC_FUNCTIONS.map((f) => f.id).filter((id) => !(id in MATRIX))).toEqual([]);
});

describe.each(SPEC_FUNCTIONS.map((f) => [f.id] as const))("%s", (id) => {
  const cases = MATRIX[id] ?? [];
  const label = (c: Case) => `${c.kind}${c.note ? ` (${c.note})` : ""} in ${[c.param].flat().join("/") || "an input"}${c.row ? `, row ${c.row}` : ""} → ${c.code}`;

  test("exists and accepts the base call", () => {
    const fn = functions.get(id);
    expect(fn).toBeDefined();
    const outcome = callDirectly(fn as ExcelFunction, id, baseArgs(id));
    expect(outcome.thrown).toBeUndefined();
  });

  test.each(cases.map((c) => [label(c), c] as const))("%s", (_label, c) => {
    const fn = functions.get(id);
    if (!fn) throw new Error(`${id} is not implemented`);
    const outcome = callDirectly(fn, id, c.change(baseArgs(id)));
    // A whole-result function throws one error; an elementwise one answers a bad cell in that
    // cell alone (SPEC, "Where an error lands"), and every other row still computes.
    const cells = Array.isArray(outcome.returned) ? (outcome.returned as unknown[][]) : undefined;
    const errorRows = (cells ?? []).map((line, r) => (line.some((v) => v instanceof CustomFunctions.Error) ? r + 1 : 0)).filter((r) => r > 0);
    // A bad single cell that broadcasts spoils every row alike.
    if (cells) expect({ errorRows }).toEqual({ errorRows: c.row ? [c.row] : cells.map((_, r) => r + 1) });
    const error = (cells ? cells[(c.row ?? 1) - 1].find((v) => v instanceof CustomFunctions.Error) : outcome.thrown) as CustomFunctions.Error;
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe(c.code);
    const params = [c.param].flat();
    if (params.length === 0) return; // an Excel error cell comes back as it was
    const message = error.message ?? "";
    const named = params.filter((p) => message.startsWith(c.row ? `${p}, row ${c.row}:` : `${p}`));
    expect({ message, names: named.length > 0 }).toEqual({ message, names: true });
    expect(message).not.toMatch(/undefined|NaN|Unexpected error/);
  });
});
