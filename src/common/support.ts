import { Decimal } from "../money/decimal";

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

/**
 * supportCategory on plain numbers: the decimal Decimal reads from a double (its shortest
 * representation) lies in that double's rounding interval, and those intervals are ordered as
 * the doubles are, so comparing the numbers gives Decimal's answer.
 */
export function supportCategoryFast(weeklyHours: number, threshold: number): SupportCategory {
  return weeklyHours >= threshold ? "specialundervisning" : "almen";
}
