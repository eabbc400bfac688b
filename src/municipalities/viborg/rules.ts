import { allocateKeys } from "../../money/allocate";
import { Decimal, ONE } from "../../money/decimal";
import { Calc, Num } from "../../money/calc";


/**
 * Viborg: partly decentral model with a fixed co-financing rate (medfinansierende takst). A
 * school pays the same rate for every pupil it refers to a special class or school, whatever
 * the offer; a central residual pool (restpulje) pays the rest as supplementary rates
 * (tillægstakster). The money goes to the schools by number of classes and socio-economics.
 */
export interface ViborgRules<N> {
  /** 135.000 kr. per referred pupil per year. */
  rate: N;
}

/** The seed's figures (katalog, Viborg Kommune). The class/socio weight is not given. */
export const VIBORG_DEFAULTS: ViborgRules<number> = {
  rate: 135000,
};

/**
 * What the school pays for a referral running the part `fraction` of a year: rate × f, to the
 * øre: the amount is charged as such, and the residual pool's part is the rest of the cost.
 */
export function viborgSchoolPayment<N extends Num<N>>(calc: Calc<N>, fraction: N, rules: ViborgRules<N>): N {
  return calc.round(rules.rate.times(fraction), 2);
}

/**
 * What the residual pool pays: the cost as shown (to the øre) minus the school's payment.
 * Negative when the offer costs less than the rate: the residual pool gains.
 */
export function viborgCentralPayment<N extends Num<N>>(calc: Calc<N>, cost: N, fraction: N, rules: ViborgRules<N>): N {
  return calc.round(cost, 2).minus(viborgSchoolPayment(calc, fraction, rules));
}

/**
 * Shares `pool` among the schools: the part `classWeight` by number of classes, the rest
 * (1 − classWeight) by socio-economics, to `decimals` places by largest remainder.
 */
export function viborgAllocation(pool: Decimal, classes: readonly number[], socio: readonly number[], classWeight: Decimal, decimals: number): number[] {
  return allocateKeys(pool, [classes, socio], [classWeight, ONE.minus(classWeight)], decimals, ["classes", "socio"]);
}
