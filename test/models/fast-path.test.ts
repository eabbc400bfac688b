import fc from "fast-check";
import { allocateAmount } from "../../src/functions/common";
import { roskildeCost } from "../../src/functions/roskilde";
import { allocate, allocateFast, combineKeys, combineKeysFast } from "../../src/models/allocate";
import { Decimal } from "../../src/models/decimal";
import { MAX_SAFE, divRound, fixedOf, mulDivFloor, scaleOf } from "../../src/models/fixed";
import { hjorringBalance, hjorringBalanceFast } from "../../src/models/hjorring";
import { OfferType } from "../../src/models/offers";
import { ROSKILDE_DEFAULTS, roskildeCentralPayment, roskildeCentralPaymentFast, roskildeFastRules, roskildeSchoolPayment, roskildeSchoolPaymentFast } from "../../src/models/roskilde";
import { viborgCentralPayment, viborgCentralPaymentFast, viborgSchoolPayment, viborgSchoolPaymentFast } from "../../src/models/viborg";

/** A plain number as Excel passes it: n / 10^d, so 1234.5, 0.25 or 7 (the double nearest). */
const decimalNumber = (max: number, places: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: places })).map(([n, d]) => n / 10 ** d);
/** Fractions users type as formulas: 1/3 and 7/12 have no short decimal and force the Decimal path. */
const awkward = fc.constantFrom(1 / 3, 7 / 12, 2 / 3, 0.1 + 0.2, 1e-7, 123456.7891234);
/** Huge values whose integers pass 2^53. */
const huge = fc.constantFrom(2 ** 53, 9e15, 1e17, 2 ** 52 + 0.5, 1e21);

/** Same numbers, -0 and +0 told apart. */
function same(fast: readonly number[] | undefined, exact: readonly number[]): void {
  expect(fast).toBeDefined();
  fast!.forEach((v, i) => {
    if (!Object.is(v, exact[i])) throw new Error(`row ${i}: fast ${v}, Decimal ${exact[i]}`);
  });
}

