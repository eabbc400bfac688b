import { Comparison, Tally, Terms, decimals, on, ownPayment, positions, sumOn, toDecimal } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { allocateKeys } from "../../money/allocate";
import { Calc, DECIMAL, Num } from "../../money/calc";
import { Decimal } from "../../money/decimal";
import { ROSKILDE_DEFAULTS, roskildeSchoolPayment } from "./rules";

/**
 * Roskilde in the comparison: schools pay their co-payments; the centre keeps exactly the
 * compensation its rules owe (and pays central offers); the rest goes to the schools by
 * socio-economic weight. Area and municipal offers count as ordinary ones.
 */
export const roskildeComparison: Comparison<"roskilde", "threshold" | "compensation" | "treatment_threshold" | "treatment_compensation" | "cap"> = {
  id: "roskilde",
  title: "Roskilde",
  needs: [],
  settings: {
    threshold: { rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.threshold },
    compensation: { rule: RULES.share, default: ROSKILDE_DEFAULTS.compensation },
    treatment_threshold: { rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.treatmentThreshold },
    treatment_compensation: { rule: RULES.share, default: ROSKILDE_DEFAULTS.treatmentCompensation },
    cap: { rule: RULES.nonNegative, default: ROSKILDE_DEFAULTS.cap },
  },
  model(m, settings) {
    const rules = {
      threshold: settings.get("threshold"),
      compensation: settings.get("compensation"),
      treatmentThreshold: settings.get("treatment_threshold"),
      treatmentCompensation: settings.get("treatment_compensation"),
      cap: settings.get("cap"),
    };
    const socio = schoolColumn(m.schools, "socio");
    const received = (kept: Decimal) => allocateKeys(m.budget.minus(kept), [socio], null, 0, ["schools (socio)"]);
    const kept = <N extends Num<N>>(calc: Calc<N>, t: Tally<N>) => toDecimal(t.total.minus(sumOn(calc, t.paid)));
    const split = <N extends Num<N>>(calc: Calc<N>) => {
      const terms = {
        threshold: on(calc, rules.threshold),
        compensation: on(calc, rules.compensation),
        treatmentThreshold: on(calc, rules.treatmentThreshold),
        treatmentCompensation: on(calc, rules.treatmentCompensation),
        cap: on(calc, rules.cap),
      };
      return (r: Terms<N>) => ({ paid: roskildeSchoolPayment(calc, r.cost, r.offer, r.fraction, terms), counted: false });
    };
    return {
      split,
      settle: (calc, t) => positions(calc, m.budget, received(kept(calc, t)), t.paid, t.total),
      // The extra compensation comes out of the pool whichever school referred.
      withExtra: (t, extra) => {
        const { paid } = split(DECIMAL)(extra);
        return ownPayment(decimals(received(kept(DECIMAL, t).plus(extra.cost.minus(paid)))), t.paid, paid);
      },
    };
  },
};
