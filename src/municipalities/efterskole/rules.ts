import { Decimal, ZERO, roundTo } from "../../money/decimal";
import { fail } from "../../money/errors";

/**
 * Efterskoler and frie fagskoler approved with a special offer for all pupils (§ 26): the
 * taxameter subsidy for special education from 2018, and the transition from the old § 25
 * grants in August 2016 – December 2017.
 */

/**
 * What a pupil triggers: 0 = grundtakst alone, 1 = grundtakst + tillægstakst 1,
 * 2 = grundtakst + tillægstakst 2 (never both supplements).
 */
export type EfterskoleCategory = 0 | 1 | 2;

/**
 * The pupil's category. Tillægstakst 1 needs a current written PPR statement that the support
 * need is at least 9 weekly lessons AND the school's written plan; tillægstakst 2 needs, in
 * addition, a PPR statement that the need is particularly extensive (særligt omfattende).
 * An "extensive" statement without the 9-hour statement or the plan triggers nothing extra.
 */
export function efterskoleCategory(ppr9h: boolean, pprExtensive: boolean, plan: boolean): EfterskoleCategory {
  if (!ppr9h || !plan) return 0;
  return pprExtensive ? 2 : 1;
}

/** The rates of one fiscal year, set in the finance act (finansloven). */
export interface EfterskoleRates {
  grundtakst: Decimal;
  tillaeg1: Decimal;
  tillaeg2: Decimal;
}

/** grundtakst × all pupils + tillægstakst 1 × category-1 pupils + tillægstakst 2 × category-2 pupils. */
export function efterskoleGrant(categories: readonly EfterskoleCategory[], rates: EfterskoleRates): Decimal {
  const supplements = [ZERO, rates.tillaeg1, rates.tillaeg2];
  let total = ZERO;
  for (const c of categories) total = total.plus(rates.grundtakst).plus(supplements[c]);
  return total;
}

/** The first fiscal year paid by the taxameter; 2016–2017 are the transition. */
const TAXAMETER_FIRST_YEAR = 2018;

/**
 * The school year whose activity sets the subsidy of `fiscalYear`: the one ending in the year
 * before (fiscal 2018 ← "2016/17"). Years before 2018 are not taxameter years (#VALUE!).
 */
export function efterskoleBasisYear(fiscalYear: number, param: string, row?: number): string {
  if (fiscalYear < TAXAMETER_FIRST_YEAR) fail("value", "yearNotCovered", { param, row, value: fiscalYear, valid: `≥ ${TAXAMETER_FIRST_YEAR}` });
  const end = fiscalYear - 1;
  return `${end - 1}/${String(end % 100).padStart(2, "0")}`;
}

/** Monthly payments of the transition: 5 in autumn 2016, 12 in 2017. */
const TRANSITION_PAYMENTS: Record<number, number> = { 2016: 5, 2017: 12 };

/**
 * The transition grant of `year` as equal monthly payments: each the amount divided by the
 * number of payments, cut down to the øre; the last absorbs the remainder, so the payments
 * sum exactly to the amount (rounded to the øre) and none is negative.
 */
export function efterskoleTransition(year: number, amount: Decimal, param: string): Decimal[] {
  const count = TRANSITION_PAYMENTS[year];
  if (count === undefined) fail("value", "yearNotCovered", { param, value: year, valid: Object.keys(TRANSITION_PAYMENTS).join(", ") });
  const total = roundTo(amount, 2);
  const payment = total.div(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const payments = new Array<Decimal>(count - 1).fill(payment);
  payments.push(total.minus(payment.times(count - 1)));
  return payments;
}
