import { Comparison, decimals, positions } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { DECIMAL } from "../../money/calc";
import { sum } from "../../money/decimal";
import { VIBORG_DEFAULTS, viborgAllocation, viborgSchoolPayment } from "./rules";

/**
 * Viborg in the comparison: schools pay the rate × year fraction for every referral, whatever the
 * offer; the centre keeps the residual of every referral; the rest goes out by classes and
 * socio-economics.
 */
export const viborgComparison: Comparison<"viborg", "rate" | "class_weight"> = {
  id: "viborg",
  title: "Viborg",
  settings: {
    rate: { rule: RULES.nonNegative, default: VIBORG_DEFAULTS.rate },
    class_weight: { rule: RULES.share },
  },
  model(m, settings) {
    const rules = { rate: settings.get("rate") };
    const weight = settings.get("class_weight");
    const classes = schoolColumn(m.schools, "classes");
    const socio = schoolColumn(m.schools, "socio");
    return {
      split: (r) => ({ paid: viborgSchoolPayment(DECIMAL, r.fraction, rules), counted: false }),
      settle: (t) => {
        const kept = t.total.minus(sum(t.paid));
        return positions(m.budget, decimals(viborgAllocation(m.budget.minus(kept), classes, socio, weight, 0)), t.paid, t.total);
      },
    };
  },
};
