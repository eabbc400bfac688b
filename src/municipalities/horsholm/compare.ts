import { Comparison, decimals, ownPayment, positions } from "../../comparing/contribution";
import { schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { ZERO } from "../../money/decimal";
import { horsholmDecentral } from "./rules";

/** Hørsholm in the comparison: the centre pays every referral; a decentral share of the budget goes out by pupils. */
export const horsholmComparison: Comparison<"horsholm", "decentral_share"> = {
  id: "horsholm",
  title: "Hørsholm",
  needs: [],
  // The part of the budget given to schools by pupil count: the seed gives no figure.
  settings: { decentral_share: { rule: RULES.share } },
  model(m, settings) {
    const share = settings.get("decentral_share");
    const pupils = schoolColumn(m.schools, "pupils");
    // The same every year whatever the referrals: SPU.RISK settles a thousand.
    let shares: number[] | undefined;
    const received = () => (shares ??= horsholmDecentral(m.budget.times(share), pupils, 0));
    return {
      split: (calc) => () => ({ paid: calc.zero, counted: false }),
      settle: (calc, t) => positions(calc, m.budget, received(), t.paid, t.total),
      withExtra: (t) => ownPayment(decimals(received()), t.paid, ZERO),
    };
  },
};
