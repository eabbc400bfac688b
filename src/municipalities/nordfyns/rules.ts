import { allocateKeys } from "../../money/allocate";
import { Decimal, ZERO, max, sum } from "../../money/decimal";

/**
 * Nordfyns: one central pool run by the school leaders together (ledelsesfællesskab).
 * Referrals are paid from the pool; what is left goes to the common funds (fællesmidler) the
 * leaders invest in inclusion; an overrun is drawn first from the common funds, then from the
 * schools' base budgets (basisbudgetter), in proportion to them.
 */

/** The common funds after the year: max(0, opening balance + budget − Σ costs). */
export function nordfynsCommonFunds(budget: Decimal, costs: readonly Decimal[], openingBalance: Decimal): Decimal {
  return max(ZERO, openingBalance.plus(budget).minus(sum(costs)));
}

/** What the budget and the common funds cannot cover: max(0, Σ costs − budget − opening balance). */
export function nordfynsShortfall(budget: Decimal, costs: readonly Decimal[], openingBalance: Decimal): Decimal {
  return max(ZERO, sum(costs).minus(budget).minus(openingBalance));
}

/**
 * Each school's draw on its base budget: the shortfall shared in proportion to the base
 * budgets, to `decimals` places by largest remainder, so the draws sum to the shortfall.
 */
export function nordfynsSchoolDraws(budget: Decimal, costs: readonly Decimal[], openingBalance: Decimal, baseBudgets: readonly number[], decimals: number): number[] {
  return allocateKeys(nordfynsShortfall(budget, costs, openingBalance), [baseBudgets], null, decimals, ["base_budgets"]);
}
