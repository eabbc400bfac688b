import { allocate, combineKeys } from "./allocate";
import { Decimal, ONE, roundTo } from "./decimal";

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
