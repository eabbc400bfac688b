import { Decimal, ZERO, sum } from "./decimal";
import { fail } from "./errors";
import { MAX_SAFE, POW10, divRound, fixedOf, mulDivFloor, toCommonScale } from "./fixed";

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

/**
 * Shares `amount` by key columns read from Excel (plain numbers ≥ 0) with `weights` (one per
 * column; null for a single column), rounded to `decimals`: the parts as the numbers Excel shows.
 * The same parts as `allocate` over `combineKeys`, which it falls back to (and which raises the
 * errors, naming `params`), but on scaled integers wherever they fit in 2^53.
 */
export function allocateKeys(amount: Decimal, columns: readonly (readonly number[])[], weights: readonly Decimal[] | null, decimals: number, params: readonly string[]): number[] {
  const shares = weights === null ? columns[0] : integerShares(columns, weights);
  const parts = shares === undefined ? undefined : integerAllocation(amount, shares, decimals);
  if (parts) return parts;
  const exact = columns.map((column) => column.map((key) => new Decimal(key)));
  const exactShares = weights === null ? exact[0] : combineKeys(exact, weights, params);
  return allocate(amount, exactShares, decimals, params[0]).map((part) => part.toNumber());
}

/**
 * `allocate` for shares given as plain numbers ≥ 0 (their Decimal values are
 * their shortest representations): the same parts, already as the numbers Excel gets
 * (part.toNumber()). Exact: the shares are scaled to integers with one common scale, every
 * quota is split into an integer floor and an integer remainder over the one denominator
 * (mulDivFloor), and the leftover units go to the largest remainders, ties to the earlier row.
 * Undefined when that is not representable within 2^53 (a share with more than 6 decimals, a
 * sum or a unit count too large) or every share is zero: the caller then takes `allocate`,
 * which also raises the errors.
 */
function integerAllocation(amount: Decimal, shares: ArrayLike<number>, decimals: number): number[] | undefined {
  const count = shares.length;
  const common = toCommonScale(shares);
  if (common === undefined) return undefined;
  const numerators = common.units;
  let denominator = 0;
  let largest = 0;
  for (let i = 0; i < count; i++) {
    const n = numerators[i];
    denominator += n;
    if (n > largest) largest = n;
  }
  if (denominator === 0 || !(denominator <= MAX_SAFE)) return undefined;

  // Rounded first, as allocate rounds it: an amount that is a quotient (Aalborg's price per place) has many decimals.
  const total = decimals > 22 ? undefined : fixedOf(amount.abs().toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
  if (total === undefined) return undefined;
  const units = decimals >= total.s ? total.n * POW10[decimals - total.s] : divRound(total.n, POW10[total.s - decimals]);
  if (!(units <= MAX_SAFE)) return undefined;

  const floors = new Float64Array(count);
  const remainders = new Float64Array(count);
  let given = 0;
  if (units * largest <= MAX_SAFE) {
    for (let i = 0; i < count; i++) {
      const product = units * numerators[i];
      const r = product % denominator;
      remainders[i] = r;
      floors[i] = (product - r) / denominator;
      given += floors[i];
    }
  } else {
    for (let i = 0; i < count; i++) {
      const floor = mulDivFloor(units, numerators[i], denominator, remainders, i);
      if (Number.isNaN(floor)) return undefined;
      floors[i] = floor;
      given += floor;
    }
  }
  let leftover = units - given;
  if (leftover > 0) {
    // The leftover-th largest remainder is the threshold: every row above it gets a unit, and
    // the rows at it get the rest in row order.
    const sorted = remainders.slice().sort();
    const threshold = sorted[count - leftover];
    for (let i = 0; i < count; i++) {
      if (remainders[i] > threshold) {
        floors[i]++;
        leftover--;
      }
    }
    for (let i = 0; i < count && leftover > 0; i++) {
      if (remainders[i] === threshold) {
        floors[i]++;
        leftover--;
      }
    }
  }
  const unit = POW10[decimals];
  const negative = amount.isNegative();
  const parts: number[] = new Array(count);
  for (let i = 0; i < count; i++) parts[i] = negative ? -(floors[i] / unit) : floors[i] / unit;
  return parts;
}

/**
 * `combineKeys` for key columns of plain numbers ≥ 0: the same shares up to
 * one common factor (all `allocate` needs), as safe integers: keys scaled to integers per
 * column, weights to integers over one scale and divided by their common divisor, then
 * Σ_k W_k · K_ik · Π_{m≠k} T_m. Undefined when a key or weight has more than 6 decimals, a
 * weighted column sums to zero (combineKeys raises that error) or an integer would pass 2^53.
 */
function integerShares(columns: readonly (readonly number[])[], weights: readonly Decimal[]): number[] | undefined {
  const fixedWeights = weights.map(fixedOf);
  let weightScale = 0;
  for (const w of fixedWeights) {
    if (w === undefined) return undefined;
    weightScale = Math.max(weightScale, w.s);
  }
  let divisor = 0;
  const integerWeights = fixedWeights.map((w) => {
    const n = w!.n * POW10[weightScale - w!.s];
    divisor = gcd(divisor, n);
    return n;
  });
  const used: { keys: Float64Array; weight: number; total: number }[] = [];
  for (let k = 0; k < columns.length; k++) {
    if (integerWeights[k] === 0) continue;
    const keys = scaledColumn(columns[k]);
    if (keys === undefined) return undefined;
    let total = 0;
    for (const key of keys) total += key;
    if (total === 0 || !(total <= MAX_SAFE)) return undefined;
    used.push({ keys, weight: integerWeights[k] / divisor, total });
  }
  const rows = columns.length ? columns[0].length : 0;
  const shares = new Array<number>(rows).fill(0);
  for (let k = 0; k < used.length; k++) {
    let factor = used[k].weight;
    for (let m = 0; m < used.length; m++) if (m !== k) factor *= used[m].total;
    if (!(factor <= MAX_SAFE)) return undefined;
    const keys = used[k].keys;
    for (let i = 0; i < rows; i++) shares[i] += factor * keys[i];
  }
  let denominator = 0;
  for (let i = 0; i < rows; i++) denominator += shares[i];
  // Every share is below the sum, so a safe sum means every product and share was exact.
  return denominator <= MAX_SAFE ? shares : undefined;
}

/** A column of numbers as safe integers at its largest scale; undefined when one is not representable. */
function scaledColumn(values: readonly number[]): Float64Array | undefined {
  const common = toCommonScale(values);
  if (common === undefined) return undefined;
  for (let i = 0; i < common.units.length; i++) if (!(common.units[i] <= MAX_SAFE)) return undefined;
  return common.units;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
