import fc from "fast-check";
import * as efterskole from "../../src/municipalities/efterskole/functions";
import { Decimal, sum } from "../../src/money/decimal";
import { col, errorCell, excelError, flat, loose } from "../helpers/excel";

const category = loose(efterskole.efterskoleCategoryOf);
const grant = efterskole.efterskoleGrantOf as (...args: unknown[]) => unknown;
const basisYear = loose(efterskole.efterskoleBasisYearOf);
const transition = loose(efterskole.efterskoleTransitionOf);

/** Payments as exact decimals, so sums are checked to the øre without float noise. */
const exact = (column: unknown[][]) => flat(column).map((p) => new Decimal(p as number));

describe("SPU.EFTERSKOLE_CATEGORY", () => {
  test("tillægstakst 2 needs all three: 9-hour statement, 'særligt omfattende' statement and plan", () => {
    expect(category("ja", "ja", "ja")).toEqual([[2]]);
  });

  test("tillægstakst 1 needs the 9-hour statement and the plan", () => {
    expect(category("ja", "nej", "ja")).toEqual([[1]]);
  });

  test("without the plan, or without the 9-hour statement, only grundtakst", () => {
    // columns: ppr_9h, ppr_extensive, plan
    const cases = [
      ["ja", "ja", "nej"],
      ["nej", "ja", "ja"],
      ["ja", "nej", "nej"],
      ["nej", "nej", "ja"],
      ["nej", "nej", "nej"],
    ];
    for (const [a, b, c] of cases) expect(category(a, b, c)).toEqual([[0]]);
  });

  test("flags accept TRUE/FALSE, 1/0, ja/nej and yes/no in any case", () => {
    expect(flat(category(col(true, 1, "Yes", "JA"), col(false, 0, "no", "Nej"), col(true, 1, "yes", "ja")))).toEqual([1, 1, 1, 1]);
    expect(flat(category(col(true, 1), col(true, "YES"), col(1, true)))).toEqual([2, 2]);
  });

  test("a column of pupils: single cells broadcast, a wholly blank row stays blank", () => {
    expect(flat(category(col("ja", "ja", null, "nej"), "ja", col("ja", "nej", null, "ja")))).toEqual([2, 0, "", 0]);
  });

  test("a blank flag is 'no': a pupil with only a plan is category 0, not a blank row", () => {
    // columns marked with x for yes and left blank for no
    expect(flat(category(col("x", null, null), col(null, null, null), col("x", "x", null)))).toEqual([1, 0, ""]);
  });

  test("bad flags name the parameter and the row, also where ppr_9h is blank", () => {
    expect(excelError(() => category(col("ja", "ja"), col("nej", "nej"), col("ja", "måske")))).toEqual({
      code: "#VALUE!",
      message: "plan, row 2: 'måske' is not yes or no",
    });
    expect(excelError(() => category(col("ja", null), col("nej", 7), col("ja", "ja")))).toEqual({
      code: "#VALUE!",
      message: "ppr_extensive, row 2: '7' is not yes or no",
    });
    expect(excelError(() => category(col("ja", "ja"), col("nej", "nej", "nej"), "ja")).code).toBe("#VALUE!");
    expect(excelError(() => category(col(errorCell("#N/A")), "nej", "ja")).code).toBe("#N/A");
  });
});

describe("SPU.EFTERSKOLE_GRANT", () => {
  test("grundtakst for every pupil plus one supplement per category-1 or -2 pupil", () => {
    // 5 × 10.000 + 2 × 50.000 + 1 × 120.000 = 270.000
    expect(grant(col(0, 1, 2, 1, 0), 10000, 50000, 120000)).toBe(270000);
  });

  test("blank rows are skipped; amounts to the øre", () => {
    // 2 × 12.345,67 + 98.765,43
    expect(grant(col(0, null, 2, ""), 12345.67, 50000, 98765.43)).toBe(123456.77);
  });

  test("works on EFTERSKOLE_CATEGORY's column", () => {
    const categories = category(col("ja", "ja", "nej", null), col("ja", "nej", "nej", null), col("ja", "ja", "ja", null));
    // categories 2, 1, 0, blank: 3 × 1.000 + 200 + 500
    expect(grant(categories, 1000, 200, 500)).toBe(3700);
  });

  test("property: the grant is grundtakst × N + tillæg 1 × n1 + tillæg 2 × n2 (money is conserved pupil by pupil)", () => {
    const ore = fc.integer({ min: 0, max: 1e9 }).map((o) => o / 100);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 200 }), ore, ore, ore, (cats, g, t1, t2) => {
        const n1 = cats.filter((c) => c === 1).length;
        const n2 = cats.filter((c) => c === 2).length;
        const expected = new Decimal(g).times(cats.length).plus(new Decimal(t1).times(n1)).plus(new Decimal(t2).times(n2));
        expect(grant(col(...cats), g, t1, t2)).toBe(expected.toNumber());
        const perPupil = sum(cats.map((c) => new Decimal(grant(c, g, t1, t2) as number)));
        expect(perPupil.equals(expected)).toBe(true);
      })
    );
  });

  test("a category other than 0, 1 or 2 → #VALUE! naming the row; text → #VALUE!", () => {
    expect(excelError(() => grant(col(0, 3), 1, 1, 1))).toEqual({ code: "#VALUE!", message: "categories, row 2: 3 must be between 0 and 2" });
    expect(excelError(() => grant(col(1, 0, 1.5), 1, 1, 1))).toEqual({ code: "#VALUE!", message: "categories, row 3: 1.5 must be a whole number" });
    expect(excelError(() => grant(col(-1), 1, 1, 1)).code).toBe("#VALUE!");
    expect(excelError(() => grant(col(1, "2"), 1, 1, 1))).toEqual({ code: "#VALUE!", message: "categories, row 2: '2' is not a number" });
    expect(excelError(() => grant(col(null, null), 1, 1, 1)).code).toBe("#VALUE!");
  });

  test("the rates are required (the finance act sets them) and not negative", () => {
    expect(excelError(() => grant(col(0), null, 1, 1))).toEqual({ code: "#VALUE!", message: "grundtakst: a value is required" });
    expect(excelError(() => grant(col(0), 1, -5, 1))).toEqual({ code: "#VALUE!", message: "tillaeg1: -5 must not be negative" });
    expect(excelError(() => grant(col(0), 1, 1, "høj")).code).toBe("#VALUE!");
  });
});

