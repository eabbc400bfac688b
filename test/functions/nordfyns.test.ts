import fc from "fast-check";
import * as nordfyns from "../../src/municipalities/nordfyns/functions";
import { Decimal } from "../../src/money/decimal";
import { nordfynsCommonFunds, nordfynsSchoolDraws, nordfynsShortfall } from "../../src/municipalities/nordfyns/rules";
import { col, errorCell, excelError, flat, loose, row } from "../helpers/excel";

const commonFunds = nordfyns.nordfynsCommonFunds as unknown as (...args: unknown[]) => unknown;
const schoolDraw = loose(nordfyns.nordfynsSchoolDraw);

const exactSum = (values: unknown[]) => values.reduce<Decimal>((s, v) => s.plus(v as number), new Decimal(0));
const places = (v: unknown) => new Decimal(v as number).decimalPlaces();
const ore = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100);

describe("SPU.NORDFYNS_COMMON_FUNDS", () => {
  test("seed: money the referrals do not use goes to the common funds", () => {
    // 1 mio. opening + 20 mio. budget − 18,5 mio. referrals = 2,5 mio.
    expect(commonFunds(20000000, col(8000000, 6500000, 4000000), 1000000)).toBe(2500000);
  });

  test("an overrun is drawn from the common funds first: they end at 0, never below", () => {
    // 20 mio. + 1 mio. against 20,6 mio.: the common funds cover 0,6 mio. and keep 0,4 mio.
    expect(commonFunds(20000000, col(20600000), 1000000)).toBe(400000);
    expect(commonFunds(20000000, col(22000000), 1000000)).toBe(0);
  });

  test("blank rows in the referral list are skipped; a row of costs works too; rounded to the øre", () => {
    expect(commonFunds(1000, col(100, null, 200, ""), 0)).toBe(700);
    // 1000 − 100 − 200,005 = 699,995 → 700,00 (half away from zero); 699,9949 → 699,99
    expect(commonFunds(1000, row(100, 200.005), 0)).toBe(700);
    expect(commonFunds(1000, row(100, 200.0051), 0)).toBe(699.99);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => commonFunds(1000, col(100, "x"), 0))).toEqual({ code: "#VALUE!", message: "costs, row 2: 'x' is not a number" });
    expect(excelError(() => commonFunds(1000, col(100, -5), 0))).toEqual({ code: "#VALUE!", message: "costs, row 2: -5 must not be negative" });
    expect(excelError(() => commonFunds(1000, col(100), null))).toEqual({ code: "#VALUE!", message: "opening_balance: a value is required" });
    expect(excelError(() => commonFunds(-1000, col(100), 0))).toEqual({ code: "#VALUE!", message: "budget: -1000 must not be negative" });
    expect(excelError(() => commonFunds(true, col(100), 0))).toEqual({ code: "#VALUE!", message: "budget: 'true' is not a number" });
    expect(excelError(() => commonFunds(1000, col(null, ""), 0))).toEqual({ code: "#VALUE!", message: "costs: the range has no rows with data" });
    expect(excelError(() => commonFunds(1000, [[1, 2], [3, 4]], 0))).toEqual({ code: "#VALUE!", message: "costs: expected a range of n×1, got 2×2" });
    expect(excelError(() => commonFunds(col(1000, 2000), col(100), 0))).toEqual({ code: "#VALUE!", message: "budget: expected a range of 1×1, got 2×1" });
    expect(excelError(() => commonFunds(1000, col(100, errorCell("#REF!")), 0)).code).toBe("#REF!");
  });
});

