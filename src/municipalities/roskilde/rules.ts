import { Calc, Num, min } from "../../money/calc";
import { OfferType } from "../../money/offers";

/**
 * Roskilde: partly decentral co-financing (medfinansiering). The school pays the cost of a
 * referred pupil up to a threshold; above it the centre compensates a share; the school's
 * payment per pupil per year is capped. `central` offers are paid by the centre alone.
 */
export interface RoskildeRules<N> {
  /** 354.000 kr. per pupil per year for ordinary offers. */
  threshold: N;
  /** 75 % of the cost above the threshold. */
  compensation: N;
  /** 413.000 kr. for behandlings- og specialundervisningstilbud. */
  treatmentThreshold: N;
  /** 50 % above the treatment threshold. */
  treatmentCompensation: N;
  /** 666.000 kr.: the school's maximal financing per pupil per year. */
  cap: N;
}

/** The seed's figures (katalog, Roskilde Kommune). */
export const ROSKILDE_DEFAULTS: RoskildeRules<number> = {
  threshold: 354000,
  compensation: 0.75,
  treatmentThreshold: 413000,
  treatmentCompensation: 0.5,
  cap: 666000,
};

/**
 * What the school pays for one referral costing `cost` for the part `fraction` of a year:
 * min( min(K, T·f) + (1 − c)·max(0, K − T·f), M·f ), rounded to the øre here so that the
 * centre's part is the exact rest (rounding both parts separately could add up to an øre more).
 */
export function roskildeSchoolPayment<N extends Num<N>>(calc: Calc<N>, cost: N, offer: OfferType, fraction: N, rules: RoskildeRules<N>): N {
  if (offer === "central") return calc.zero;
  const treatment = offer === "behandling";
  const threshold = (treatment ? rules.treatmentThreshold : rules.threshold).times(fraction);
  const cap = rules.cap.times(fraction);
  // At or below the threshold the school pays the cost (within the cap): nothing to compensate.
  if (!cost.greaterThan(threshold)) return calc.round(min(cost, cap), 2);
  const compensation = treatment ? rules.treatmentCompensation : rules.compensation;
  const above = cost.minus(threshold);
  return calc.round(min(threshold.plus(calc.one.minus(compensation).times(above)), cap), 2);
}

/**
 * The centre's compensation: the cost as Excel shows it (to the øre) minus what the school pays,
 * so the two parts add up to the amount shown and neither goes below 0.
 */
export function roskildeCentralPayment<N extends Num<N>>(calc: Calc<N>, cost: N, offer: OfferType, fraction: N, rules: RoskildeRules<N>): N {
  return calc.round(cost, 2).minus(roskildeSchoolPayment(calc, cost, offer, fraction, rules));
}
