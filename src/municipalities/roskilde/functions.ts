import { runElementwise } from "../../excel/elementwise";
import { guard } from "../../excel/results";
import { ROSKILDE_CENTRAL, ROSKILDE_COST } from "./declarations";

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
  return guard(() => runElementwise(ROSKILDE_COST, [cost, offer, year_fraction, threshold, compensation, treatment_threshold, treatment_compensation, cap]));
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
  return guard(() => runElementwise(ROSKILDE_CENTRAL, [cost, offer, year_fraction, threshold, compensation, treatment_threshold, treatment_compensation, cap]));
}
