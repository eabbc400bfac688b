import {
  EfterskoleCategory,
  efterskoleGrant,
  efterskoleTransition,
} from "./rules";
import { NumberRule, RULES, alignedColumns, number, scalarNumber } from "../../excel/args";
import { runElementwise } from "../../excel/elementwise";
import { EFTERSKOLE_BASIS_YEAR, EFTERSKOLE_CATEGORY } from "./declarations";
import { Out, guard, money } from "../../excel/results";

const YEAR: NumberRule = { integer: true };
const CATEGORY: NumberRule = { min: 0, max: 2, integer: true };


/**
 * Tilskud til specialundervisning på efterskoler og frie fagskoler: the category a pupil
 * triggers. 2 (grundtakst + tillægstakst 2) needs all three: a PPR statement of at least 9
 * weekly lessons, a PPR statement that the need is particularly extensive, and the school's
 * written plan; 1 (grundtakst + tillægstakst 1) needs the 9-hour statement and the plan;
 * otherwise 0 (grundtakst alone). At frie fagskoler, for pupils aged 18 at course start, an
 * independent expert's statement counts as the PPR statement. A blank flag is "no"; a row
 * where every range is blank stays blank.
 * @customfunction EFTERSKOLE_CATEGORY
 * @helpurl https://localhost:3000/docs/efterskole.html#efterskole_category
 * @param ppr_9h PPR statement that the support need is at least 9 weekly lessons: TRUE/FALSE, 1/0, ja/nej or yes/no.
 * @param ppr_extensive PPR statement that the support need is particularly extensive (særligt omfattende).
 * @param plan The school has a written plan for the pupil's support.
 * @returns 0, 1 or 2 for each pupil.
 */
export function efterskoleCategoryOf(ppr_9h: unknown[][], ppr_extensive: unknown[][], plan: unknown[][]): unknown[][] {
  return guard(() => runElementwise(EFTERSKOLE_CATEGORY, [ppr_9h, ppr_extensive, plan]));
}

/**
 * The taxameter subsidy for special education of one school and fiscal year:
 * grundtakst × all pupils + tillægstakst 1 × pupils in category 1 + tillægstakst 2 × pupils in
 * category 2, counted in the school year that ends in the year before the fiscal year. The rates
 * are set in each year's finance act. Blank rows are skipped.
 * @customfunction EFTERSKOLE_GRANT
 * @helpurl https://localhost:3000/docs/efterskole.html#efterskole_grant
 * @param categories Each pupil's category: 0, 1 or 2 (see EFTERSKOLE_CATEGORY).
 * @param grundtakst The base rate per pupil (kr.).
 * @param tillaeg1 Supplementary rate 1 per pupil in category 1 (kr.).
 * @param tillaeg2 Supplementary rate 2 per pupil in category 2 (kr.).
 * @returns The school's subsidy, kr.
 */
export function efterskoleGrantOf(categories: unknown[][], grundtakst: unknown, tillaeg1: unknown, tillaeg2: unknown): unknown {
  return guard(() => {
    const rates = {
      grundtakst: scalarNumber(grundtakst, "grundtakst", RULES.nonNegative),
      tillaeg1: scalarNumber(tillaeg1, "tillaeg1", RULES.nonNegative),
      tillaeg2: scalarNumber(tillaeg2, "tillaeg2", RULES.nonNegative),
    };
    const {
      cells: [cells],
      used,
    } = alignedColumns([{ param: "categories", arg: categories }]);
    const pupils = used.map((i) => number(cells[i], "categories", CATEGORY, undefined, i + 1).toNumber() as EfterskoleCategory);
    return money(efterskoleGrant(pupils, rates));
  });
}

/**
 * The school year whose activity sets the subsidy of a fiscal year: the one that ends in the
 * year before (fiscal year 2018 ← school year 2016/17). Years before 2018 are not paid by the
 * taxameter (#VALUE!). Blank cells stay blank.
 * @customfunction EFTERSKOLE_BASIS_YEAR
 * @helpurl https://localhost:3000/docs/efterskole.html#efterskole_basis_year
 * @param fiscal_year The fiscal year (finansår), 2018 or later (a cell or a range).
 * @returns The school year as text, e.g. "2016/17".
 */
export function efterskoleBasisYearOf(fiscal_year: unknown[][]): unknown[][] {
  return guard(() => runElementwise(EFTERSKOLE_BASIS_YEAR, [fiscal_year]));
}

/**
 * The transition grant (overgangsordning) as monthly payments: for 2016 (1 August – 31 December)
 * what the school got under the old § 25 for 1 August – 31 December 2015, in 5 equal monthly
 * payments; for 2017 what it got for school year 2015/16, in 12. Each payment is the amount
 * divided equally, cut to the øre; the last absorbs the remainder, so they sum exactly to the
 * amount. Other years: #VALUE! (from 2018 the taxameter applies).
 * @customfunction EFTERSKOLE_TRANSITION
 * @helpurl https://localhost:3000/docs/efterskole.html#efterskole_transition
 * @param year 2016 or 2017.
 * @param amount The year's transition grant (kr.).
 * @returns A column of the monthly payments, kr.
 */
export function efterskoleTransitionOf(year: unknown, amount: unknown): unknown[][] {
  return guard(() => {
    const y = scalarNumber(year, "year", YEAR).toNumber();
    const total = scalarNumber(amount, "amount", RULES.nonNegative);
    return efterskoleTransition(y, total, "year").map((p): Out[] => [money(p)]);
  });
}
