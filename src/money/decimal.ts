import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor every model uses. 100 significant digits keep integer
 * products of scaled amounts and keys exact; ROUND_HALF_UP in decimal.js rounds half away
 * from zero, which is how kroner and øre are rounded in Danish budgets.
 */
export const Decimal = DecimalBase.clone({ precision: 100, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = DecimalBase;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Rounds to `decimals` places, half away from zero (2 = øre, 0 = whole kroner). */
export function roundTo(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** An amount of money as Excel shows it: a number rounded to the øre. */
export function toOre(value: Decimal): number {
  // Most amounts are already in øre: rounding would only copy them.
  return (value.decimalPlaces() <= 2 ? value : roundTo(value, 2)).toNumber();
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
