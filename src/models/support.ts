import { Decimal } from "./decimal";

/**
 * Special education (specialundervisning) is support of at least 9 lessons a week in the
 * general class (folkeskoleloven § 3, stk. 2); less is ordinary supplementary teaching.
 */
export const SUPPORT_THRESHOLD_HOURS = 9;

export type SupportCategory = "specialundervisning" | "almen";

/** `specialundervisning` when the weekly hours reach the threshold, else `almen`. */
export function supportCategory(weeklyHours: Decimal, threshold: Decimal): SupportCategory {
  return weeklyHours.greaterThanOrEqualTo(threshold) ? "specialundervisning" : "almen";
}
