import { Decimal } from "../../money/decimal";
import * as model from "./rules";
import { Arg, Cell, RULES, alignedColumns, decimalsArg, isPlainNonNegative, mapCells, number, scalarNumber, text } from "../../excel/args";
import { column, guard, money, moneyGrid } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

/** An Excel date serial; its checks (whole, in range, order) are the model's dateSpan. */
function serial(cell: Cell, param: string, row?: number): number {
  return number(cell, param, RULES.any, undefined, row).toNumber();
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
    return byKeys(
      keys,
      ([p]) => model.horsholmDecentralFast(amount, p, digits),
      ([p]) => model.horsholmDecentral(amount, p, digits)
    );
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
  return guard(() => {
    const period = roundPeriod(period_start, period_end);
    const values = mapCells<Decimal | number>(
      { param: "annual_cost", arg: annual_cost },
      [
        { param: "start", arg: start },
        { param: "end", arg: end },
      ],
      ([cost, first, last], row) => {
        const fast = isPlainNonNegative(cost) ? model.horsholmPeriodCostFast(cost, first, last, period) : undefined;
        if (fast !== undefined) return fast;
        const annual = number(cost, "annual_cost", RULES.nonNegative, undefined, row);
        const span = model.dateSpan(serial(first, "start", row), serial(last, "end", row), { start: "start", end: "end" }, row);
        return model.horsholmPeriodCost(annual, span, period);
      }
    );
    return moneyGrid(values);
  });
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
      annualCost: number(costOf[i], "annual_costs", RULES.nonNegative, undefined, i + 1),
      span: model.dateSpan(serial(startOf[i], "starts", i + 1), serial(endOf[i], "ends", i + 1), { start: "starts", end: "ends" }, i + 1),
      row: i + 1,
    });
    // Plain rows are collected as they are; any other row is read as the Decimal path reads it,
    // so its error is raised in row order.
    const plain = { schools: [] as string[], annualCosts: [] as number[], starts: [] as number[], ends: [] as number[] };
    let allPlain = true;
    for (const i of referralRows.used) {
      const cost = costOf[i];
      const first = startOf[i];
      const last = endOf[i];
      if (allPlain && isPlainNonNegative(cost) && model.isReferralSpan(first, last)) {
        plain.schools.push(text(schoolOf[i], "referral_schools", i + 1));
        plain.annualCosts.push(cost);
        plain.starts.push(first as number);
        plain.ends.push(last as number);
      } else {
        allPlain = false;
        referral(i);
      }
    }
    const fast = allPlain && model.horsholmAllocationFast(names, plain, period);
    if (fast) return column(schoolRows.count, schoolRows.used, fast);
    const totals = model.horsholmAllocation(names, referralRows.used.map(referral), period);
    return column(schoolRows.count, schoolRows.used, totals.map(money));
  });
}
