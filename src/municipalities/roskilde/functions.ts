import { Decimal } from "../../money/decimal";
import {
  ROSKILDE_DEFAULTS,
  RoskildeRules,
  roskildeCentralPayment,
  roskildeCentralPaymentFast,
  roskildeFastRules,
  roskildeSchoolPayment,
  roskildeSchoolPaymentFast,
} from "./rules";
import { Arg, RULES, isPlainNonNegative, mapCells, number, offerType, scalarNumber } from "../../excel/args";
import { Out, guard, moneyGrid } from "../../excel/results";

type Payment = typeof roskildeSchoolPayment;
type FastPayment = typeof roskildeSchoolPaymentFast;

/** Every cell through the fast kernel where it is a plain number it can take, else through the Decimal model. */
function roskilde(
  payment: Payment,
  fast: FastPayment,
  cost: Arg,
  offer: Arg,
  yearFraction: Arg,
  threshold: Arg,
  compensation: Arg,
  treatmentThreshold: Arg,
  treatmentCompensation: Arg,
  cap: Arg
): Out[][] {
  return guard(() => {
    const rules: RoskildeRules = {
      threshold: scalarNumber(threshold, "threshold", RULES.nonNegative, ROSKILDE_DEFAULTS.threshold),
      compensation: scalarNumber(compensation, "compensation", RULES.share, ROSKILDE_DEFAULTS.compensation),
      treatmentThreshold: scalarNumber(treatmentThreshold, "treatment_threshold", RULES.nonNegative, ROSKILDE_DEFAULTS.treatmentThreshold),
      treatmentCompensation: scalarNumber(treatmentCompensation, "treatment_compensation", RULES.share, ROSKILDE_DEFAULTS.treatmentCompensation),
      cap: scalarNumber(cap, "cap", RULES.nonNegative, ROSKILDE_DEFAULTS.cap),
    };
    const fastRules = roskildeFastRules(rules);
    const values = mapCells<Decimal | number>(
      { param: "cost", arg: cost },
      [
        { param: "offer", arg: offer },
        { param: "year_fraction", arg: yearFraction },
      ],
      ([k, o, f], row) => {
        if (fastRules && isPlainNonNegative(k)) {
          const type = offerType(o, "offer", row);
          const fraction = f === null || f === undefined ? 1 : f;
          const result = typeof fraction === "number" && fraction > 0 && fraction <= 1 ? fast(k, type, fraction, fastRules) : undefined;
          if (result !== undefined) return result;
        }
        return payment(number(k, "cost", RULES.nonNegative, undefined, row), offerType(o, "offer", row), number(f, "year_fraction", RULES.fraction, 1, row), rules);
      }
    );
    return moneyGrid(values);
  });
}

/**
 * Roskilde (medfinansiering): what the school pays for each referred pupil. The school pays up
 * to 354.000 kr. a year; the centre pays 75 % above that (behandling: 413.000 kr. and 50 %);
 * the school pays at most 666.000 kr. a year; central offers cost the school nothing.
 * Thresholds and cap scale with the year fraction.
 * @customfunction ROSKILDE_COST
 * @helpurl https://localhost:3000/docs/roskilde.html#roskilde_cost
 * @param cost Cost of each referral for the part of the year it runs (kr.).
 * @param [offer] Offer type: normal, behandling or central (blank: normal).
 * @param [year_fraction] Part of the year the pupil is in the offer, >0 and ≤1 (blank: 1).
 * @param [threshold] Threshold for ordinary offers, kr. per year (default 354000).
 * @param [compensation] Central compensation above the threshold (default 0.75).
 * @param [treatment_threshold] Threshold for behandling offers (default 413000).
 * @param [treatment_compensation] Central compensation above it (default 0.5).
 * @param [cap] Cap on the school's payment per pupil per year (default 666000).
 * @returns The school's payment per referral, kr.
 */
export function roskildeCost(
  cost: unknown[][],
  offer?: unknown[][],
  year_fraction?: unknown[][],
  threshold?: unknown,
  compensation?: unknown,
  treatment_threshold?: unknown,
  treatment_compensation?: unknown,
  cap?: unknown
): unknown[][] {
  return roskilde(roskildeSchoolPayment, roskildeSchoolPaymentFast, cost, offer, year_fraction, threshold, compensation, treatment_threshold, treatment_compensation, cap);
}

/**
 * Roskilde (medfinansiering): the centre's compensation for each referred pupil, that is the
 * cost minus what the school pays (see ROSKILDE_COST); central offers are paid in full.
 * @customfunction ROSKILDE_CENTRAL
 * @helpurl https://localhost:3000/docs/roskilde.html#roskilde_central
 * @param cost Cost of each referral for the part of the year it runs (kr.).
 * @param [offer] Offer type: normal, behandling or central (blank: normal).
 * @param [year_fraction] Part of the year the pupil is in the offer, >0 and ≤1 (blank: 1).
 * @param [threshold] Threshold for ordinary offers, kr. per year (default 354000).
 * @param [compensation] Central compensation above the threshold (default 0.75).
 * @param [treatment_threshold] Threshold for behandling offers (default 413000).
 * @param [treatment_compensation] Central compensation above it (default 0.5).
 * @param [cap] Cap on the school's payment per pupil per year (default 666000).
 * @returns The centre's compensation per referral, kr.
 */
export function roskildeCentral(
  cost: unknown[][],
  offer?: unknown[][],
  year_fraction?: unknown[][],
  threshold?: unknown,
  compensation?: unknown,
  treatment_threshold?: unknown,
  treatment_compensation?: unknown,
  cap?: unknown
): unknown[][] {
  return roskilde(roskildeCentralPayment, roskildeCentralPaymentFast, cost, offer, year_fraction, threshold, compensation, treatment_threshold, treatment_compensation, cap);
}
