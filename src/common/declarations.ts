import { RULES } from "../excel/args";
import { ElementwiseSpec } from "../excel/elementwise";
import { signature } from "../excel/signature";
import { SUPPORT_THRESHOLD_HOURS, supportCategory } from "./support";

/** The cross-model building blocks declared as data: parameters in Excel's order, rules, defaults. */
export const ALLOCATE = signature("ALLOCATE", ["amount", "keys", "weights", "decimals"]);
export const INCLUSION_RATE = signature("INCLUSION_RATE", ["total_pupils", "segregated_pupils"]);

export const SUPPORT_PARAMS = [
  { name: "weekly_hours", kind: "number", rule: RULES.nonNegative },
  { name: "threshold", kind: "number", rule: RULES.nonNegative, default: SUPPORT_THRESHOLD_HOURS },
] as const;

export const SUPPORT_CATEGORY: ElementwiseSpec<typeof SUPPORT_PARAMS> = {
  id: "SUPPORT_CATEGORY",
  params: SUPPORT_PARAMS,
  result: "text",
  rule: (_calc, [hours, threshold]) => supportCategory(hours, threshold),
};
