import { Num } from "../money/calc";

/**
 * Special education (specialundervisning) is support of at least 9 lessons a week in the
 * general class (folkeskoleloven § 3, stk. 2); less is ordinary supplementary teaching.
 */
export const SUPPORT_THRESHOLD_HOURS = 9;

export type SupportCategory = "specialundervisning" | "almen";

/** `specialundervisning` when the weekly hours reach the threshold, else `almen`. */
export function supportCategory<N extends Num<N>>(weeklyHours: N, threshold: N): SupportCategory {
  return weeklyHours.lessThan(threshold) ? "almen" : "specialundervisning";
}