describe("fixed: scaled integers", () => {
  test("scaleOf gives the decimal places Decimal reads, or -1", () => {
    fc.assert(
      fc.property(fc.oneof(decimalNumber(1e9, 8), awkward, huge, fc.double({ noNaN: true, noDefaultInfinity: true })), (x) => {
        const s = scaleOf(x);
        const d = new Decimal(x);
        if (s >= 0) {
          expect(d.decimalPlaces()).toBe(s);
          expect(d.times(10 ** s).equals(Math.round(x * 10 ** s))).toBe(true);
        } else {
          expect(d.decimalPlaces() > 6 || d.abs().times(Decimal.pow(10, d.decimalPlaces())).greaterThanOrEqualTo(1e15)).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });

  test("divRound rounds half away from zero, exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_SAFE, max: MAX_SAFE }), fc.integer({ min: 1, max: MAX_SAFE }), (n, d) => {
        expect(divRound(n, d)).toBe(new Decimal(n).div(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
      }),
      { numRuns: 2000 }
    );
  });

  test("mulDivFloor is exact where a·b passes 2^53", () => {
    const big = fc.oneof(fc.integer({ min: 0, max: MAX_SAFE }), fc.integer({ min: MAX_SAFE - 1000, max: MAX_SAFE }));
    fc.assert(
      fc.property(big, big, fc.integer({ min: 1, max: MAX_SAFE }), (a, b, d) => {
        fc.pre(a * b / d < MAX_SAFE / 2);
        const rem = new Float64Array(1);
        const q = mulDivFloor(a, b, d, rem, 0);
        const product = new Decimal(a).times(b);
        expect(q).toBe(product.divToInt(d).toNumber());
        expect(rem[0]).toBe(product.mod(d).toNumber());
      }),
      { numRuns: 3000 }
    );
  });
});

describe("allocation: the fast path equals the Decimal path", () => {
  const amount = fc.oneof(
    fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.constantFrom(0, -0, 1e9, 3e8, 0.005, -0.005, 1.5, 2.5)
  );
  const key = fc.oneof(decimalNumber(1e6, 3), fc.constantFrom(0, 1, 0.5, 100, 800, 1.6));
  const keys = fc.array(key, { minLength: 1, maxLength: 30 }).filter((ks) => ks.some((k) => k > 0));
  const decimals = fc.constantFrom(0, 1, 2, 4);
  const weight = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.7, 1, 0.6, 0.35), fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000));

  test("one key column", () => {
    fc.assert(
      fc.property(amount, keys, decimals, (a, ks, d) => {
        const total = new Decimal(a);
        same(allocateFast(total, ks, d), allocate(total, ks.map((k) => new Decimal(k)), d, "keys").map((p) => p.toNumber()));
      }),
      { numRuns: 1000 }
    );
  });

  test("two weighted key columns, many rows", () => {
    const pupils = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constant(0));
    const socio = decimalNumber(1000, 2);
    const rows = fc.array(fc.tuple(pupils, socio), { minLength: 1, maxLength: 200 }).filter((r) => r.some(([p]) => p > 0) && r.some(([, s]) => s > 0));
    fc.assert(
      fc.property(amount, rows, weight, decimals, (a, r, w, d) => {
        const total = new Decimal(a);
        const columns = [r.map(([p]) => p), r.map(([, s]) => s)];
        const weights = [new Decimal(w), new Decimal(1).minus(w)];
        const exact = allocate(total, combineKeys(columns.map((c) => c.map((k) => new Decimal(k))), weights, ["a", "b"]), d, "keys");
        same(allocateFast(total, combineKeysFast(columns, weights), d), exact.map((p) => p.toNumber()));
      }),
      { numRuns: 500 }
    );
  });

  test("any two key columns: the fast path, where it answers, equals the Decimal path", () => {
    const rows = fc.array(fc.tuple(key, key), { minLength: 1, maxLength: 40 }).filter((r) => r.some(([p]) => p > 0) && r.some(([, s]) => s > 0));
    fc.assert(
      fc.property(amount, rows, weight, decimals, (a, r, w, d) => {
        const total = new Decimal(a);
        const columns = [r.map(([p]) => p), r.map(([, s]) => s)];
        const weights = [new Decimal(w), new Decimal(1).minus(w)];
        const fast = allocateFast(total, combineKeysFast(columns, weights), d);
        const exact = allocate(total, combineKeys(columns.map((c) => c.map((k) => new Decimal(k))), weights, ["a", "b"]), d, "keys");
        if (fast !== undefined) same(fast, exact.map((p) => p.toNumber()));
      }),
      { numRuns: 500 }
    );
  });

  test("products past 2^53 (a large amount over large keys) stay exact", () => {
    const bigKeys = fc.array(fc.integer({ min: 0, max: 5e7 }), { minLength: 2, maxLength: 60 }).filter((ks) => ks.some((k) => k > 0));
    fc.assert(
      fc.property(fc.integer({ min: 1e10, max: 9e13 }), bigKeys, (a, ks) => {
        const total = new Decimal(a);
        fc.pre(a * Math.max(...ks) > MAX_SAFE);
        same(allocateFast(total, ks, 0), allocate(total, ks.map((k) => new Decimal(k)), 0, "keys").map((p) => p.toNumber()));
      }),
      { numRuns: 300 }
    );
  });

  test("ties go to the earlier row, as in the Decimal path", () => {
    same(allocateFast(new Decimal(1000), [1, 1, 1], 0), [334, 333, 333]);
    same(allocateFast(new Decimal(-1000), [1, 1, 1, 0], 0), [-334, -333, -333, -0]);
  });

  test("not representable: undefined, so the caller takes the Decimal path", () => {
    expect(allocateFast(new Decimal(1000), [1 / 3, 1], 0)).toBeUndefined();
    expect(allocateFast(new Decimal(1000), [0, 0], 0)).toBeUndefined();
    expect(allocateFast(new Decimal(1000), [2 ** 53, 1], 0)).toBeUndefined();
    expect(allocateFast(new Decimal(1e15), [1, 1], 2)).toBeUndefined();
    expect(combineKeysFast([[1e8, 2], [3e8, 1]], [new Decimal(0.5), new Decimal(0.5)])).toBeUndefined();
    expect(combineKeysFast([[1, 2], [0, 0]], [new Decimal(0.5), new Decimal(0.5)])).toBeUndefined();
    expect(combineKeysFast([[1, 2], [0, 0]], [new Decimal(1), new Decimal(0)])).toEqual([1, 2]);
  });
});

