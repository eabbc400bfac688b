import { Decimal } from "./decimal";

/**
 * Exact decimal arithmetic on scaled integers held in JS numbers: a decimal x with s places is
 * the integer x·10^s. Integers up to 2^53 − 1 (Number.MAX_SAFE_INTEGER) are exact, and so are
 * their sums, products and `%` while the results stay there; every fast computation checks that
 * and answers undefined ("not representable") so its caller takes the Decimal path instead.
 */


/** The most decimal places the scaled integers take; more (1/3, 7/12 as doubles) goes to Decimal. */
const MAX_SCALE = 6;
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** 10^0 … 10^22: every one is an exact double. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Decimals with at most 15 significant digits survive a trip through a double (DBL_DIG). */
const ROUND_TRIP = 1e15;

/**
 * The number of decimal places of `x` as Decimal(x) reads it (its shortest representation):
 * the smallest s in 0..MAX_SCALE with round(x·10^s)/10^s === x, so that x is exactly
 * round(x·10^s) / 10^s; -1 when there is none or the scaled integer passes 10^15. Below
 * 10^15 the scaled integer has at most 15 digits, so it is the only decimal with at most s
 * places that rounds to x, and therefore Decimal(x)'s digits.
 */
export function scaleOf(x: number): number {
  if (Number.isInteger(x)) return Math.abs(x) <= MAX_SAFE ? 0 : -1;
  for (let s = 1; s <= MAX_SCALE; s++) {
    const p = POW10[s];
    const v = x * p;
    if (!(Math.abs(v) < ROUND_TRIP)) return -1;
    if (Math.round(v) / p === x) return s;
  }
  return -1;
}

/** A decimal n / 10^s held as the safe integer n and its scale s. */
export interface Fixed {
  n: number;
  s: number;
}

/** A Decimal as an integer at its own decimal places, or undefined when that is not safe. */
export function fixedOf(value: Decimal): Fixed | undefined {
  const s = value.decimalPlaces();
  if (s > MAX_SCALE) return undefined;
  const n = value.times(POW10[s]).toNumber();
  return Number.isSafeInteger(n) ? { n, s } : undefined;
}

/**
 * n / d rounded half away from zero, exactly (a zero keeps n's sign, as in Decimal), for a safe integer n and a positive safe
 * integer d: `%` on doubles is exact, so the quotient never rests on a rounded float.
 */
export function divRound(n: number, d: number): number {
  const r = n % d;
  const q = (n - r) / d;
  if (2 * Math.abs(r) >= d) return n < 0 ? q - 1 : q + 1;
  // Decimal keeps the sign of what it rounds: -0.004 kr. is -0 øre.
  return q === 0 && 1 / n < 0 ? -0 : q;
}

/** 2^27 + 1: Veltkamp's constant, splits a double into two halves of 26 bits. */
const SPLITTER = 134217729;

/** The rounding error of p = fl(a·b): a·b = p + the result, exactly (Dekker's two-product). */
function productError(a: number, b: number, p: number): number {
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * floor(a·b / d) for safe integers a, b ≥ 0 and 0 < d, exactly, even where a·b passes 2^53;
 * the remainder goes to rem[i]. a·b is held as p + e (two-product); a quotient estimate q is
 * corrected until the remainder a·b − q·d, computed as (p − fl(q·d)) + (e − its error), lies in
 * [0, d): both differences are exact (Sterbenz; integers below 2^53), and so is their sum once
 * the remainder is below d. Returns NaN if that does not settle (never seen; the caller then
 * takes the Decimal path).
 */
export function mulDivFloor(a: number, b: number, d: number, rem: Float64Array, i: number): number {
  const p = a * b;
  const e = productError(a, b, p);
  let q = Math.floor(p / d);
  for (let step = 0; step < 4; step++) {
    const qd = q * d;
    const r = p - qd + (e - productError(q, d, qd));
    if (r < 0) q -= Math.max(1, Math.ceil(-r / d));
    else if (r >= d) q += Math.max(1, Math.floor(r / d));
    else {
      rem[i] = r;
      return q;
    }
  }
  return NaN;
}

/**
 * The exact sum of plain numbers ≥ 0 (their Decimal values are their shortest representations),
 * as a Decimal: added as integers at their largest scale where that fits in 2^53 (partial sums
 * only grow, so a sum that passed it on the way ends past it), else as Decimals.
 */
export function exactSum(values: readonly number[]): Decimal {
  return integerSum(values) ?? values.reduce((total, v) => total.plus(v), new Decimal(0));
}

function integerSum(values: readonly number[]): Decimal | undefined {
  // One pass: a sum per number of decimal places, brought to the largest at the end.
  const sums = new Array<number>(MAX_SCALE + 1).fill(0);
  let scale = 0;
  for (let i = 0; i < values.length; i++) {
    const s = scaleOf(values[i]);
    if (s < 0) return undefined;
    sums[s] += Math.round(values[i] * POW10[s]);
    if (s > scale) scale = s;
  }
  let total = 0;
  for (let s = 0; s <= scale; s++) total += sums[s] * POW10[scale - s];
  return total <= MAX_SAFE ? new Decimal(total).div(POW10[scale]) : undefined;
}

/**
 * Plain numbers as integers at one common scale, the most decimal places among them (at least
 * `atLeast`), so that they add up exactly; undefined when one has more than MAX_SCALE places.
 * The integers are not checked against 2^53: callers check what they compute from them.
 */
export function toCommonScale(values: ArrayLike<number>, atLeast = 0): { units: Float64Array; scale: number } | undefined {
  const count = values.length;
  const places = new Int8Array(count);
  let scale = atLeast;
  for (let i = 0; i < count; i++) {
    const s = scaleOf(values[i]);
    if (s < 0) return undefined;
    places[i] = s;
    if (s > scale) scale = s;
  }
  const units = new Float64Array(count);
  for (let i = 0; i < count; i++) units[i] = Math.round(values[i] * POW10[places[i]]) * POW10[scale - places[i]];
  return { units, scale };
}
