import { Comparison, on, positions, sumOn } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { Calc, DECIMAL, Num } from "../../money/calc";
import { Decimal, sum } from "../../money/decimal";
import { HJORRING_DEFAULTS, hjorringShares } from "./rules";

/**
 * Hjørring in the comparison: the whole budget goes out by pupils and socio-economics; each school
 * pays the average rate (default: the year's cost per referred pupil-year, never rounded before
 * it is applied) for its referred pupil-years.
 */
export const hjorringComparison: Comparison<"hjorring", "pupil_weight" | "rate"> = {
  id: "hjorring",
  title: "Hjørring",
  needs: [],
  settings: {
    pupil_weight: { rule: RULES.share, default: HJORRING_DEFAULTS.pupilWeight },
    rate: { rule: RULES.nonNegative, fromData: true },
  },
  model(m, settings) {
    const weight = settings.get("pupil_weight");
    const pupils = schoolColumn(m.schools, "pupils");
    const socio = schoolColumn(m.schools, "socio");
    const rate = settings.given("rate");
    const shares = hjorringShares(m.budget, pupils, socio, weight, 0);
    // A school's payment for y pupil-years: y × (cost / years), divided once; no referrals: nothing to pay.
    const payment = <N extends Num<N>>(calc: Calc<N>, y: N, cost: N, years: N) =>
      rate ? calc.round(on(calc, rate).times(y), 2) : years.isZero() ? calc.zero : calc.divRound(cost.times(y), years, 2);
    return {
      split: (calc) => () => ({ paid: calc.zero, counted: true }),
      settle: (calc, t) => {
        const cost = sumOn(calc, t.cost);
        const years = sumOn(calc, t.years);
        return positions(calc, m.budget, shares, t.years.map((y) => payment(calc, y, cost, years)), t.total);
      },
      // The extra referral moves the year's average rate alike for every school; each pays it on its own years plus the extra.
      withExtra: (t, extra) => {
        const cost = sum(t.cost).plus(extra.cost);
        const years = sum(t.years).plus(extra.fraction);
        return t.years.map((y, i) => new Decimal(shares[i]).minus(payment(DECIMAL, y.plus(extra.fraction), cost, years)));
      },
    };
  },
};