describe("SPU.EFTERSKOLE_BASIS_YEAR", () => {
  test("fiscal 2018 is computed from school year 2016/17", () => {
    expect(basisYear(2018)).toEqual([["2016/17"]]);
  });

  test("a range of fiscal years spills; blank cells stay blank; century turns", () => {
    expect(flat(basisYear(col(2019, null, 2025, 2100, 2101)))).toEqual(["2017/18", "", "2023/24", "2098/99", "2099/00"]);
  });

  test("years before 2018 are not taxameter years → #VALUE!", () => {
    expect(excelError(() => basisYear(2017))).toEqual({ code: "#VALUE!", message: "fiscal_year, row 1: 2017 is not covered by the rule (≥ 2018)" });
    expect(excelError(() => basisYear(col(2018, 2016))).message).toBe("fiscal_year, row 2: 2016 is not covered by the rule (≥ 2018)");
  });

  test("a year must be a whole number", () => {
    expect(excelError(() => basisYear(2018.5)).code).toBe("#VALUE!");
    expect(excelError(() => basisYear(col(2018, "2019")))).toEqual({ code: "#VALUE!", message: "fiscal_year, row 2: '2019' is not a number" });
  });
});

describe("SPU.EFTERSKOLE_TRANSITION", () => {
  test("2016: five equal monthly payments (August–December)", () => {
    expect(flat(transition(2016, 100000))).toEqual([20000, 20000, 20000, 20000, 20000]);
  });

  test("2017: twelve payments equal to the øre, the last absorbing the remainder", () => {
    // 100.000 / 12 = 8.333,33…; 11 × 8.333,33 = 91.666,63; last 8.333,37
    expect(flat(transition(2017, 100000))).toEqual([...new Array(11).fill(8333.33), 8333.37]);
  });

  test("payments are cut to the øre, so the last is never smaller nor negative", () => {
    // 1.000,01 / 5 = 200,002
    expect(flat(transition(2016, 1000.01))).toEqual([200, 200, 200, 200, 200.01]);
    // 0,06 / 12 = 0,005: rounding up would overpay 11 × 0,01 and make the last −0,05
    expect(flat(transition(2017, 0.06))).toEqual([...new Array(11).fill(0), 0.06]);
  });

  test("an amount with more than two decimals is rounded to the øre first", () => {
    expect(flat(transition(2016, 1000.005))).toEqual([200, 200, 200, 200, 200.01]);
  });

  test("property: the payments sum exactly to the amount, all but the last equal, the last at most n − 1 øre more", () => {
    fc.assert(
      fc.property(fc.constantFrom(2016, 2017), fc.integer({ min: 0, max: 1e12 }), (year, ore) => {
        const payments = exact(transition(year, ore / 100));
        expect(payments).toHaveLength(year === 2016 ? 5 : 12);
        expect(sum(payments).equals(new Decimal(ore).div(100))).toBe(true);
        const regular = payments[0];
        payments.slice(0, -1).forEach((p) => expect(p.equals(regular)).toBe(true));
        const extra = payments[payments.length - 1].minus(regular);
        expect(extra.greaterThanOrEqualTo(0) && extra.lessThanOrEqualTo(new Decimal(payments.length - 1).div(100))).toBe(true);
      })
    );
  });

  test("other years → #VALUE! (the taxameter applies from 2018)", () => {
    expect(excelError(() => transition(2018, 1000))).toEqual({ code: "#VALUE!", message: "year: 2018 is not covered by the rule (2016, 2017)" });
    expect(excelError(() => transition(2015, 1000)).code).toBe("#VALUE!");
  });

  test("bad amount or year", () => {
    expect(excelError(() => transition(2016, -1))).toEqual({ code: "#VALUE!", message: "amount: -1 must not be negative" });
    expect(excelError(() => transition("2016", 1))).toEqual({ code: "#VALUE!", message: "year: '2016' is not a number" });
    expect(excelError(() => transition(2016, null))).toEqual({ code: "#VALUE!", message: "amount: a value is required" });
    expect(excelError(() => transition(2016, [[1], [2]])).code).toBe("#VALUE!");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => transition(2019, 1)).message).toBe("år: 2019 er ikke omfattet af reglen (2016, 2017)");
    } finally {
      delete g.Office;
    }
  });
});
