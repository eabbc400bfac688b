import { Decimal } from "../../money/decimal";
import { exactSum } from "../../money/fixed";
import * as model from "./rules";
import { Arg, RULES, alignedColumns, decimalsArg, requiredNumber, scalarNumber } from "../../excel/args";
import { guard, money } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

interface PoolYear {
  budget: Decimal;
  /** The referral costs as their exact sum alone: the models only add them. */
  costs: Decimal[];
  openingBalance: Decimal;
}

/** The pool's year: its budget, the referral costs (blank rows skipped) and the opening balance. */
function poolYear(budget: Arg, costs: Arg, openingBalance: Arg): PoolYear {
  const amount = scalarNumber(budget, "budget", RULES.nonNegative);
  const { cells, used } = alignedColumns([{ param: "costs", arg: costs }]);
  return {
    budget: amount,
    costs: [exactSum(used.map((i) => requiredNumber(cells[0][i], "costs", RULES.nonNegative, i + 1)))],
    openingBalance: scalarNumber(openingBalance, "opening_balance", RULES.nonNegative),
  };
}

/**
 * Nordfyns (fællesmidler): the common funds the school leaders have after the year, what is
 * left of the opening balance and the pool's budget when the referrals are paid:
 * max(0, opening_balance + budget − Σ costs). An overrun leaves 0 (see NORDFYNS_SCHOOL_DRAW).
 * @customfunction NORDFYNS_COMMON_FUNDS
 * @helpurl https://localhost:3000/docs/nordfyns.html#nordfyns_common_funds
 * @param budget The central special-education pool's budget for the year (kr.).
 * @param costs Cost of each referral paid from the pool (kr.), one row per referral.
 * @param opening_balance The common funds at the start of the year (kr.).
 * @returns The common funds at the end of the year, kr.
 */
export function nordfynsCommonFunds(budget: unknown, costs: unknown[][], opening_balance: unknown): unknown {
  return guard(() => {
    const year = poolYear(budget, costs, opening_balance);
    return money(model.nordfynsCommonFunds(year.budget, year.costs, year.openingBalance));
  });
}

/**
 * Nordfyns: each school's draw on its base budget (basisbudget) when the referrals overrun the
 * pool's budget and the common funds: the shortfall max(0, Σ costs − budget − opening_balance)
 * shared in proportion to the base budgets. The column sums exactly to the shortfall.
 * @customfunction NORDFYNS_SCHOOL_DRAW
 * @helpurl https://localhost:3000/docs/nordfyns.html#nordfyns_school_draw
 * @param budget The central special-education pool's budget for the year (kr.).
 * @param costs Cost of each referral paid from the pool (kr.), one row per referral.
 * @param opening_balance The common funds at the start of the year (kr.).
 * @param base_budgets Each school's base budget (kr.), one row per school: the key of the draw.
 * @param [decimals] Decimal places of the result (default 0: whole kroner).
 * @returns Each school's draw, aligned with the school rows (0 when there is no shortfall).
 */
export function nordfynsSchoolDraw(budget: unknown, costs: unknown[][], opening_balance: unknown, base_budgets: unknown[][], decimals?: unknown): unknown[][] {
  return guard(() => {
    const year = poolYear(budget, costs, opening_balance);
    const places = decimalsArg(decimals);
    return byKeys(keyColumns([{ param: "base_budgets", arg: base_budgets }]), ([b]) => model.nordfynsSchoolDraws(year.budget, year.costs, year.openingBalance, b, places));
  });
}
