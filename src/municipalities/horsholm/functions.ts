import * as model from "./rules";
import { Arg, Cell, RULES, alignedColumns, decimalsArg, requiredNumber, scalarNumber, text } from "../../excel/args";
import { runElementwise } from "../../excel/elementwise";
import { HORSHOLM_PERIOD_COST } from "./declarations";
import { column, guard } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

/** An Excel date serial; its checks (whole, in range, order) are the model's dateSpan. */
function serial(cell: Cell, param: string, row?: number): number {
  return requiredNumber(cell, param, RULES.any, row);
}


/** The allocation round's period from two single cells. */
function roundPeriod(periodStart: Arg, periodEnd: Arg): model.DateSpan {
  const start = scalarNumber(periodStart, "period_start", RULES.any).toNumber();
  const end = scalarNumber(periodEnd, "period_end", RULES.any).toNumber();
  return model.dateSpan(start, end, { start: "period_start", end: "period_end" });
}

/**
 * Hørsholm (samarbejdsmodel): the decentral money for prevention and support under 9 hours a
 * week, shared out by pupil count and rounded to decimals by the largest remainder so the column
 * sums to the pool exactly (ties go to the earlier school). Blank rows stay blank.
 * @customfunction HORSHOLM_DECENTRAL
 * @helpurl https://localhost:3000/docs/horsholm.html#horsholm_decentral
 * @param pool The decentral pool, kr. per year.
 * @param pupils Pupils per school.
 * @param [decimals] Decimals of the result, 0..10 (default 0: whole kroner).
 * @returns Each school's share of the pool, kr.
 */
export function horsholmDecentral(pool: unknown, pupils: unknown[][], decimals?: unknown): unknown[][] {
  return guard(() => {
    const keys = keyColumns([{ param: "pupils", arg: pupils }]);
    const amount = scalarNumber(pool, "pool", RULES.amount);
    const digits = decimalsArg(decimals);
    return byKeys(keys, ([p]) => model.horsholmDecentral(amount, p, digits));
  });
}

/**
 * Hørsholm (samarbejdsmodel): the part of each referral's annual cost that falls in a period:
 * annual_cost × Σ over calendar years of overlap days / days in the year. Dates are Excel date
 * serials (1900 date system, from 1 March 1900), both ends inclusive; a whole calendar year costs
 * exactly annual_cost, leap years included; a referral outside the period costs 0.
 * @customfunction HORSHOLM_PERIOD_COST
 * @helpurl https://localhost:3000/docs/horsholm.html#horsholm_period_cost
 * @param annual_cost Cost of each referral per whole year, kr.
 * @param start First day of each referral (a date).
 * @param end Last day of each referral (a date, inclusive).
 * @param period_start First day of the period (a date).
 * @param period_end Last day of the period (a date, inclusive).
 * @returns The cost falling in the period per referral, kr.
 */
export function horsholmPeriodCost(annual_cost: unknown[][], start: unknown[][], end: unknown[][], period_start: unknown, period_end: unknown): unknown[][] {
  return guard(() => runElementwise(HORSHOLM_PERIOD_COST, [annual_cost, start, end, period_start, period_end]));
}

/**
 * Hørsholm (samarbejdsmodel): the central allocation of one round, aligned with schools: each
 * school's sum of its referrals' costs in the period (as HORSHOLM_PERIOD_COST, summed before
 * rounding to the øre). School names match trimmed and case-insensitive; a school without
 * referrals gets 0.
 * @customfunction HORSHOLM_ALLOCATION
 * @helpurl https://localhost:3000/docs/horsholm.html#horsholm_allocation
 * @param schools The schools, one row each.
 * @param referral_schools The school of each referral.
 * @param annual_costs Cost of each referral per whole year, kr., aligned with referral_schools.
 * @param starts First day of each referral (a date).
 * @param ends Last day of each referral (a date, inclusive).
 * @param period_start First day of the allocation round's period (a date).
 * @param period_end Last day of the period (a date, inclusive).
 * @returns Each school's central allocation for the period, kr.
 */
export function horsholmAllocation(
  schools: unknown[][],
  referral_schools: unknown[][],
  annual_costs: unknown[][],
  starts: unknown[][],
  ends: unknown[][],
  period_start: unknown,
  period_end: unknown
): unknown[][] {
  return guard(() => {
    const schoolRows = alignedColumns([{ param: "schools", arg: schools }]);
    const referralRows = alignedColumns([
      { param: "referral_schools", arg: referral_schools },
      { param: "annual_costs", arg: annual_costs },
      { param: "starts", arg: starts },
      { param: "ends", arg: ends },
    ]);
    const period = roundPeriod(period_start, period_end);
    const names = schoolRows.used.map((i) => ({ name: text(schoolRows.cells[0][i], "schools", i + 1), row: i + 1 }));
    const [schoolOf, costOf, startOf, endOf] = referralRows.cells;
    const referral = (i: number): model.HorsholmReferral => ({
      school: text(schoolOf[i], "referral_schools", i + 1),
      annualCost: requiredNumber(costOf[i], "annual_costs", RULES.nonNegative, i + 1),
      span: model.dateSpan(serial(startOf[i], "starts", i + 1), serial(endOf[i], "ends", i + 1), { start: "starts", end: "ends" }, i + 1),
      row: i + 1,
    });
    return column(schoolRows.count, schoolRows.used, model.horsholmAllocation(names, referralRows.used.map(referral), period));
  });
}
