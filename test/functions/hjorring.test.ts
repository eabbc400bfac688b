import fc from "fast-check";
import * as hjorring from "../../src/municipalities/hjorring/functions";
import { Decimal } from "../../src/money/decimal";
import { HJORRING_DEFAULTS } from "../../src/municipalities/hjorring/rules";
import { col, errorCell, excelError, flat, loose, row } from "../helpers/excel";

const hjorringShare = loose(hjorring.hjorringShare);
const hjorringRate = loose(hjorring.hjorringRate);
const hjorringBalance = loose(hjorring.hjorringBalance);

const exactSum = (values: unknown[]) => values.reduce<Decimal>((s, v) => s.plus(v as number), new Decimal(0));
const places = (v: unknown) => new Decimal(v as number).decimalPlaces();
const ore = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100);
/** Referrals in pupil-years: whole pupils or months of a pupil. */
const pupilYears = fc.integer({ min: 0, max: 1200 }).map((n) => n / 12);

describe("SPU.HJORRING_SHARE", () => {
  test("seed: 70 % by pupils, 30 % by the district's socio-economics", () => {
    expect(HJORRING_DEFAULTS.pupilWeight).toBe(0.7);
    // pupils 300/100 → ¾, ¼ × 0.7 = 0.525, 0.175; socio 1/3 → ¼, ¾ × 0.3 = 0.075, 0.225
    expect(flat(hjorringShare(10000000, col(300, 100), col(1, 3)))).toEqual([6000000, 4000000]);
  });

  test("pupil_weight overrides the split: 1 is pupils alone, 0 socio-economics alone", () => {
    expect(flat(hjorringShare(10000000, col(300, 100), col(1, 3), 1))).toEqual([7500000, 2500000]);
    expect(flat(hjorringShare(10000000, col(300, 100), col(1, 3), 0))).toEqual([2500000, 7500000]);
    expect(flat(hjorringShare(900, col(1, 2), col(0, 0), 1))).toEqual([300, 600]);
  });

  test("largest remainder to the krone or the øre, ties to the earlier row", () => {
    expect(flat(hjorringShare(1000, col(1, 1, 1), col(1, 1, 1)))).toEqual([334, 333, 333]);
    expect(flat(hjorringShare(1000, col(1, 1, 1), col(1, 1, 1), null, 2))).toEqual([333.34, 333.33, 333.33]);
  });

  test("blank rows of the school table are skipped and stay blank", () => {
    expect(hjorringShare(10000000, col(300, null, 100), col(1, "", 3))).toEqual([[6000000], [""], [4000000]]);
  });

  test("property: the shares sum exactly to the pool at 0 and 2 decimals, each within one unit of its exact quota", () => {
    const key = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(
        ore,
        fc.array(fc.tuple(key, key), { minLength: 1, maxLength: 12 }).filter((rows) => rows.some(([p]) => p > 0) && rows.some(([, s]) => s > 0)),
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        fc.constantFrom(0, 2),
        (pool, rows, w, decimals) => {
          const pupils = rows.map(([p]) => p);
          const socio = rows.map(([, s]) => s);
          const out = flat(hjorringShare(pool, col(...pupils), col(...socio), w, decimals));
          expect(exactSum(out).equals(new Decimal(pool).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
          const totalPupils = pupils.reduce((a, b) => a + b, 0);
          const totalSocio = socio.reduce((a, b) => a + b, 0);
          out.forEach((v, i) => {
            expect(places(v)).toBeLessThanOrEqual(decimals);
            const quota = new Decimal(pool).times(new Decimal(w).times(pupils[i]).div(totalPupils).plus(new Decimal(1).minus(w).times(socio[i]).div(totalSocio)));
            expect(quota.minus(v as number).abs().lessThan(new Decimal(10).pow(-decimals).plus("0.005"))).toBe(true);
          });
        }
      )
    );
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => hjorringShare(1000, col(1, "mange"), col(1, 1)))).toEqual({ code: "#VALUE!", message: "pupils, row 2: 'mange' is not a number" });
    expect(excelError(() => hjorringShare(1000, col(1, 1), col(false, 1)))).toEqual({ code: "#VALUE!", message: "socio, row 1: 'false' is not a number" });
    expect(excelError(() => hjorringShare(1000, col(1, -1), col(1, 1)))).toEqual({ code: "#VALUE!", message: "pupils, row 2: -1 must not be negative" });
    expect(excelError(() => hjorringShare(1000, col(1, 1), col(1, 1), 70))).toEqual({ code: "#VALUE!", message: "pupil_weight: 70 must be between 0 and 1" });
    expect(excelError(() => hjorringShare(1000, col(1, 1), col(1, 1, 1)))).toEqual({ code: "#VALUE!", message: "socio: has 3 rows, but pupils has 2" });
    expect(excelError(() => hjorringShare(1000, col(1, 1), [[1, 2], [3, 4]]))).toEqual({ code: "#VALUE!", message: "socio: expected a range of n×1, got 2×2" });
    expect(excelError(() => hjorringShare(1000, col(0, 0), col(1, 1)))).toEqual({ code: "#DIV/0!", message: "pupils: all keys are zero, so there is nothing to share by" });
    expect(excelError(() => hjorringShare("10 mio.", col(1), col(1))).code).toBe("#VALUE!");
    expect(excelError(() => hjorringShare(1000, col(1, errorCell("#NAME?")), col(1, 1))).code).toBe("#NAME?");
  });
});

