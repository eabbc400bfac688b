import { RULES } from "../../excel/args";
import { ElementwiseSpec } from "../../excel/elementwise";
import { signature } from "../../excel/signature";
import { dateSpan, horsholmPeriodCost } from "./rules";

/** Hørsholm's worksheet functions declared as data: parameters in Excel's order and their rules. */
export const HORSHOLM_DECENTRAL = signature("HORSHOLM_DECENTRAL", ["pool", "pupils", "decimals"]);
export const HORSHOLM_ALLOCATION = signature("HORSHOLM_ALLOCATION", ["schools", "referral_schools", "annual_costs", "starts", "ends", "period_start", "period_end"]);

export const PERIOD_COST_PARAMS = [
  { name: "annual_cost", kind: "number", rule: RULES.nonNegative },
  { name: "start", kind: "date" },
  { name: "end", kind: "date" },
  { name: "period_start", kind: "date", scalar: true },
  { name: "period_end", kind: "date", scalar: true },
] as const;

const SPAN = { start: "start", end: "end" };
const PERIOD = { start: "period_start", end: "period_end" };

/** The cost falling in the round's period; dates are checked by dateSpan (whole serials in range, in order). */
export const HORSHOLM_PERIOD_COST: ElementwiseSpec<typeof PERIOD_COST_PARAMS> = {
  id: "HORSHOLM_PERIOD_COST",
  params: PERIOD_COST_PARAMS,
  result: "money",
  rule: (calc, [annual, first, last, periodStart, periodEnd], row) =>
    horsholmPeriodCost(
      calc,
      annual,
      dateSpan(first, last, SPAN, row),
      dateSpan(periodStart, periodEnd, PERIOD),
      2
    ),
};
