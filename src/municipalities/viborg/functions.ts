import * as model from "./rules";
import { RULES, decimalsArg, scalarNumber } from "../../excel/args";
import { runElementwise } from "../../excel/elementwise";
import { VIBORG_CENTRAL, VIBORG_COST } from "./declarations";
import { guard } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

/**
 * Viborg (fast medfinansierende takst): what the school pays for each referred pupil, the same
 * rate whatever the offer: 135.000 kr. a year, scaled by the part of the year the pupil is in
 * the offer. The cost only marks the referral; it does not change the rate.
 * @customfunction VIBORG_COST
 * @helpurl https://localhost:3000/docs/viborg.html#viborg_cost
 * @param cost Cost of each referral for the part of the year it runs (kr.); blank cells stay blank.
 * @param [year_fraction] Part of the year the pupil is in the offer, >0 and ≤1 (blank: 1).
 * @param [rate] The school's rate per referred pupil per year, kr. (default 135000).
 * @returns The school's payment per referral, kr.
 */
export function viborgCost(cost: unknown[][], year_fraction?: unknown[][], rate?: unknown): unknown[][] {
  return guard(() => runElementwise(VIBORG_COST, [cost, year_fraction, rate]));
}

/**
 * Viborg (restpulje): what the central residual pool pays for each referred pupil, the cost
 * minus the school's rate (see VIBORG_COST). Negative when the offer costs less than the rate:
 * the residual pool gains.
 * @customfunction VIBORG_CENTRAL
 * @helpurl https://localhost:3000/docs/viborg.html#viborg_central
 * @param cost Cost of each referral for the part of the year it runs (kr.); blank cells stay blank.
 * @param [year_fraction] Part of the year the pupil is in the offer, >0 and ≤1 (blank: 1).
 * @param [rate] The school's rate per referred pupil per year, kr. (default 135000).
 * @returns The residual pool's payment per referral, kr.
 */
export function viborgCentral(cost: unknown[][], year_fraction?: unknown[][], rate?: unknown): unknown[][] {
  return guard(() => runElementwise(VIBORG_CENTRAL, [cost, year_fraction, rate]));
}

/**
 * Viborg: shares the schools' special-education money by number of classes and
 * socio-economics. The seed gives no weight, so class_weight is required; the socio-economic
 * weight is 1 − class_weight. The column sums exactly to the pool (largest remainder).
 * @customfunction VIBORG_ALLOCATION
 * @helpurl https://localhost:3000/docs/viborg.html#viborg_allocation
 * @param pool The amount to share out (kr.).
 * @param classes Number of classes per school, one row per school.
 * @param socio Socio-economic key per school, aligned with classes.
 * @param class_weight Weight of the classes key, 0 to 1 (required; socio-economics gets the rest).
 * @param [decimals] Decimal places of the result (default 0: whole kroner).
 * @returns Each school's allocation, aligned with the school rows.
 */
export function viborgAllocation(pool: unknown, classes: unknown[][], socio: unknown[][], class_weight: unknown, decimals?: unknown): unknown[][] {
  return guard(() => {
    const amount = scalarNumber(pool, "pool", RULES.amount);
    const weight = scalarNumber(class_weight, "class_weight", RULES.share);
    const places = decimalsArg(decimals);
    const keys = keyColumns([
      { param: "classes", arg: classes },
      { param: "socio", arg: socio },
    ]);
    return byKeys(keys, ([c, s]) => model.viborgAllocation(amount, c, s, weight, places));
  });
}
