import * as model from "./rules";
import { RULES, decimalsArg, scalarNumber } from "../../excel/args";
import { runElementwise } from "../../excel/elementwise";
import { HJORRING_BALANCE, HJORRING_RATE } from "./declarations";
import { guard } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

/**
 * Hjørring: shares the pool among the schools, 70 % by pupils and 30 % by the school district's
 * socio-economics (pupil_weight sets the split). The column sums exactly to the pool (largest
 * remainder).
 * @customfunction HJORRING_SHARE
 * @helpurl https://localhost:3000/docs/hjorring.html#hjorring_share
 * @param pool The amount to share out (kr.).
 * @param pupils Number of pupils per school, one row per school.
 * @param socio Socio-economic key of each school's district, aligned with pupils.
 * @param [pupil_weight] Weight of the pupils key, 0 to 1 (default 0.7; socio-economics gets the rest).
 * @param [decimals] Decimal places of the result (default 0: whole kroner).
 * @returns Each school's share of the pool, aligned with the school rows.
 */
export function hjorringShare(pool: unknown, pupils: unknown[][], socio: unknown[][], pupil_weight?: unknown, decimals?: unknown): unknown[][] {
  return guard(() => {
    const amount = scalarNumber(pool, "pool", RULES.amount);
    const weight = scalarNumber(pupil_weight, "pupil_weight", RULES.share, model.HJORRING_DEFAULTS.pupilWeight);
    const places = decimalsArg(decimals);
    const keys = keyColumns([
      { param: "pupils", arg: pupils },
      { param: "socio", arg: socio },
    ]);
    return byKeys(keys, ([p, s]) => model.hjorringShares(amount, p, s, weight, places));
  });
}

/**
 * Hjørring (gennemsnitstakst): the year's average rate, the total cost of Hjørringskolen divided
 * by its pupils (2023: 293.000 kr.). Elementwise: one year per cell.
 * @customfunction HJORRING_RATE
 * @helpurl https://localhost:3000/docs/hjorring.html#hjorring_rate
 * @param total_cost Total cost of the special school for the year (kr.).
 * @param pupils Number of pupils (or pupil-years) at the special school, >0.
 * @returns The average rate per pupil per year, kr.
 */
export function hjorringRate(total_cost: unknown[][], pupils: unknown[][]): unknown[][] {
  return guard(() => runElementwise(HJORRING_RATE, [total_cost, pupils]));
}

/**
 * Hjørring: what each school has left to invest in inclusion, its share of the pool minus its
 * referrals at the average rate (default 293.000 kr., 2023). Negative is a deficit the school
 * covers from its own general budget.
 * @customfunction HJORRING_BALANCE
 * @helpurl https://localhost:3000/docs/hjorring.html#hjorring_balance
 * @param share Each school's share of the pool (kr.); blank cells stay blank.
 * @param referrals Referred pupils of each school, in pupil-years (may be fractional).
 * @param [rate] Average rate per referred pupil per year, kr. (default 293000).
 * @returns Each school's balance, kr. (negative: deficit).
 */
export function hjorringBalance(share: unknown[][], referrals: unknown[][], rate?: unknown): unknown[][] {
  return guard(() => runElementwise(HJORRING_BALANCE, [share, referrals, rate]));
}
