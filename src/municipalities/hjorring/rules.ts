import { allocateKeys } from "../../money/allocate";
import { Calc, Num } from "../../money/calc";
import { Decimal, ONE } from "../../money/decimal";
import { fail } from "../../money/errors";


/**
 * Hjørring: fully decentral model with an average rate (gennemsnitstakst). One pool is shared
 * out by pupils and the district's socio-economics; each school pays the year's average cost of
 * a pupil at Hjørringskolen for every pupil it refers, whatever the offer. What a school does
 * not spend on referrals it invests in inclusion; an overrun comes out of its general budget.
 */
export interface HjorringRules<N> {
  /** 293.000 kr. per referred pupil per year (2023). */
  rate: N;
}

/** The seed's figures (katalog, Hjørring Kommune): 70 % by pupils, 30 % by socio-economics; the 2023 rate. */
export const HJORRING_DEFAULTS = {
  pupilWeight: 0.7,
  rate: 293000,
} as const;

/**
 * Each school's share of `pool`: the part `pupilWeight` by pupils, the rest by socio-economics,
 * to `decimals` places by largest remainder.
 */
export function hjorringShares(pool: Decimal, pupils: readonly number[], socio: readonly number[], pupilWeight: Decimal, decimals: number): number[] {
  return allocateKeys(pool, [pupils, socio], [pupilWeight, ONE.minus(pupilWeight)], decimals, ["pupils", "socio"]);
}

/**
 * The year's average rate: the total cost of Hjørringskolen per pupil, to `places` decimals in one
 * division (an average applied elsewhere is not rounded first: see the comparison).
 *
 * @param row the 1-based row named in the error when there are no pupils.
 */
export function hjorringRate<N extends Num<N>>(calc: Calc<N>, totalCost: N, pupils: N, places: number, row?: number): N {
  if (pupils.isZero()) fail("div0", "notPositive", { param: "pupils", row, value: 0 });
  return calc.divRound(totalCost, pupils, places);
}

/**
 * What a school has left to invest in inclusion: its share minus its referrals (pupil-years)
 * at the average rate. Negative is a deficit the school covers from its general budget.
 */
export function hjorringBalance<N extends Num<N>>(share: N, referrals: N, rules: HjorringRules<N>): N {
  return share.minus(referrals.times(rules.rate));
}