describe("SPU.HJORRING_RATE", () => {
  test("the average rate is the special school's total cost per pupil", () => {
    // 87,9 mio. kr. for 300 pupils is the seed's 2023 rate of 293.000 kr.
    expect(hjorringRate(87900000, 300)).toEqual([[293000]]);
    expect(hjorringRate(col(87900000, 90000000), col(300, 288))).toEqual([[293000], [312500]]);
  });

  test("rounded to the øre, half away from zero; fractional pupil-years allowed", () => {
    // 1.000.000 / 3 = 333.333,333… → 333.333,33; 1.000.000 / 1,5 = 666.666,666… → 666.666,67
    expect(flat(hjorringRate(col(1000000, 1000000), col(3, 1.5)))).toEqual([333333.33, 666666.67]);
  });

  test("property: rate × pupils is the total cost within half an øre per pupil; a dearer school never has a lower rate", () => {
    fc.assert(
      fc.property(ore, ore, fc.integer({ min: 1, max: 2000 }), (a, b, pupils) => {
        const [rate] = flat(hjorringRate(a, pupils)) as number[];
        expect(places(rate)).toBeLessThanOrEqual(2);
        expect(new Decimal(rate).times(pupils).minus(a).abs().lessThanOrEqualTo(new Decimal(pupils).times("0.005"))).toBe(true);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [rateLo, rateHi] = flat(hjorringRate(col(lo, hi), pupils)) as number[];
        expect(rateHi).toBeGreaterThanOrEqual(rateLo);
      })
    );
  });

  test("no pupils is a division by zero; bad input names the parameter and the row", () => {
    expect(excelError(() => hjorringRate(col(1000, 2000), col(10, 0)))).toEqual({ code: "#DIV/0!", message: "pupils, row 2: 0 must be greater than 0" });
    expect(excelError(() => hjorringRate(col(1000), col(-3)))).toEqual({ code: "#VALUE!", message: "pupils, row 1: -3 must not be negative" });
    expect(excelError(() => hjorringRate(col(1000, "x"), 3))).toEqual({ code: "#VALUE!", message: "total_cost, row 2: 'x' is not a number" });
    expect(excelError(() => hjorringRate(col(1000), null))).toEqual({ code: "#VALUE!", message: "pupils, row 1: a value is required" });
    expect(excelError(() => hjorringRate(col(1000, 2000), col(1, 2, 3))).code).toBe("#VALUE!");
    expect(excelError(() => hjorringRate(col(errorCell("#N/A")), 3)).code).toBe("#N/A");
    expect(hjorringRate(col(null, 1000), 4)).toEqual([[""], [250]]);
  });
});

