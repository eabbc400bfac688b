import fc from "fast-check";
import { allocateAmount, supportCategoryOf } from "../../src/common/functions";
import { aalborgSettlementByArea as settlementByAreaOf } from "../../src/municipalities/aalborg/functions";
import { efterskoleCategoryOf } from "../../src/municipalities/efterskole/functions";
import { hjorringRate as hjorringRateOf } from "../../src/municipalities/hjorring/functions";
import { horsholmAllocation as horsholmAllocationOf, horsholmPeriodCost as periodCostOf } from "../../src/municipalities/horsholm/functions";
import { nordfynsCommonFunds } from "../../src/municipalities/nordfyns/functions";
import { roskildeCost } from "../../src/municipalities/roskilde/functions";
import { allocate, allocateKeys, combineKeys } from "../../src/money/allocate";
import { Decimal } from "../../src/money/decimal";
import { MAX_SAFE, divRound, exactSum, mulDivFloor, scaleOf } from "../../src/money/fixed";
import { hjorringBalance, hjorringRate } from "../../src/municipalities/hjorring/rules";
import { DateSpan, horsholmAllocation, horsholmPeriodCost } from "../../src/municipalities/horsholm/rules";
import { OfferType } from "../../src/money/offers";
import { ROSKILDE_DEFAULTS, RoskildeRules, roskildeCentralPayment, roskildeSchoolPayment } from "../../src/municipalities/roskilde/rules";
import { Calc, DECIMAL, EXACT, Exact, NOT_EXACT, Num } from "../../src/money/calc";
import { supportCategory } from "../../src/common/support";
import { viborgCentralPayment, viborgSchoolPayment } from "../../src/municipalities/viborg/rules";
import { col, excelError, flat } from "../helpers/excel";

/** A plain number as Excel passes it: n / 10^d, so 1234.5, 0.25 or 7 (the double nearest). */
const decimalNumber = (max: number, places: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: places })).map(([n, d]) => n / 10 ** d);
/** Fractions users type as formulas: 1/3 and 7/12 have no short decimal and force the Decimal path. */
const awkward = fc.constantFrom(1 / 3, 7 / 12, 2 / 3, 0.1 + 0.2, 1e-7, 123456.7891234);
/** Huge values whose integers pass 2^53. */
const huge = fc.constantFrom(2 ** 53, 9e15, 1e17, 2 ** 52 + 0.5, 1e21);

/** A rule run on the exact calculator, as the number Excel gets (rounded to the øre); undefined where EXACT cannot hold it. */
function onExact(run: (calc: Calc<Exact>) => Exact): number | undefined {
  try {
    return EXACT.round(run(EXACT), 2).toNumber();
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    return undefined;
  }
}

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

