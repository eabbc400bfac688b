import { Comparison, decimals, ownPayment, positions, toDecimal } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { Decimal, ZERO } from "../../money/decimal";
import { nordfynsSchoolDraws } from "./rules";

/** Nordfyns in the comparison: the pool pays every referral; an overrun beyond the common funds is drawn from base budgets. */
export const nordfynsComparison: Comparison<"nordfyns", "opening_balance"> = {
  id: "nordfyns",
  title: "Nordfyns",
  needs: ["base_budget"],
  // The common funds at the start of the year: the seed gives no figure.
  settings: { opening_balance: { rule: RULES.nonNegative } },
  model(m, settings) {
    const opening = settings.get("opening_balance");
    const bases = schoolColumn(m.schools, "base_budget");
    // A draw is money the school gives up: 0 − d, so that no draw is −0.
    const received = (total: Decimal) => nordfynsSchoolDraws(m.budget, [total], opening, bases, 0).map((d) => 0 - d);
    return {
      split: (calc) => () => ({ paid: calc.zero, counted: false }),
      settle: (calc, t) => positions(calc, m.budget, received(toDecimal(t.total)), t.paid, t.total),
      // The overrun depends on the total cost only, whichever school referred.
      withExtra: (t, extra) => ownPayment(decimals(received(t.total.plus(extra.cost))), t.paid, ZERO),
    };
  },
};