describe("SPU.HJORRING_BALANCE", () => {
  test("seed example: a school gets 10 mio., refers for 8 mio., invests 2 mio.", () => {
    // 8 mio. of referrals: 32 pupil-years at 250.000 kr.
    expect(hjorringBalance(10000000, 32, 250000)).toEqual([[2000000]]);
    // at the seed's 2023 rate of 293.000 kr., 8 mio. buys 8.000.000 / 293.000 ≈ 27,3 pupil-years; 27 leave 2.089.000
    expect(HJORRING_DEFAULTS.rate).toBe(293000);
    expect(hjorringBalance(10000000, 27)).toEqual([[2089000]]);
  });

  test("seed: schools refer for about 73 % of the pool and keep about 27 % for inclusion", () => {
    // a pool of 100 mio. shared over three schools; 200 referrals at 365.000 kr. = 73 mio.
    // pupils ½, 0,3, 0,2 × 0,7 + socio 0,2, 0,4, 0,4 × 0,3 = 0,41, 0,33, 0,26 of the pool
    const shares = hjorringShare(100000000, col(500, 300, 200), col(1, 2, 2));
    expect(flat(shares)).toEqual([41000000, 33000000, 26000000]);
    const balances = flat(hjorringBalance(shares, col(90, 70, 40), 365000)) as number[];
    expect(balances).toEqual([8150000, 7450000, 11400000]);
    expect(exactSum(balances).toNumber()).toBe(27000000);
    expect(exactSum(balances).div(100000000).toNumber()).toBe(0.27);
  });

  test("overspending is a negative balance the school covers itself; fractional pupil-years allowed", () => {
    // 3 mio. − 11,5 × 293.000 = 3.000.000 − 3.369.500
    expect(hjorringBalance(3000000, 11.5)).toEqual([[-369500]]);
    expect(flat(hjorringBalance(col(3000000, 3000000), col(0, 0.25)))).toEqual([3000000, 2926750]);
  });

  test("blank shares stay blank; a range of referrals aligns with the shares", () => {
    expect(hjorringBalance(row(1000000, "", 2000000), row(1, 5, 2))).toEqual([[707000, "", 1414000]]);
  });

  test("property: share − balance = referrals × rate in whole øre; more referrals never raise the balance", () => {
    fc.assert(
      fc.property(ore, pupilYears, pupilYears, ore, (share, a, b, rate) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [balLo, balHi] = flat(hjorringBalance(col(share, share), col(lo, hi), rate)) as number[];
        expect(places(balLo)).toBeLessThanOrEqual(2);
        expect(balHi).toBeLessThanOrEqual(balLo);
        const exact = new Decimal(share).minus(new Decimal(lo).times(rate));
        expect(new Decimal(balLo).equals(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      })
    );
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => hjorringBalance(col(1000, 1000), col(1, "to")))).toEqual({ code: "#VALUE!", message: "referrals, row 2: 'to' is not a number" });
    expect(excelError(() => hjorringBalance(col(1000, 1000), col(1, null)))).toEqual({ code: "#VALUE!", message: "referrals, row 2: a value is required" });
    expect(excelError(() => hjorringBalance(col(1000), col(-1)))).toEqual({ code: "#VALUE!", message: "referrals, row 1: -1 must not be negative" });
    expect(excelError(() => hjorringBalance(col(-1000), col(1)))).toEqual({ code: "#VALUE!", message: "share, row 1: -1000 must not be negative" });
    expect(excelError(() => hjorringBalance(col(1000), col(1), true))).toEqual({ code: "#VALUE!", message: "rate: 'true' is not a number" });
    expect(excelError(() => hjorringBalance(col(1000, 2000), col(1, 2, 3)))).toEqual({ code: "#VALUE!", message: "referrals: has 3 rows, but share has 2" });
    expect(excelError(() => hjorringBalance(col(1000), col(errorCell("#VALUE!")))).code).toBe("#VALUE!");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => hjorringRate(col(1000), col(0))).message).toBe("elevtal, række 1: 0 skal være større end 0");
    } finally {
      delete g.Office;
    }
  });
});