describe("allocation: scaled integers give the Decimal path's parts", () => {
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
        same(allocateKeys(total, [ks], null, d, ["keys"]), allocate(total, ks.map((k) => new Decimal(k)), d, "keys").map((p) => p.toNumber()));
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
        same(allocateKeys(total, columns, weights, d, ["a", "b"]), exact.map((p) => p.toNumber()));
      }),
      { numRuns: 500 }
    );
  });

  test("any two key columns, awkward decimals included: the Decimal path's parts", () => {
    const rows = fc.array(fc.tuple(key, key), { minLength: 1, maxLength: 40 }).filter((r) => r.some(([p]) => p > 0) && r.some(([, s]) => s > 0));
    fc.assert(
      fc.property(amount, rows, weight, decimals, (a, r, w, d) => {
        const total = new Decimal(a);
        const columns = [r.map(([p]) => p), r.map(([, s]) => s)];
        const weights = [new Decimal(w), new Decimal(1).minus(w)];
        const exact = allocate(total, combineKeys(columns.map((c) => c.map((k) => new Decimal(k))), weights, ["a", "b"]), d, "keys");
        same(allocateKeys(total, columns, weights, d, ["a", "b"]), exact.map((p) => p.toNumber()));
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
        same(allocateKeys(total, [ks], null, 0, ["keys"]), allocate(total, ks.map((k) => new Decimal(k)), 0, "keys").map((p) => p.toNumber()));
      }),
      { numRuns: 300 }
    );
  });

  test("ties go to the earlier row, as in the Decimal path", () => {
    same(allocateKeys(new Decimal(1000), [[1, 1, 1]], null, 0, ["keys"]), [334, 333, 333]);
    same(allocateKeys(new Decimal(-1000), [[1, 1, 1, 0]], null, 0, ["keys"]), [-334, -333, -333, -0]);
  });

  test("where integers do not fit, decimal.js gives the parts (and raises the errors)", () => {
    const byDecimal = (amount: number, keys: number[], d: number) => allocate(new Decimal(amount), keys.map((k) => new Decimal(k)), d, "keys").map((p) => p.toNumber());
    for (const [amount, keys, d] of [
      [1000, [1 / 3, 1], 0],
      [1000, [2 ** 53, 1], 0],
      [1e15, [1, 1], 2],
    ] as const) {
      same(allocateKeys(new Decimal(amount), [[...keys]], null, d, ["keys"]), byDecimal(amount, [...keys], d));
    }
    const half = [new Decimal(0.5), new Decimal(0.5)];
    const exact = allocate(new Decimal(1e9), combineKeys([[1e8, 3e8].map((k) => new Decimal(k)), [2, 1].map((k) => new Decimal(k))], half, ["a", "b"]), 0, "keys");
    same(allocateKeys(new Decimal(1e9), [[1e8, 3e8], [2, 1]], half, 0, ["a", "b"]), exact.map((p) => p.toNumber()));
    expect(() => allocateKeys(new Decimal(1000), [[0, 0]], null, 0, ["keys"])).toThrow(/allZero/);
    expect(() => allocateKeys(new Decimal(1000), [[1, 2], [0, 0]], half, 0, ["a", "b"])).toThrow(/allZero/);
    same(allocateKeys(new Decimal(3), [[1, 2], [0, 0]], [new Decimal(1), new Decimal(0)], 0, ["a", "b"]), [1, 2]);
  });
});

describe("sums and allocations by name: exact whichever path they take", () => {
  const amount = fc.oneof(fc.integer({ min: 0, max: 1e8 }), fc.integer({ min: 0, max: 1e10 }).map((ore) => ore / 100), fc.constantFrom(0, 1 / 3, 1e-7, 9e15));

  test("exactSum is the exact sum", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (values) => {
        expect(exactSum(values).equals(values.reduce((t, v) => t.plus(v), new Decimal(0)))).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  /** Each school's unrounded period costs summed in decimal.js and rounded once: the allocation's definition. */
  function byDecimal(schools: { name: string }[], referrals: { school: string; annualCost: number; span: DateSpan }[], period: DateSpan): number[] {
    return schools.map(({ name }) =>
      referrals
        .filter((r) => r.school.trim().toLowerCase() === name.toLowerCase())
        .reduce((total, r) => total.plus(horsholmPeriodCost(DECIMAL, new Decimal(r.annualCost), r.span, period)), new Decimal(0))
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toNumber()
    );
  }

  test("Hørsholm: each school's allocation, summed before the øre", () => {
    const schools = ["A", "B", "C"].map((name, i) => ({ name, row: i + 1 }));
    const referral = fc.tuple(fc.constantFrom("A", "b", " C "), fc.oneof(decimalNumber(2e6, 2), fc.integer({ min: 0, max: 2e6 }), decimalNumber(1e5, 6)), fc.integer({ min: 36000, max: 47000 }), fc.integer({ min: 0, max: 1500 }));
    const period = fc.tuple(fc.integer({ min: 36000, max: 47000 }), fc.integer({ min: 0, max: 800 })).map(([start, days]): DateSpan => ({ start, end: start + days }));
    fc.assert(
      fc.property(fc.array(referral, { maxLength: 40 }), period, (rows, p) => {
        const referrals = rows.map(([school, cost, start, days], i) => ({ school, annualCost: cost, span: { start, end: start + days }, row: i + 1 }));
        same(horsholmAllocation(schools, referrals, p), byDecimal(schools, referrals, p));
      }),
      { numRuns: 500 }
    );
  });

  test("Hørsholm: many dear referrals of one school, whose numerators pass 2^53", () => {
    const schools = [{ name: "A", row: 1 }];
    const costs = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? 45678.123456 : Math.round(123456789 + i * 100001) / 100));
    // At 6 decimals over two years one numerator alone passes 2^53, and so do the sums.
    expect(45678123456 * 731 * 366).toBeGreaterThan(MAX_SAFE);
    const period = { start: 45292, end: 46022 };
    const referrals = costs.map((c, i) => ({ school: "A", annualCost: c, span: { start: 45292, end: 46387 }, row: i + 1 }));
    same(horsholmAllocation(schools, referrals, period), byDecimal(schools, referrals, period));
  });
});

