/** Roskilde's worksheet functions declared as data: parameters in Excel's order, rules, the seed's defaults. */
import { RULES } from "../../excel/args";
import { ElementwiseSpec } from "../../excel/elementwise";
import { ROSKILDE_DEFAULTS, roskildeCentralPayment, roskildeSchoolPayment } from "./rules";

/** The parameters of ROSKILDE_COST and ROSKILDE_CENTRAL, in Excel's order, with the seed's defaults. */
export const ROSKILDE_PARAMS = [
  { name: "cost", kind: "number", rule: RULES.nonNegative },
  { name: "offer", kind: "offer" },
  { name: "year_fraction", kind: "number", rule: RULES.fraction, default: 1 },
  { name: "threshold", kind: "number", rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.threshold, scalar: true },
  { name: "compensation", kind: "number", rule: RULES.share, default: ROSKILDE_DEFAULTS.compensation, scalar: true },
  { name: "treatment_threshold", kind: "number", rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.treatmentThreshold, scalar: true },
  { name: "treatment_compensation", kind: "number", rule: RULES.share, default: ROSKILDE_DEFAULTS.treatmentCompensation, scalar: true },
  { name: "cap", kind: "number", rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.cap, scalar: true },
] as const;

type Payment = typeof roskildeSchoolPayment;

function declare(id: string, payment: Payment): ElementwiseSpec<typeof ROSKILDE_PARAMS> {
  return {
    id,
    params: ROSKILDE_PARAMS,
    result: "money",
    rule: (calc, [cost, offer, fraction, threshold, compensation, treatmentThreshold, treatmentCompensation, cap]) =>
      payment(calc, cost, offer, fraction, { threshold, compensation, treatmentThreshold, treatmentCompensation, cap }),
  };
}

export const ROSKILDE_COST = declare("ROSKILDE_COST", roskildeSchoolPayment);
export const ROSKILDE_CENTRAL = declare("ROSKILDE_CENTRAL", roskildeCentralPayment);
