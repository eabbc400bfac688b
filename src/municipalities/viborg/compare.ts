import { Comparison, Tally, Terms, decimals, on, ownPayment, positions, sumOn, toDecimal } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { Calc, DECIMAL, Num } from "../../money/calc";
import { Decimal } from "../../money/decimal";
import { VIBORG_DEFAULTS, viborgAllocation, viborgSchoolPayment } from "./rules";

/**
 * Viborg in the comparison: schools pay the rate × year fraction for every referral, whatever the
 * offer; the centre keeps the residual of every referral; the rest goes out by classes and
 * socio-economics.
 */
export const viborgComparison: Comparison<"viborg", "rate" | "class_weight"> = {
  id: "viborg",
  title: "Viborg",
  needs: ["classes"],
  settings: {
    rate: { rule: RULES.nonNegative, default: VIBORG_DEFAULTS.rate },
    class_weight: { rule: RULES.share },
  },
  model(m, settings) {
    const rules = { rate: settings.get("rate") };
    const weight = settings.get("class_weight");
    const classes = schoolColumn(m.schools, "classes");
    const socio = schoolColumn(m.schools, "socio");
    const received = (kept: Decimal) => viborgAllocation(m.budget.minus(kept), classes, socio, weight, 0);
    const kept = <N extends Num<N>>(calc: Calc<N>, t: Tally<N>) => toDecimal(t.total.minus(sumOn(calc, t.paid)));
    const split = <N extends Num<N>>(calc: Calc<N>) => {
      const terms = { rate: on(calc, rules.rate) };
      return (r: Terms<N>) => ({ paid: viborgSchoolPayment(calc, r.fraction, terms), counted: false });
    };
    return {
      split,
      settle: (calc, t) => positions(calc, m.budget, received(kept(calc, t)), t.paid, t.total),
      // The extra residual comes out of the pool whichever school referred.
      withExtra: (t, extra) => {
        const { paid } = split(DECIMAL)(extra);
        return ownPayment(decimals(received(kept(DECIMAL, t).plus(extra.cost.minus(paid)))), t.paid, paid);
      },
    };
  },
};