describe("elementwise rules: the exact calculator gives the Decimal path's answer", () => {
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
  let fastCount = 0;
  afterAll(() => expect(fastCount).toBeGreaterThan(1000));

  /** The rule on both calculators: where EXACT holds it, the same number Excel gets. */
  function agreeOn(run: <N extends Num<N>>(calc: Calc<N>) => N): void {
    let exact: number | undefined;
    try {
      exact = EXACT.round(run(EXACT), 2).toNumber();
    } catch (error) {
      if (error !== NOT_EXACT) throw error;
    }
    agree(exact, run(DECIMAL));
  }

  function agree(fast: number | undefined, exact: Decimal): void {
    if (fast === undefined) return;
    fastCount++;
    const expected = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
    if (!Object.is(fast, expected)) throw new Error(`fast ${fast}, Decimal ${expected}`);
  }

  test("Roskilde: school payment and central compensation", () => {
    fc.assert(
      fc.property(cost, offer, fraction, rules, (k, o, f, r) => {
        for (const payment of [roskildeSchoolPayment, roskildeCentralPayment]) {
          agree(onExact((calc) => payment(calc, calc.of(k), o, calc.of(f), rulesOf(calc, r))), payment(DECIMAL, new Decimal(k), o, new Decimal(f), rulesOf(DECIMAL, r)));
        }
      }),
      { numRuns: 3000 }
    );
  });

  test("Viborg: the school's rate and the residual pool", () => {
    const rate = fc.oneof(fc.constant(135000), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100), fc.constant(2 ** 53));
    fc.assert(
      fc.property(cost, fraction, rate, (k, f, r) => {
        agreeOn((calc) => viborgSchoolPayment(calc, calc.of(f), { rate: calc.of(r) }));
        agreeOn((calc) => viborgCentralPayment(calc, calc.of(k), calc.of(f), { rate: calc.of(r) }));
      }),
      { numRuns: 2000 }
    );
  });

  test("Hjørring: balance, deficits included", () => {
    const referrals = fc.oneof(fc.integer({ min: 0, max: 400 }).map((n) => n / 4), fc.constantFrom(0, 1 / 3, 0.001, 1e12));
    fc.assert(
      fc.property(cost, referrals, fc.constantFrom(293000, 293000.5, 0.01), (s, n, r) => {
        agreeOn((calc) => hjorringBalance(calc.of(s), calc.of(n), { rate: calc.of(r) }));
      }),
      { numRuns: 2000 }
    );
  });

  test("Hjørring: the average rate", () => {
    const pupils = fc.oneof(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 4000 }).map((n) => n / 4), fc.constantFrom(3, 7, 1 / 3, 1e-6, 0.001, 1e12));
    fc.assert(
      fc.property(cost, pupils, (k, n) => {
        agreeOn((calc) => hjorringRate(calc, calc.of(k), calc.of(n), 2));
      }),
      { numRuns: 3000 }
    );
    expect(() => hjorringRate(EXACT, EXACT.of(100), EXACT.zero, 2)).toThrow(/notPositive/);
  });

  test("Hørsholm: the cost falling in a period, across years and leap years", () => {
    const serial = fc.integer({ min: 61, max: 80000 });
    const span = fc.tuple(serial, fc.integer({ min: 0, max: 3000 })).map(([start, days]): DateSpan => ({ start, end: start + days }));
    fc.assert(
      fc.property(cost, span, span, (k, r, p) => {
        agreeOn((calc) => horsholmPeriodCost(calc, calc.of(k), r, p, 2));
      }),
      { numRuns: 3000 }
    );
    const year2024 = { start: 45292, end: 45657 };
    expect(onExact((calc) => horsholmPeriodCost(calc, calc.of(366000), year2024, year2024, 2))).toBe(366000);
  });

  test("support category: comparing the numbers is comparing their Decimals", () => {
    const hours = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(9, 8.999999999999998, 9.000000000000002, 0.1 + 0.2, 0.3, 0), decimalNumber(100, 3));
    fc.assert(
      fc.property(hours, hours, (h, t) => {
        const exact = scaleOf(h) >= 0 && scaleOf(t) >= 0 ? supportCategory(EXACT.of(h), EXACT.of(t)) : undefined;
        const decimal = supportCategory(new Decimal(h), new Decimal(t));
        if (exact !== undefined) expect(exact).toBe(decimal);
        expect(h < t ? "almen" : "specialundervisning").toBe(decimal);
      }),
      { numRuns: 3000 }
    );
  });

  test("past 2^53 the exact calculator hands over to the Decimal path", () => {
    const school = (k: number, o: OfferType, f: number) => onExact((calc) => roskildeSchoolPayment(calc, calc.of(k), o, calc.of(f), rulesOf(calc, ROSKILDE_DEFAULTS)));
    expect(school(9e15, "normal", 1)).toBeUndefined();
    expect(school(1e12, "normal", 0.123456)).toBeUndefined();
    expect(onExact((calc) => roskildeCentralPayment(calc, calc.of(1 / 3), "central", calc.one, rulesOf(calc, ROSKILDE_DEFAULTS)))).toBeUndefined();
    expect(onExact((calc) => viborgCentralPayment(calc, calc.of(2 ** 53 + 2), calc.one, { rate: calc.of(135000) }))).toBeUndefined();
    expect(onExact((calc) => hjorringBalance(calc.of(1), calc.of(1e12), { rate: calc.of(293000) }))).toBeUndefined();
    expect(school(500000, "normal", 1)).toBe(390500);
  });
});