describe("elementwise kernels: the fast path equals the Decimal path", () => {
  /** Costs with and without øre, around the thresholds and the cap, and awkward or huge ones. */
  const cost = fc.oneof(
    fc.integer({ min: 0, max: 2e8 }).map((ore) => ore / 100),
    fc.integer({ min: 0, max: 2e6 }),
    fc.constantFrom(0, 354000, 354000.005, 413000, 666000, 666000.01, 1e6, 177000, 100.005, 0.001),
    decimalNumber(1e9, 6),
    awkward,
    huge
  );
  const fraction = fc.oneof(fc.constantFrom(1, 0.5, 0.25, 0.75, 1 / 3, 7 / 12, 0.001), fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000));
  const offer = fc.constantFrom<OfferType>("normal", "behandling", "central", "omraade");
  const share = fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000);
  const rules = fc.record({
    threshold: fc.oneof(fc.constant(ROSKILDE_DEFAULTS.threshold), fc.integer({ min: 0, max: 1e6 }), decimalNumber(1e7, 2)),
    compensation: fc.oneof(fc.constant(ROSKILDE_DEFAULTS.compensation), share, fc.constant(1 / 3)),
    treatmentThreshold: fc.oneof(fc.constant(ROSKILDE_DEFAULTS.treatmentThreshold), fc.integer({ min: 0, max: 1e6 })),
    treatmentCompensation: fc.oneof(fc.constant(ROSKILDE_DEFAULTS.treatmentCompensation), share),
    cap: fc.oneof(fc.constant(ROSKILDE_DEFAULTS.cap), fc.integer({ min: 0, max: 2e6 }), fc.constant(1e20)),
  });
  const decimalRules = (r: Record<string, number>) => ({
    threshold: new Decimal(r.threshold),
    compensation: new Decimal(r.compensation),
    treatmentThreshold: new Decimal(r.treatmentThreshold),
    treatmentCompensation: new Decimal(r.treatmentCompensation),
    cap: new Decimal(r.cap),
  });
  let fastCount = 0;
  afterAll(() => expect(fastCount).toBeGreaterThan(1000));

  function agree(fast: number | undefined, exact: Decimal): void {
    if (fast === undefined) return;
    fastCount++;
    const expected = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
    if (!Object.is(fast, expected)) throw new Error(`fast ${fast}, Decimal ${expected}`);
  }

  test("Roskilde: school payment and central compensation", () => {
    fc.assert(
      fc.property(cost, offer, fraction, rules, (k, o, f, r) => {
        const exactRules = decimalRules(r);
        const fastRules = roskildeFastRules(exactRules);
        if (!fastRules) return;
        agree(roskildeSchoolPaymentFast(k, o, f, fastRules), roskildeSchoolPayment(new Decimal(k), o, new Decimal(f), exactRules));
        agree(roskildeCentralPaymentFast(k, o, f, fastRules), roskildeCentralPayment(new Decimal(k), o, new Decimal(f), exactRules));
      }),
      { numRuns: 3000 }
    );
  });

  test("Viborg: the school's rate and the residual pool", () => {
    const rate = fc.oneof(fc.constant(135000), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100), fc.constant(2 ** 53));
    fc.assert(
      fc.property(cost, fraction, rate, (k, f, r) => {
        const fixed = fixedOf(new Decimal(r));
        if (!fixed) return;
        agree(viborgSchoolPaymentFast(f, fixed), viborgSchoolPayment(new Decimal(f), { rate: new Decimal(r) }));
        agree(viborgCentralPaymentFast(k, f, fixed), viborgCentralPayment(new Decimal(k), new Decimal(f), { rate: new Decimal(r) }));
      }),
      { numRuns: 2000 }
    );
  });

  test("Hjørring: balance, deficits included", () => {
    const referrals = fc.oneof(fc.integer({ min: 0, max: 400 }).map((n) => n / 4), fc.constantFrom(0, 1 / 3, 0.001, 1e12));
    fc.assert(
      fc.property(cost, referrals, fc.constantFrom(293000, 293000.5, 0.01), (s, n, r) => {
        const exact = hjorringBalance(new Decimal(s), new Decimal(n), { rate: new Decimal(r) });
        agree(hjorringBalanceFast(s, n, fixedOf(new Decimal(r))!), exact);
      }),
      { numRuns: 2000 }
    );
  });

  test("past 2^53 the kernels answer undefined (the Decimal path)", () => {
    const rules = roskildeFastRules(decimalRules({ ...ROSKILDE_DEFAULTS }))!;
    expect(roskildeSchoolPaymentFast(9e15, "normal", 1, rules)).toBeUndefined();
    expect(roskildeSchoolPaymentFast(1e12, "normal", 0.123456, rules)).toBeUndefined();
    expect(roskildeCentralPaymentFast(1 / 3, "central", 1, rules)).toBeUndefined();
    expect(viborgCentralPaymentFast(9e14, 1, { n: 135000, s: 0 })).toBeUndefined();
    expect(hjorringBalanceFast(1, 1e12, { n: 293000, s: 0 })).toBeUndefined();
    expect(roskildeSchoolPaymentFast(500000, "normal", 1, rules)).toBe(390500);
  });
});

