import { allocateKeys } from "../money/allocate";
import { Decimal, ONE, sum } from "../money/decimal";
import { fail } from "../money/errors";
import { inclusionRate } from "./inclusion";
import { Arg, RULES, alignedColumns, columnCells, decimalsArg, isBlank, number, requiredNumber, scalarNumber, tableCells, tableRows } from "../excel/args";
import { runElementwise } from "../excel/elementwise";
import { SUPPORT_CATEGORY } from "./declarations";

import { column, guard } from "../excel/results";

/** Weights may miss 1 by this much: Excel's =1/3 typed three times sums to 0.999999999999999. */
const WEIGHT_TOLERANCE = new Decimal("1e-9");

/**
 * The weights of k key columns: a row (or column) of k shares summing to 1. Blank means equal
 * weights, given as 1 each: only the proportions matter, and 1/3 has no exact decimal.
 */
function keyWeights(arg: Arg, k: number): Decimal[] {
  const cells = columnCells({ param: "weights", arg });
  if (cells.every(isBlank)) return new Array<Decimal>(k).fill(ONE);
  if (cells.length !== k) fail("value", "shape", { param: "weights", expected: `1×${k}`, rows: 1, cols: cells.length });
  const weights = cells.map((c, i) => number(c, "weights", RULES.share, undefined, i + 1));
  const total = sum(weights);
  if (total.minus(ONE).abs().greaterThan(WEIGHT_TOLERANCE)) fail("value", "weightsSum", { param: "weights", value: total.toString() });
  return weights;
}

/**
 * Shares an amount over the rows of one or more key columns (fordelingsnøgler) by the largest
 * remainder: row i gets amount × Σ_k w_k × key_ik / Σ_j key_jk, rounded so that the column sums
 * to the amount exactly; ties go to the earlier row; a negative amount is shared as its absolute
 * value and negated. Blank rows are skipped and stay blank.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/docs/common.html#allocate
 * @param amount The amount to share out (kr.).
 * @param keys One or more key columns (e.g. pupils, socio-economics), one row per school; no key may be negative.
 * @param [weights] A row with one weight per key column, 0 to 1, summing to 1 (blank: equal weights).
 * @param [decimals] Decimal places of the result (default 0: whole kroner).
 * @returns Each row's part of the amount, aligned with the key rows.
 */
export function allocateAmount(amount: unknown, keys: unknown[][], weights?: unknown[][], decimals?: unknown): unknown[][] {
  return guard(() => {
    const total = scalarNumber(amount, "amount", RULES.amount);
    const places = decimalsArg(decimals);
    const table = tableCells({ param: "keys", arg: keys });
    const { used, count } = tableRows("keys", table);
    const k = table[0].length;
    const w = keyWeights(weights, k);
    const columns = table[0].map((_, c) => used.map((i) => requiredNumber(table[i][c], "keys", RULES.nonNegative, i + 1)));
    // Name the column whose keys are all zero when there are several.
    const params = columns.map((_, c) => (k === 1 ? "keys" : `keys (${c + 1})`));
    return column(count, used, allocateKeys(total, columns, w, places, params));
  });
}

/**
 * Whether support is special education (specialundervisning): support of at least 9 weekly
 * lessons in the general class (folkeskoleloven § 3, stk. 2); less is ordinary supplementary
 * teaching (almen). Blank cells stay blank.
 * @customfunction SUPPORT_CATEGORY
 * @helpurl https://localhost:3000/docs/common.html#support_category
 * @param weekly_hours Weekly hours of support per pupil (a cell or a range).
 * @param [threshold] Hours from which support is special education (default 9).
 * @returns "specialundervisning" or "almen" for each cell.
 */
export function supportCategoryOf(weekly_hours: unknown[][], threshold?: unknown[][]): unknown[][] {
  return guard(() => runElementwise(SUPPORT_CATEGORY, [weekly_hours, threshold]));
}

/** The non-blank numbers of a summed column; a blank cell adds nothing. */
function counts(arg: Arg, param: string): Decimal[] {
  const {
    cells: [cells],
    used,
  } = alignedColumns([{ param, arg }]);
  return used.map((i) => number(cells[i], param, RULES.nonNegative, undefined, i + 1));
}

/**
 * The inclusion rate (inklusionsgrad): the share of pupils taught in general education,
 * (Σ total_pupils − Σ segregated_pupils) / Σ total_pupils, as a fraction (0.958 = 95.8 %).
 * The two ranges are summed separately and need not align.
 * @customfunction INCLUSION_RATE
 * @helpurl https://localhost:3000/docs/common.html#inclusion_rate
 * @param total_pupils All pupils (a cell or a range, e.g. one row per school).
 * @param segregated_pupils Pupils taught in special classes and special schools (a cell or a range).
 * @returns The inclusion rate, a fraction between 0 and 1.
 */
export function inclusionRateOf(total_pupils: unknown[][], segregated_pupils: unknown[][]): unknown {
  return guard(() =>
    inclusionRate(counts(total_pupils, "total_pupils"), counts(segregated_pupils, "segregated_pupils"), {
      total: "total_pupils",
      segregated: "segregated_pupils",
    }).toNumber()
  );
}
