import { allocate, allocateFast, combineKeys, combineKeysFast } from "../../money/allocate";
import { Decimal, ONE, roundTo } from "../../money/decimal";
import { Fixed, MAX_SAFE, POW10, scaleOf, scaled, toKroner, toOreUnits } from "../../money/fixed";


/**
 * Viborg: partly decentral model with a fixed co-financing rate (medfinansierende takst). A
 * school pays the same rate for every pupil it refers to a special class or school, whatever
 * the offer; a central residual pool (restpulje) pays the rest as supplementary rates
 * (tillægstakster). The money goes to the schools by number of classes and socio-economics.
 */
export interface ViborgRules {
  /** 135.000 kr. per referred pupil per year. */
  rate: Decimal;
}

/** The seed's figures (katalog, Viborg Kommune). The class/socio weight is not given. */
export const VIBORG_DEFAULTS = {
  rate: 135000,
} as const;

/**
 * What the school pays for a referral running the part `fraction` of a year: rate × f, to the
 * øre: the amount is charged as such, and the residual pool's part is the cost minus it, so the
 * two sum to the cost even where rate × f ends in half an øre.
 */
export function viborgSchoolPayment(fraction: Decimal, rules: ViborgRules): Decimal {
  return roundTo(rules.rate.times(fraction), 2);
}

/**
 * What the residual pool pays: the cost minus the school's payment. Negative when the offer
 * costs less than the rate: the residual pool gains.
 */
export function viborgCentralPayment(cost: Decimal, fraction: Decimal, rules: ViborgRules): Decimal {
  return cost.minus(viborgSchoolPayment(fraction, rules));
}

/**
 * Shares `pool` among the schools: the part `classWeight` by number of classes, the rest
 * (1 − classWeight) by socio-economics, to `decimals` places by largest remainder.
 */
export function viborgAllocation(pool: Decimal, classes: readonly Decimal[], socio: readonly Decimal[], classWeight: Decimal, decimals: number): Decimal[] {
  const shares = combineKeys([classes, socio], [classWeight, ONE.minus(classWeight)], ["classes", "socio"]);
  return allocate(pool, shares, decimals, "classes");
}

/** rate × f in øre on a plain fraction (scaled integers, see fixed.ts); undefined when not representable. */
function schoolOre(fraction: number, rate: Fixed): number | undefined {
  const b = scaleOf(fraction);
  if (b < 0) return undefined;
  return toOreUnits(rate.n * Math.round(fraction * POW10[b]), rate.s + b);
}

/** viborgSchoolPayment on a plain fraction, as the number Excel gets; undefined: take the Decimal path. */
export function viborgSchoolPaymentFast(fraction: number, rate: Fixed): number | undefined {
  const ore = schoolOre(fraction, rate);
  return ore === undefined ? undefined : ore / 100;
}

/** viborgCentralPayment on plain numbers, rounded to the øre; undefined: take the Decimal path. */
export function viborgCentralPaymentFast(cost: number, fraction: number, rate: Fixed): number | undefined {
  const school = schoolOre(fraction, rate);
  const s = scaleOf(cost);
  if (school === undefined || s < 0) return undefined;
  const a = Math.max(s, 2);
  const k = scaled(cost, a);
  const paid = school * POW10[a - 2];
  if (!(k <= MAX_SAFE && Math.abs(paid) <= MAX_SAFE)) return undefined;
  return toKroner(k - paid, a);
}

/** viborgAllocation on plain keys ≥ 0, as numbers (allocateFast); undefined: take the Decimal path. */
export function viborgAllocationFast(pool: Decimal, classes: readonly number[], socio: readonly number[], classWeight: Decimal, decimals: number): number[] | undefined {
  return allocateFast(pool, combineKeysFast([classes, socio], [classWeight, ONE.minus(classWeight)]), decimals);
}
