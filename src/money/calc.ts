import { Decimal } from "./decimal";
import { MAX_SAFE, POW10, divRound, scaleOf } from "./fixed";

/**
 * The small exact calculator every per-cell rule is written against, once. A rule takes a `Calc`
 * and its numbers; the runner calls it first with EXACT (decimals held as scaled integers in plain
 * JavaScript numbers: fast) and, where a number does not fit (more than 6 decimals, a product past
 * 2^53), again with DECIMAL (decimal.js). Both are exact, so the two give the same answer; the
 * first is only quicker.
 */
export interface Num<N> {
  plus(other: N): N;
  minus(other: N): N;
  times(other: N): N;
  lessThan(other: N): boolean;
  greaterThan(other: N): boolean;
  isZero(): boolean;
  isNegative(): boolean;
  toNumber(): number;
}

export interface Calc<N extends Num<N>> {
  zero: N;
  one: N;
  /** A plain number as this calculator's number. EXACT throws NOT_EXACT when it cannot hold it. */
  of(value: number): N;
  /** Rounded to `places` decimals, half away from zero. */
  round(value: N, places: number): N;
  /** value ÷ divisor rounded to `places` decimals, half away from zero, in one step (never a rounded quotient rounded again). */
  divRound(value: N, divisor: N, places: number): N;
  /** value ÷ divisor unrounded: DECIMAL to 100 significant digits; EXACT holds no quotients and throws NOT_EXACT. */
  div(value: N, divisor: N): N;
}

/** Thrown by EXACT when a number or a result does not fit in 2^53: the caller then takes DECIMAL. */
export const NOT_EXACT = new Error("not exact in 2^53");

function safe(n: number): number {
  if (!(n <= MAX_SAFE && n >= -MAX_SAFE)) throw NOT_EXACT;
  return n;
}

/** n / 10^s with n a safe integer. */
export class Exact implements Num<Exact> {
  constructor(
    readonly n: number,
    readonly s: number
  ) {}

  plus(other: Exact): Exact {
    const s = this.s;
    const t = other.s;
    if (s === t) return new Exact(safe(this.n + other.n), s);
    return s > t ? new Exact(safe(this.n + safe(other.n * POW10[s - t])), s) : new Exact(safe(safe(this.n * POW10[t - s]) + other.n), t);
  }
  minus(other: Exact): Exact {
    const s = this.s;
    const t = other.s;
    if (s === t) return new Exact(safe(this.n - other.n), s);
    return s > t ? new Exact(safe(this.n - safe(other.n * POW10[s - t])), s) : new Exact(safe(safe(this.n * POW10[t - s]) - other.n), t);
  }
  times(other: Exact): Exact {
    const s = this.s + other.s;
    if (s > 22) throw NOT_EXACT;
    return new Exact(safe(this.n * other.n), s);
  }
  /** this − other as a sign, exactly: both brought to one scale. */
  private compare(other: Exact): number {
    const s = this.s;
    const t = other.s;
    if (s === t) return this.n - other.n;
    return s > t ? this.n - safe(other.n * POW10[s - t]) : safe(this.n * POW10[t - s]) - other.n;
  }
  lessThan(other: Exact): boolean {
    return this.compare(other) < 0;
  }
  greaterThan(other: Exact): boolean {
    return this.compare(other) > 0;
  }
  isZero(): boolean {
    return this.n === 0;
  }
  isNegative(): boolean {
    return this.n < 0 || Object.is(this.n, -0);
  }
  /** Correctly rounded, as Decimal's toNumber: n and 10^s are exact doubles and IEEE division rounds once. */
  toNumber(): number {
    return this.s === 0 ? this.n : this.n / POW10[this.s];
  }
}

export const EXACT: Calc<Exact> = {
  zero: new Exact(0, 0),
  one: new Exact(1, 0),
  of(value) {
    const s = scaleOf(value);
    if (s < 0) throw NOT_EXACT;
    return new Exact(s === 0 ? value : Math.round(value * POW10[s]), s);
  },
  round(value, places) {
    return value.s <= places ? value : new Exact(divRound(value.n, POW10[value.s - places]), places);
  },
  divRound(value, divisor, places) {
    // (n / 10^s) / (d / 10^t) at `places` = n · 10^(t + places − s) / d, rounded.
    if (divisor.isZero()) throw NOT_EXACT;
    const shift = divisor.s + places - value.s;
    const n = shift >= 0 ? safe(value.n * POW10[shift]) : value.n;
    const d = shift >= 0 ? divisor.n : safe(divisor.n * POW10[-shift]);
    const q = d < 0 ? divRound(-n, -d) : divRound(n, d);
    return new Exact(q, places);
  },
  div() {
    throw NOT_EXACT;
  },
};

export const DECIMAL: Calc<Decimal> = {
  zero: new Decimal(0),
  one: new Decimal(1),
  of: (value) => new Decimal(value),
  round: (value, places) => value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP),
  divRound: (value, divisor, places) => value.div(divisor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP),
  div: (value, divisor) => value.div(divisor),
};

/** The smaller of two numbers (the first when equal). */
export function min<N extends Num<N>>(a: N, b: N): N {
  return b.lessThan(a) ? b : a;
}

export function max<N extends Num<N>>(a: N, b: N): N {
  return b.greaterThan(a) ? b : a;
}

/**
 * A rule on EXACT where it fits, else on DECIMAL: `run(calc)` must build its numbers from `calc`
 * (calc.of) so that both calls compute the same thing.
 */
export function exactly<T>(run: <N extends Num<N>>(calc: Calc<N>) => T): T {
  try {
    return run(EXACT);
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    return run(DECIMAL);
  }
}
