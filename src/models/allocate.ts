import { Decimal, ZERO, sum } from "./decimal";
import { fail } from "./errors";

/**
 * Largest-remainder allocation: shares `amount` in proportion to `shares` so that the parts,
 * rounded to `decimals` places, sum to the amount exactly. The amount is first rounded to the
 * same unit (a total of 1.000,50 kr. at whole kroner is 1.001 kr.). Exact: every quota is
 * compared as an integer numerator over one common denominator, never as a rounded fraction.
 * Ties go to the earlier row; a negative amount is allocated as its absolute value and negated.
 *
 * @param keysParam names the key parameter in the error raised when every share is zero.
 */
export function allocate(amount: Decimal, shares: readonly Decimal[], decimals: number, keysParam: string): Decimal[] {
  const scale = maxDecimalPlaces(shares);
  const numerators = shares.map((s) => s.times(Decimal.pow(10, scale)));
  const denominator = sum(numerators);
  if (denominator.isZero()) fail("div0", "allZero", { param: keysParam });

  const unit = Decimal.pow(10, -decimals);
  const units = amount.abs().div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const floors: Decimal[] = [];
  const remainders: Decimal[] = [];
  let given = ZERO;
  for (const n of numerators) {
    const product = units.times(n);
    const floor = product.divToInt(denominator);
    floors.push(floor);
    remainders.push(product.minus(floor.times(denominator)));
    given = given.plus(floor);
  }
  let leftover = units.minus(given).toNumber();
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b].comparedTo(remainders[a]) || a - b);
  for (const i of order) {
    if (leftover <= 0) break;
    floors[i] = floors[i].plus(1);
    leftover--;
  }
  const sign = amount.isNegative() ? -1 : 1;
  return floors.map((f) => f.times(unit).times(sign));
}

/**
 * Combines k key columns into one share per row: row i gets Σ_k w_k · key_ik / Σ_j key_jk,
 * brought to a common denominator so the shares stay exact. A column with weight 0 is ignored;
 * a weighted column whose keys are all zero cannot share anything.
 *
 * @param columnParams names each column in the error raised when its keys sum to zero.
 */
export function combineKeys(columns: readonly (readonly Decimal[])[], weights: readonly Decimal[], columnParams: readonly string[]): Decimal[] {
  const used = columns.map((_, k) => !weights[k].isZero());
  const totals = columns.map((col, k) => {
    const total = sum(col);
    if (used[k] && total.isZero()) fail("div0", "allZero", { param: columnParams[k] });
    return total;
  });
  const rows = columns.length ? columns[0].length : 0;
  const shares: Decimal[] = [];
  for (let i = 0; i < rows; i++) {
    let share = ZERO;
    columns.forEach((col, k) => {
      if (!used[k]) return;
      let term = weights[k].times(col[i]);
      totals.forEach((t, m) => {
        if (m !== k && used[m]) term = term.times(t);
      });
      share = share.plus(term);
    });
    shares.push(share);
  }
  return shares;
}

function maxDecimalPlaces(values: readonly Decimal[]): number {
  let places = 0;
  for (const v of values) places = Math.max(places, v.decimalPlaces());
  return places;
}
