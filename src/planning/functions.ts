import { modelArg, municipalityArgs, settingsArg } from "../comparing/arguments";
import { SETTINGS } from "../comparing/engine";
import { Arg, RULES, grid, number, requiredNumber, scalar, scalarNumber, text } from "../excel/args";
import { runElementwise } from "../excel/elementwise";
import { label } from "../excel/messages";
import { guard, money } from "../excel/results";
import { schoolRows } from "../excel/rows";
import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { TARGETS, Target, sensitivity, settingName, settingUnit, solve } from "./planning";
import { indexTable, priceIndexSpec } from "./price-index";


/** The `values` argument: a row or a column of values of the setting, each checked by the setting's rule. */
function valuesArg(arg: Arg, name: string): Decimal[] {
  const g = grid(arg);
  if (g.length > 1 && g[0].length > 1) fail("value", "shape", { param: "values", expected: "1×n", rows: g.length, cols: g[0].length });
  const cells = g.length === 1 ? g[0] : g.map((line) => line[0]);
  const rule = SETTINGS.get(name)!.rule;
  return cells.map((cell, i) => new Decimal(requiredNumber(cell, "values", rule, i + 1)));
}

/**
 * Each school's net position under one model with one setting at each of several values, side by
 * side: which threshold, rate or weight, on the municipality's own schools. Every column is
 * budget-neutral, as in SPU.COMPARE: the school rows plus the centre row sum to budget − referral cost.
 * @customfunction SENSITIVITY
 * @helpurl https://localhost:3000/docs/planning.html#sensitivity
 * @param model Model name (Nordfyns, Hørsholm, Aalborg, Roskilde, Viborg, Hjørring).
 * @param setting The setting to vary, e.g. rate or viborg.rate (see the settings of COMPARE).
 * @param values A row or column of values of the setting: one column each.
 * @param schools Schools table, 6 columns, as for COMPARE.
 * @param referrals Referrals table, 4 columns, as for COMPARE.
 * @param budget The year's total special-education budget (kr.).
 * @param [settings] Name/value table of the other model settings, as for COMPARE; the varied setting's row is overridden.
 * @returns A header row with the values, one row per school (aligned with the schools range) and a centre row, kr.
 */
export function sensitivityTable(
  model: unknown,
  setting: unknown,
  values: unknown[][],
  schools: unknown[][],
  referrals: unknown[][],
  budget: unknown,
  settings?: unknown[][]
): unknown[][] {
  return guard(() => {
    const id = modelArg(model);
    const name = settingName(id, text(scalar(setting, "setting"), "setting"));
    const vs = valuesArg(values, name);
    const { municipality, count } = municipalityArgs(schools, referrals, budget);
    const columns = sensitivity(id, municipality, settingsArg(settings), name, vs);
    return [
      [label("school"), ...vs.map((v) => v.toNumber())],
      ...schoolRows(count, municipality.schools.map((s) => s.row), (i) => [municipality.schools[i].name, ...columns.map((p) => money(p.schools[i]))], vs.length + 1),
      [label("centre"), ...columns.map((p) => money(p.centre))],
    ];
  });
}

function targetArg(arg: Arg): Target {
  const code = text(scalar(arg, "target"), "target").toLowerCase();
  return TARGETS.find((t) => t === code) ?? fail("na", "unknownTarget", { param: "target", value: code, valid: TARGETS.join(", ") });
}

/** An end of SOLVE's range, on the setting's rule; blank: `fallback`. */
function boundArg(arg: Arg, param: string, name: string, fallback: Decimal): Decimal {
  return number(scalar(arg, param), param, SETTINGS.get(name)!.rule, fallback.toNumber());
}

/**
 * The value of one setting of a model at which an outcome equals a goal, to the setting's unit
 * (whole kroner for amounts, 4 decimals for shares): the lowest such value whose neighbours one
 * unit down and up fall on either side of the goal. Which Viborg rate makes schools carry 40 % of
 * referral costs? #N/A with a message when no value in [lower, upper] reaches the goal.
 * @customfunction SOLVE
 * @helpurl https://localhost:3000/docs/planning.html#solve
 * @param model Model name (Nordfyns, Hørsholm, Aalborg, Roskilde, Viborg, Hjørring).
 * @param setting The setting to solve for, e.g. rate or viborg.rate (see the settings of COMPARE).
 * @param target central_payments (what the centre pays towards referrals, kr.), school_payments (what schools pay, kr.) or school_share (school payments ÷ referral cost).
 * @param goal The value the target must reach (kr., or a share such as 0.4).
 * @param schools Schools table, 6 columns, as for COMPARE.
 * @param referrals Referrals table, 4 columns, as for COMPARE.
 * @param budget The year's total special-education budget (kr.).
 * @param [settings] Name/value table of the other model settings, as for COMPARE; the solved setting's row is overridden.
 * @param [lower] Lowest value to try (blank: 0).
 * @param [upper] Highest value to try (blank: 1 for a share; for an amount the dearest referral's cost for a whole year).
 * @returns The setting's value.
 */
export function solveSetting(
  model: unknown,
  setting: unknown,
  target: unknown,
  goal: unknown,
  schools: unknown[][],
  referrals: unknown[][],
  budget: unknown,
  settings?: unknown[][],
  lower?: unknown,
  upper?: unknown
): unknown {
  return guard(() => {
    const id = modelArg(model);
    const name = settingName(id, text(scalar(setting, "setting"), "setting"));
    const aim = targetArg(target);
    const wanted = scalarNumber(goal, "goal", RULES.amount);
    const { municipality } = municipalityArgs(schools, referrals, budget);
    const rule = SETTINGS.get(name)!.rule;
    const dearest = municipality.referrals.reduce((top, r) => Decimal.max(top, new Decimal(r.cost).div(r.fraction)), new Decimal(0));
    const range = {
      lower: boundArg(lower, "lower", name, new Decimal(rule.min ?? 0)),
      upper: boundArg(upper, "upper", name, rule.max !== undefined ? new Decimal(rule.max) : dearest.div(settingUnit(name)).ceil().times(settingUnit(name))),
    };
    if (range.upper.lessThan(range.lower)) fail("value", "range", { param: "upper", value: range.upper.toNumber(), min: range.lower.toNumber(), max: rule.max ?? 1e12 });
    return solve(id, municipality, settingsArg(settings), name, aim, wanted, range).toNumber();
  });
}

/**
 * Moves amounts between price levels by the municipality's own price and wage index (pris- og
 * lønindeks, e.g. KL's forecast): amount × level(to_year) / level(from_year), rounded to the øre.
 * A year missing from the index is #N/A naming it.
 * @customfunction INDEX
 * @helpurl https://localhost:3000/docs/planning.html#index
 * @param amount Amounts at from_year's price level (kr.), a cell or a range; blank cells stay blank.
 * @param from_year The year whose price level the amounts are in (a cell, or a range aligned with amount).
 * @param to_year The year to move them to (a cell, or a range aligned with amount).
 * @param index_years The years of the index table, one row per year.
 * @param index_levels The index level of each year, aligned with index_years (any base, e.g. 2024 = 100).
 * @returns The amounts at to_year's price level, kr.
 */
export function priceIndex(amount: unknown[][], from_year: unknown[][], to_year: unknown[][], index_years: unknown[][], index_levels: unknown[][]): unknown[][] {
  return guard(() => runElementwise(priceIndexSpec(indexTable(index_years, index_levels)), [amount, from_year, to_year]));
}
