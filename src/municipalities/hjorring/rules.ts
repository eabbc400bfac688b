import { allocate, allocateFast, combineKeys, combineKeysFast } from "../../money/allocate";
import { Decimal, ONE } from "../../money/decimal";
import { fail } from "../../money/errors";
import { Fixed, MAX_SAFE, POW10, divRound, scaleOf, toKroner } from "../../money/fixed";


/**
 * Hjørring: fully decentral model with an average rate (gennemsnitstakst). One pool is shared
 * out by pupils and the district's socio-economics; each school pays the year's average cost of
 * a pupil at Hjørringskolen for every pupil it refers, whatever the offer. What a school does
 * not spend on referrals it invests in inclusion; an overrun comes out of its general budget.
 */
export interface HjorringRules {
  /** 293.000 kr. per referred pupil per year (2023). */
  rate: Decimal;
}

/** The seed's figures (katalog, Hjørring Kommune): 70 % by pupils, 30 % by socio-economics. */
export const HJORRING_DEFAULTS = {
  pupilWeight: 0.7,
  rate: 293000,
} as const;

/**
 * Each school's share of `pool`: the part `pupilWeight` by pupils, the rest by socio-economics,
 * to `decimals` places by largest remainder.
 */
export function hjorringShares(pool: Decimal, pupils: readonly Decimal[], socio: readonly Decimal[], pupilWeight: Decimal, decimals: number): Decimal[] {
  const shares = combineKeys([pupils, socio], [pupilWeight, ONE.minus(pupilWeight)], ["pupils", "socio"]);
  return allocate(pool, shares, decimals, "pupils");
}

/**
 * The year's average rate: the total cost of Hjørringskolen per pupil.
 *
 * @param row the 1-based row named in the error when there are no pupils.
 */
export function hjorringRate(totalCost: Decimal, pupils: Decimal, row?: number): Decimal {
  if (pupils.isZero()) fail("div0", "notPositive", { param: "pupils", row, value: 0 });
  return totalCost.div(pupils);
}

/**
 * What a school has left to invest in inclusion: its share minus its referrals (pupil-years)
 * at the average rate. Negative is a deficit the school covers from its general budget.
 */
export function hjorringBalance(share: Decimal, referrals: Decimal, rules: HjorringRules): Decimal {
  return share.minus(referrals.times(rules.rate));
}

/** hjorringShares on plain keys ≥ 0, as numbers (allocateFast); undefined: take the Decimal path. */
export function hjorringSharesFast(pool: Decimal, pupils: readonly number[], socio: readonly number[], pupilWeight: Decimal, decimals: number): number[] | undefined {
  return allocateFast(pool, combineKeysFast([pupils, socio], [pupilWeight, ONE.minus(pupilWeight)]), decimals);
}

/**
 * hjorringBalance on plain numbers ≥ 0, rounded to the øre: share − referrals × rate at one
 * scale (fixed.ts). Undefined when not representable within 2^53: take the Decimal path.
 */
export function hjorringBalanceFast(share: number, referrals: number, rate: Fixed): number | undefined {
  const a = scaleOf(share);
  const b = scaleOf(referrals);
  if (a < 0 || b < 0) return undefined;
  const e = Math.max(a, b + rate.s);
  const have = Math.round(share * POW10[a]) * POW10[e - a];
  const spent = Math.round(referrals * POW10[b]) * rate.n * POW10[e - b - rate.s];
  if (!(have <= MAX_SAFE && spent <= MAX_SAFE)) return undefined;
  return toKroner(have - spent, e);
}

/**
 * hjorringRate on plain numbers ≥ 0, rounded to the øre: with K = totalCost·10^a and
 * N = pupils·10^b integers, the rate in øre is K·10^(b+2) / (N·10^a), rounded once (divRound).
 * Decimal rounds the quotient to 100 digits before the øre, which changes nothing: a quotient
 * of integers below 10^17 never has more than 17 nines in a row. Undefined when there are no
 * pupils (hjorringRate raises that) or a number is not representable: take the Decimal path.
 */
export function hjorringRateFast(totalCost: number, pupils: number): number | undefined {
  const a = scaleOf(totalCost);
  const b = scaleOf(pupils);
  if (a < 0 || b < 0 || pupils === 0) return undefined;
  const n = Math.round(totalCost * POW10[a]) * POW10[b + 2];
  const d = Math.round(pupils * POW10[b]) * POW10[a];
  if (!(n <= MAX_SAFE && d <= MAX_SAFE)) return undefined;
  return divRound(n, d) / 100;
}
