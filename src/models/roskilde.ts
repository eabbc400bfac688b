import { Decimal, ONE, ZERO, max, min, roundTo } from "./decimal";
import { OfferType } from "./offers";

/**
 * Roskilde: partly decentral co-financing (medfinansiering). The school pays the cost of a
 * referred pupil up to a threshold; above it the centre compensates a share; the school's
 * payment per pupil per year is capped. `central` offers are paid by the centre alone.
 */
export interface RoskildeRules {
  /** 354.000 kr. per pupil per year for ordinary offers. */
  threshold: Decimal;
  /** 75 % of the cost above the threshold. */
  compensation: Decimal;
  /** 413.000 kr. for behandlings- og specialundervisningstilbud. */
  treatmentThreshold: Decimal;
  /** 50 % above the treatment threshold. */
  treatmentCompensation: Decimal;
  /** 666.000 kr.: the school's maximal financing per pupil per year. */
  cap: Decimal;
}

/** The seed's figures (katalog, Roskilde Kommune). */
export const ROSKILDE_DEFAULTS = {
  threshold: 354000,
  compensation: 0.75,
  treatmentThreshold: 413000,
  treatmentCompensation: 0.5,
  cap: 666000,
} as const;

/**
 * What the school pays for one referral costing `cost` for the part `fraction` of a year:
 * min( min(K, T·f) + (1 − c)·max(0, K − T·f), M·f ), rounded to the øre here so that the
 * centre's part is the exact rest (rounding both parts separately could add up to an øre more).
 */
export function roskildeSchoolPayment(cost: Decimal, offer: OfferType, fraction: Decimal, rules: RoskildeRules): Decimal {
  if (offer === "central") return ZERO;
  const treatment = offer === "behandling";
  const threshold = (treatment ? rules.treatmentThreshold : rules.threshold).times(fraction);
  const compensation = treatment ? rules.treatmentCompensation : rules.compensation;
  const below = min(cost, threshold);
  const above = max(ZERO, cost.minus(threshold));
  return roundTo(min(below.plus(ONE.minus(compensation).times(above)), rules.cap.times(fraction)), 2);
}

/** The centre's compensation: the cost minus what the school pays. */
export function roskildeCentralPayment(cost: Decimal, offer: OfferType, fraction: Decimal, rules: RoskildeRules): Decimal {
  return cost.minus(roskildeSchoolPayment(cost, offer, fraction, rules));
}