describe("SPU.NORDFYNS_SCHOOL_DRAW", () => {
  test("seed: the overrun beyond the common funds is drawn from the base budgets in proportion to them", () => {
    // 22 mio. − 20 mio. − 1 mio. = 1 mio. shared by base budgets 50/30/20 mio.
    expect(flat(schoolDraw(20000000, col(22000000), 1000000, col(50000000, 30000000, 20000000)))).toEqual([500000, 300000, 200000]);
  });

  test("no shortfall: no school draws anything", () => {
    expect(flat(schoolDraw(20000000, col(20600000), 1000000, col(50, 30, 20)))).toEqual([0, 0, 0]);
    expect(flat(schoolDraw(20000000, col(21000000), 1000000, col(50, 30, 20)))).toEqual([0, 0, 0]);
  });

  test("a year end: the common funds are used up, the rest comes from the base budgets", () => {
    // 22,5 mio. of referrals against 20 mio. + 1 mio. of common funds: 1,5 mio. from base budgets 4:1
    expect(commonFunds(20000000, col(12500000, 10000000), 1000000)).toBe(0);
    expect(flat(schoolDraw(20000000, col(12500000, 10000000), 1000000, col(40000000, 10000000)))).toEqual([1200000, 300000]);
  });

  test("a shortfall in øre is exact at 2 decimals and rounded half away from zero at whole kroner", () => {
    // shortfall 1.000,50 kr.
    expect(flat(schoolDraw(0, col(1000.5), 0, col(1, 1), 2))).toEqual([500.25, 500.25]);
    expect(flat(schoolDraw(0, col(1000.5), 0, col(1, 1)))).toEqual([501, 500]);
  });

  test("the model functions another family reuses agree with the worksheet functions", () => {
    const d = (values: number[]) => values.map((v) => new Decimal(v));
    expect(nordfynsShortfall(new Decimal(20000000), d([22000000]), new Decimal(1000000)).toNumber()).toBe(1000000);
    expect(nordfynsCommonFunds(new Decimal(20000000), d([22000000]), new Decimal(1000000)).toNumber()).toBe(0);
    expect(nordfynsSchoolDraws(new Decimal(0), d([100]), new Decimal(0), [1, 1, 1], 0)).toEqual([34, 33, 33]);
  });

  test("largest remainder to the krone or the øre, ties to the earlier row", () => {
    // shortfall 100 over three equal base budgets
    expect(flat(schoolDraw(0, col(100), 0, col(1, 1, 1)))).toEqual([34, 33, 33]);
    expect(flat(schoolDraw(0, col(100), 0, col(1, 1, 1), 2))).toEqual([33.34, 33.33, 33.33]);
  });

  test("blank rows of the school table are skipped and stay blank", () => {
    expect(schoolDraw(0, col(1000), 0, col(3, null, 1, ""))).toEqual([[750], [""], [250], [""]]);
  });

  test("property: common funds − shortfall = opening + budget − Σ costs; at most one of them is positive", () => {
    fc.assert(
      fc.property(ore, fc.array(ore, { minLength: 1, maxLength: 10 }), ore, (budget, costs, opening) => {
        const funds = commonFunds(budget, col(...costs), opening) as number;
        const draws = flat(schoolDraw(budget, col(...costs), opening, col(1), 2));
        const shortfall = exactSum(draws);
        const net = new Decimal(opening).plus(budget).minus(exactSum(costs));
        expect(new Decimal(funds).minus(shortfall).equals(net)).toBe(true);
        expect(funds === 0 || shortfall.isZero()).toBe(true);
        expect(places(funds)).toBeLessThanOrEqual(2);
      })
    );
  });

  test("property: the draws sum exactly to the shortfall at 0 and 2 decimals, each within one unit of its exact quota", () => {
    fc.assert(
      fc.property(
        ore,
        fc.array(ore, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 12 }).filter((b) => b.some((x) => x > 0)),
        fc.constantFrom(0, 2),
        (budget, costs, bases, decimals) => {
          const out = flat(schoolDraw(budget, col(...costs), 0, col(...bases), decimals));
          const shortfall = Decimal.max(0, exactSum(costs).minus(budget));
          expect(exactSum(out).equals(shortfall.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
          const total = bases.reduce((a, b) => a + b, 0);
          out.forEach((v, i) => {
            expect(places(v)).toBeLessThanOrEqual(decimals);
            expect(shortfall.times(bases[i]).div(total).minus(v as number).abs().lessThan(new Decimal(10).pow(-decimals).plus("0.005"))).toBe(true);
          });
        }
      )
    );
  });

  test("property: dearer referrals never raise the common funds nor lower any school's draw (single school)", () => {
    fc.assert(
      fc.property(ore, ore, ore, ore, (budget, opening, a, extra) => {
        expect(commonFunds(budget, col(a, extra), opening) as number).toBeLessThanOrEqual(commonFunds(budget, col(a), opening) as number);
        const [before] = flat(schoolDraw(budget, col(a), opening, col(1))) as number[];
        const [after] = flat(schoolDraw(budget, col(a, extra), opening, col(1))) as number[];
        expect(after).toBeGreaterThanOrEqual(before);
      })
    );
  });

  test("base budgets all zero: #DIV/0! naming base_budgets", () => {
    expect(excelError(() => schoolDraw(0, col(100), 0, col(0, 0)))).toEqual({ code: "#DIV/0!", message: "base_budgets: all keys are zero, so there is nothing to share by" });
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => schoolDraw(0, col(100), 0, col(5, "stor")))).toEqual({ code: "#VALUE!", message: "base_budgets, row 2: 'stor' is not a number" });
    expect(excelError(() => schoolDraw(0, col(100), 0, col(5, -5)))).toEqual({ code: "#VALUE!", message: "base_budgets, row 2: -5 must not be negative" });
    expect(excelError(() => schoolDraw(0, col(100), 0, [[1, 2], [3, 4]]))).toEqual({ code: "#VALUE!", message: "base_budgets: expected a range of n×1, got 2×2" });
    expect(excelError(() => schoolDraw(0, col(100), -1, col(5)))).toEqual({ code: "#VALUE!", message: "opening_balance: -1 must not be negative" });
    expect(excelError(() => schoolDraw(0, col(100, true), 0, col(5)))).toEqual({ code: "#VALUE!", message: "costs, row 2: 'true' is not a number" });
    expect(excelError(() => schoolDraw(0, col(100), 0, col(5), 0.5))).toEqual({ code: "#VALUE!", message: "decimals: 0.5 must be a whole number" });
    expect(excelError(() => schoolDraw(0, col(100), 0, col(5, errorCell("#N/A")))).code).toBe("#N/A");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => schoolDraw(0, col(100), 0, col(0))).message).toBe("basisbudgetter: alle nøgler er nul, så der er intet at fordele efter");
    } finally {
      delete g.Office;
    }
  });
});
