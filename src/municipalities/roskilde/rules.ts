import { Decimal, ONE, ZERO, max, min, roundTo } from "../../money/decimal";
import { Fixed, MAX_SAFE, POW10, fixedOf, scaleOf, scaled, toKroner, toOreUnits } from "../../money/fixed";
import { OfferType } from "../../money/offers";


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

/** Roskilde's rules as scaled integers for the fast kernels (see fixed.ts). */
export interface RoskildeFastRules {
  ordinary: { threshold: Fixed; keep: Fixed };
  treatment: { threshold: Fixed; keep: Fixed };
  cap: Fixed;
}

/** The rules for roskildeSchoolPaymentFast; undefined when one has more than 6 decimals. */
export function roskildeFastRules(rules: RoskildeRules): RoskildeFastRules | undefined {
  const parts = [rules.threshold, ONE.minus(rules.compensation), rules.treatmentThreshold, ONE.minus(rules.treatmentCompensation), rules.cap].map(fixedOf);
  if (parts.some((p) => p === undefined)) return undefined;
  const [threshold, keep, treatmentThreshold, treatmentKeep, cap] = parts as Fixed[];
  return { ordinary: { threshold, keep }, treatment: { threshold: treatmentThreshold, keep: treatmentKeep }, cap };
}

/**
 * roskildeSchoolPayment in øre on plain numbers (cost ≥ 0, fraction in (0, 1]): every term at
 * one scale E = max(decimals of K, T·f, M·f), the school's part of the cost above the threshold
 * (1 − c) adding its own decimals. Undefined when not representable within 2^53.
 */
function schoolOre(cost: number, offer: OfferType, fraction: number, rules: RoskildeFastRules): number | undefined {
  if (offer === "central") return 0;
  const a = scaleOf(cost);
  const b = scaleOf(fraction);
  if (a < 0 || b < 0) return undefined;
  const { threshold, keep } = offer === "behandling" ? rules.treatment : rules.ordinary;
  const cap = rules.cap;
  const e = Math.max(a, threshold.s + b, cap.s + b);
  const f = Math.round(fraction * POW10[b]);
  const k = Math.round(cost * POW10[a]) * POW10[e - a];
  const tf = threshold.n * f * POW10[e - threshold.s - b];
  const mf = cap.n * f * POW10[e - cap.s - b];
  const unit = POW10[keep.s];
  const total = (k < tf ? k : tf) * unit + keep.n * (k > tf ? k - tf : 0);
  const limit = mf * unit;
  // Non-negative terms: a product or sum past 2^53 shows as a float ≥ 2^53.
  if (!(k <= MAX_SAFE && tf <= MAX_SAFE && mf <= MAX_SAFE && total <= MAX_SAFE && limit <= MAX_SAFE)) return undefined;
  return toOreUnits(total < limit ? total : limit, e + keep.s);
}

/** roskildeSchoolPayment on plain numbers, as the number Excel gets; undefined: take the Decimal path. */
export function roskildeSchoolPaymentFast(cost: number, offer: OfferType, fraction: number, rules: RoskildeFastRules): number | undefined {
  const ore = schoolOre(cost, offer, fraction, rules);
  return ore === undefined ? undefined : ore / 100;
}

/** roskildeCentralPayment on plain numbers, rounded to the øre; undefined: take the Decimal path. */
export function roskildeCentralPaymentFast(cost: number, offer: OfferType, fraction: number, rules: RoskildeFastRules): number | undefined {
  const school = schoolOre(cost, offer, fraction, rules);
  const s = scaleOf(cost);
  if (school === undefined || s < 0) return undefined;
  const a = Math.max(s, 2);
  const k = scaled(cost, a);
  const paid = school * POW10[a - 2];
  if (!(k <= MAX_SAFE && paid <= MAX_SAFE)) return undefined;
  return toKroner(k - paid, a);
}