describe("adapters: cells the fast path cannot take go the Decimal way", () => {
  test("a cost past 2^53 in øre and a fraction of 1/3 are computed by Decimal", () => {
    const rules = decimalDefaults();
    const big = roskildeSchoolPayment(new Decimal(9e15), "normal", new Decimal(1), rules).toNumber();
    const third = roskildeSchoolPayment(new Decimal(500000), "normal", new Decimal(1 / 3), rules).toNumber();
    expect(roskildeCost([[9e15], [500000], [500000]], [["normal"], ["normal"], [null]], [[1], [1 / 3], [1]])).toEqual([[big], [third], [390500]]);
  });

  test("an allocation whose products pass 2^53 with three key columns is still exact", () => {
    const keys = [
      [123456789, 987654.321, 1],
      [1, 2, 3],
      [0, 5, 7],
    ];
    const exact = allocate(new Decimal(1e9), combineKeys([0, 1, 2].map((c) => keys.map((r) => new Decimal(r[c]))), [1, 1, 1].map((w) => new Decimal(w)), ["a", "b", "c"]), 0, "keys");
    expect(allocateAmount(1e9, keys)).toEqual(exact.map((p) => [p.toNumber()]));
  });
});

function decimalDefaults() {
  return {
    threshold: new Decimal(ROSKILDE_DEFAULTS.threshold),
    compensation: new Decimal(ROSKILDE_DEFAULTS.compensation),
    treatmentThreshold: new Decimal(ROSKILDE_DEFAULTS.treatmentThreshold),
    treatmentCompensation: new Decimal(ROSKILDE_DEFAULTS.treatmentCompensation),
    cap: new Decimal(ROSKILDE_DEFAULTS.cap),
  };
}
