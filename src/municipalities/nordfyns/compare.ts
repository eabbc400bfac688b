import { Comparison, decimals, positions } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { ZERO } from "../../money/decimal";
import { nordfynsSchoolDraws } from "./rules";

/** Nordfyns in the comparison: the pool pays every referral; an overrun beyond the common funds is drawn from base budgets. */
export const nordfynsComparison: Comparison<"nordfyns", "opening_balance"> = {
  id: "nordfyns",
  title: "Nordfyns",
  // The common funds at the start of the year: the seed gives no figure.
  settings: { opening_balance: { rule: RULES.nonNegative } },
  model(m, settings) {
    const opening = settings.get("opening_balance");
    const bases = schoolColumn(m.schools, "base_budget");
    return {
      split: () => ({ paid: ZERO, counted: false }),
      settle: (t) => {
        const draws = decimals(nordfynsSchoolDraws(m.budget, [t.total], opening, bases, 0));
        return positions(m.budget, draws.map((d) => ZERO.minus(d)), t.paid, t.total);
      },
    };
  },
};