describe("adapters: cells the fast path cannot take go the Decimal way", () => {
  test("a cost past 2^53 in øre and a fraction of 1/3 are computed by Decimal", () => {
    const rules = rulesOf(DECIMAL, ROSKILDE_DEFAULTS);
    const big = roskildeSchoolPayment(DECIMAL, new Decimal(999999.1234567), "normal", new Decimal(1), rules).toNumber();
    const third = roskildeSchoolPayment(DECIMAL, new Decimal(500000), "normal", new Decimal(1 / 3), rules).toNumber();
    expect(roskildeCost([[999999.1234567], [500000], [500000]], [["normal"], ["normal"], [null]], [[1], [1 / 3], [1]])).toEqual([[big], [third], [390500]]);
    // Beyond ±1e12 kr. no amount is computed: its own cell says so (SPEC).
    expect(excelError(() => roskildeCost([[9e15]])).message).toBe("cost, row 1: 9000000000000000 is beyond ±1,000,000,000,000, more than any budget SPU computes");
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

  test("rates, period costs and sums the fast path cannot take are computed by Decimal, and bad input still raises", () => {
    expect(flat(hjorringRateOf(col(1000, 1000, 9e11), col(3, 1 / 3, 7)))).toEqual([333.33, 3000, new Decimal(9e11).div(7).toDecimalPlaces(2).toNumber()]);
    expect(excelError(() => hjorringRateOf(col(1000, 1000), col(4, 0))).code).toBe("#DIV/0!");
    const third = horsholmPeriodCost(DECIMAL, new Decimal(1 / 3), { start: 45292, end: 45300 }, { start: 45292, end: 45657 }).toDecimalPlaces(2).toNumber();
    expect(flat(periodCostOf(col(1 / 3, 366000), col(45292, 45292), col(45300, 45657), 45292, 45657))).toEqual([third, 366000]);
    expect(excelError(() => periodCostOf(col(1000, 1000), col(45292, 45292.5), col(45300, 45300), 45292, 45657)).code).toBe("#VALUE!");
    expect(excelError(() => periodCostOf(col(1000, 1000), col(45292, 45300), col(45300, 45292), 45292, 45657)).code).toBe("#VALUE!");
    expect(nordfynsCommonFunds(1, col(1 / 3, 1 / 3, 1 / 3), 0)).toBe(0);
    expect(nordfynsCommonFunds(1e6, col(1000.5, 2000.25), 0.01)).toBe(996999.26);
    expect(excelError(() => nordfynsCommonFunds(1e6, col(1000, -1), 0)).code).toBe("#VALUE!");
  });

  test("allocations by name fall back to Decimal where a row is not plain, and raise its errors in row order", () => {
    const areas = [col("Nord", "Syd"), col(10, 5), col(8, 6), 1000] as const;
    expect(flat(settlementByAreaOf(col("Nord", "syd", "Nord"), col(1, 1, 2), ...areas))).toEqual([667, -1000, 1333]);
    expect(flat(settlementByAreaOf(col("Nord", "syd", "Nord"), col(1 / 3, 1, 2 / 3), ...areas))).toEqual([667, -1000, 1333]);
    expect(excelError(() => settlementByAreaOf(col("Nord", "Vest"), col(1, 1), ...areas)).code).toBe("#N/A");
    expect(excelError(() => settlementByAreaOf(col("Nord", "Syd"), col(1, 0), ...areas)).code).toBe("#DIV/0!");
    expect(excelError(() => settlementByAreaOf(col("Nord", "Syd"), col("x", -1), ...areas)).message).toMatch(/row 1/);

    const period = [45292, 45657] as const;
    expect(flat(horsholmAllocationOf(col("A", "B"), col("a", "A", "b"), col(366000, 1 / 3, 1000), col(45292, 45292, 45292), col(45657, 45657, 45300), ...period))).toEqual([
      new Decimal(366000).plus(1 / 3).toDecimalPlaces(2).toNumber(),
      horsholmPeriodCost(DECIMAL, new Decimal(1000), { start: 45292, end: 45300 }, { start: 45292, end: 45657 }).toDecimalPlaces(2).toNumber(),
    ]);
    expect(excelError(() => horsholmAllocationOf(col("A"), col("A", "C"), col(1, 1), col(45292, 45292), col(45300, 45300), ...period)).code).toBe("#N/A");
    expect(excelError(() => horsholmAllocationOf(col("A"), col("A", null, "A"), col(1, 1, -1), col(45292, 45292, 45292), col(45300, 45300, 45300), ...period)).message).toMatch(/row 2/);
  });

  test("support categories and efterskole flags: the fast reading gives the same answers and errors", () => {
    expect(flat(supportCategoryOf(col(9, 8.999999999999998, "", 12.5), [[9]]))).toEqual(["specialundervisning", "almen", "", "specialundervisning"]);
    expect(flat(supportCategoryOf(col(9, 9), col(null, 9.5)))).toEqual(["specialundervisning", "almen"]);
    expect(excelError(() => supportCategoryOf(col(9, -1))).code).toBe("#VALUE!");
    expect(flat(efterskoleCategoryOf(col("ja", " JA", true, null), col("nej", "ja", 1, "ja"), col("ja", "ja", "yes", null)))).toEqual([1, 2, 2, 0]);
    expect(excelError(() => efterskoleCategoryOf(col("ja", "måske"), col("ja", "ja"), col("ja", "ja"))).message).toMatch(/row 2/);
  });
});

function rulesOf<N extends Num<N>>(calc: Calc<N>, r: RoskildeRules<number>): RoskildeRules<N> {
  return {
    threshold: calc.of(r.threshold),
    compensation: calc.of(r.compensation),
    treatmentThreshold: calc.of(r.treatmentThreshold),
    treatmentCompensation: calc.of(r.treatmentCompensation),
    cap: calc.of(r.cap),
  };
}
