import fc from "fast-check";
import * as horsholm from "../../src/municipalities/horsholm/functions";
import { Decimal } from "../../src/money/decimal";
import { dateSpan, horsholmPeriodCost as periodCostModel } from "../../src/municipalities/horsholm/rules";
import { DECIMAL } from "../../src/money/calc";
import { col, errorCell, excelError, flat, loose } from "../helpers/excel";

const decentral = loose(horsholm.horsholmDecentral);
const periodCost = loose(horsholm.horsholmPeriodCost);
const allocation = loose(horsholm.horsholmAllocation);

const DAY_MS = 86_400_000;
/** Excel's serial of a calendar date (≥ 1 March 1900), by the JS calendar as an independent oracle. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS;
}
function yearOfSerial(s: number): number {
  return new Date(Date.UTC(1899, 11, 30) + s * DAY_MS).getUTCFullYear();
}

function total(values: unknown[]): Decimal {
  return values.filter((v) => v !== "").reduce<Decimal>((s, v) => s.plus(new Decimal(String(v))), new Decimal(0));
}

const Y2024 = [serial(2024, 1, 1), serial(2024, 12, 31)];

describe("SPU.HORSHOLM_DECENTRAL", () => {
  test("the pool by pupil count", () => {
    expect(flat(decentral(1000000, col(500, 300, 200)))).toEqual([500000, 300000, 200000]);
  });

  test("largest remainder at whole kroner or øre; ties to the earlier school; negative pools negated", () => {
    expect(flat(decentral(100, col(1, 1, 1)))).toEqual([34, 33, 33]);
    expect(flat(decentral(100, col(1, 1, 1), 2))).toEqual([33.34, 33.33, 33.33]);
    expect(flat(decentral(-100, col(1, 1, 1)))).toEqual([-34, -33, -33]);
  });

  test("blank rows stay blank; a school with no pupils gets 0", () => {
    expect(decentral(900, col(2, null, 0, 1))).toEqual([[600], [""], [0], [300]]);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => decentral("mange", col(1)))).toEqual({ code: "#VALUE!", message: "pool: 'mange' is not a number" });
    expect(excelError(() => decentral(100, col(1, false)))).toEqual({ code: "#VALUE!", message: "pupils, row 2: 'false' is not a number" });
    expect(excelError(() => decentral(100, col(1, -3)))).toEqual({ code: "#VALUE!", message: "pupils, row 2: -3 must not be negative" });
    expect(excelError(() => decentral(100, col(0, 0)))).toEqual({ code: "#DIV/0!", message: "pupils: all keys are zero, so there is nothing to share by" });
    expect(excelError(() => decentral(null, col(1)))).toEqual({ code: "#VALUE!", message: "pool: a value is required" });
    expect(excelError(() => decentral(100, [[1, 2], [3, 4]])).code).toBe("#VALUE!");
    expect(excelError(() => decentral(100, col(1, errorCell("#NAME?")))).code).toBe("#NAME?");
  });

  test("property: the column sums exactly to the pool at 0 and 2 decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0, 2),
        (poolOre, pupils, decimals) => {
          fc.pre(pupils.some((p) => p > 0));
          const pool = new Decimal(poolOre).div(100);
          const result = flat(decentral(pool.toNumber(), col(...pupils), decimals));
          expect(total(result).equals(pool.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
        }
      )
    );
  });
});

describe("SPU.HORSHOLM_PERIOD_COST", () => {
  test("a whole calendar year costs exactly annual_cost, leap or not", () => {
    expect(periodCost(col(366000), Y2024[0], Y2024[1], Y2024[0], Y2024[1])).toEqual([[366000]]);
    expect(periodCost(col(123456.78), serial(2023, 1, 1), serial(2023, 12, 31), serial(2023, 1, 1), serial(2023, 12, 31))).toEqual([[123456.78]]);
  });

  test("part of a year: overlap days / days in the year, both ends inclusive", () => {
    // 1 Aug – 31 Dec 2024 = 153 days of 366
    expect(periodCost(col(366000), serial(2024, 8, 1), Y2024[1], Y2024[0], Y2024[1])).toEqual([[153000]]);
    // the period cuts the referral: first half of 2024 = 182 days
    expect(periodCost(col(366000), Y2024[0], Y2024[1], Y2024[0], serial(2024, 6, 30))).toEqual([[182000]]);
    // one day
    expect(periodCost(col(365000), serial(2023, 5, 5), serial(2023, 5, 5), serial(2023, 1, 1), serial(2023, 12, 31))).toEqual([[1000]]);
  });

  test("across a year end each year counts by its own length", () => {
    // 730.000 × (31/365 + 31/366) = 62.000 + 61.830,601… = 123.830,60
    const result = periodCost(col(730000), serial(2023, 12, 1), serial(2024, 1, 31), serial(2023, 1, 1), serial(2024, 12, 31));
    expect(result).toEqual([[123830.6]]);
  });

  test("a referral entirely outside the period costs 0; blank costs stay blank", () => {
    const result = periodCost(col(100000, null, 100000), col(serial(2022, 1, 1), null, serial(2025, 1, 1)), col(serial(2022, 12, 31), null, serial(2025, 3, 1)), Y2024[0], Y2024[1]);
    expect(result).toEqual([[0], [""], [0]]);
  });

  test("the first accepted serial, 61 = 1 March 1900; 1900 has 365 days", () => {
    // 1 March – 31 December 1900 = 306 days (Excel serial 366 is 31 December 1900)
    expect(periodCost(col(365000), 61, 366, 61, 366)).toEqual([[306000]]);
  });

  test("single-cell dates broadcast over the cost range", () => {
    expect(flat(periodCost(col(366000, 732000), Y2024[0], serial(2024, 1, 31), Y2024[0], Y2024[1]))).toEqual([31000, 62000]);
  });

  test("bad dates → #VALUE! naming parameter and row", () => {
    expect(excelError(() => periodCost(col(1, 1), col(Y2024[0], Y2024[1]), col(Y2024[1], Y2024[0]), Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: "end, row 2: the end date comes before the start date",
    });
    expect(excelError(() => periodCost(col(1), Y2024[0], Y2024[1], Y2024[1], Y2024[0]))).toEqual({
      code: "#VALUE!",
      message: "period_end: the end date comes before the start date",
    });
    expect(excelError(() => periodCost(col(1), 60, Y2024[1], Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: "start, row 1: 60 must be between 61 and 2958465",
    });
    expect(excelError(() => periodCost(col(1), Y2024[0], 2958466, Y2024[0], Y2024[1])).code).toBe("#VALUE!");
    expect(excelError(() => periodCost(col(1), Y2024[0] + 0.5, Y2024[1], Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: `start, row 1: ${Y2024[0] + 0.5} must be a whole number`,
    });
  });

  test("bad input → #VALUE! naming parameter and row; an error cell is returned", () => {
    expect(excelError(() => periodCost(col(1, -5), Y2024[0], Y2024[1], Y2024[0], Y2024[1]))).toEqual({ code: "#VALUE!", message: "annual_cost, row 2: -5 must not be negative" });
    expect(excelError(() => periodCost(col(1, "dyr"), Y2024[0], Y2024[1], Y2024[0], Y2024[1]))).toEqual({ code: "#VALUE!", message: "annual_cost, row 2: 'dyr' is not a number" });
    expect(excelError(() => periodCost(col(1), "1-1-2024", Y2024[1], Y2024[0], Y2024[1]))).toEqual({ code: "#VALUE!", message: "start, row 1: '1-1-2024' is not a number" });
    expect(excelError(() => periodCost(col(1), Y2024[0], null, Y2024[0], Y2024[1]))).toEqual({ code: "#VALUE!", message: "end, row 1: a value is required" });
    expect(excelError(() => periodCost(col(1), Y2024[0], Y2024[1], true, Y2024[1]))).toEqual({ code: "#VALUE!", message: "period_start: 'true' is not a number" });
    expect(excelError(() => periodCost(col(1, 2), col(1, 2, 3), Y2024[1], Y2024[0], Y2024[1]))).toEqual({ code: "#VALUE!", message: "start: has 3 rows, but annual_cost has 2" });
    expect(excelError(() => periodCost(col(1), Y2024[0], Y2024[1], col(Y2024[0], Y2024[0]), Y2024[1])).code).toBe("#VALUE!");
    expect(excelError(() => periodCost(col(1), Y2024[0], errorCell("#REF!"), Y2024[0], Y2024[1])).code).toBe("#REF!");
  });

  test("property: a whole calendar year costs exactly annual_cost, leap years included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 9999 }), fc.integer({ min: 0, max: 10_000_000_000 }), (year, costOre) => {
        const cost = costOre / 100;
        const first = serial(year, 1, 1);
        const last = serial(year, 12, 31);
        expect(periodCost(col(cost), first, last, Math.max(61, first - 400), Math.min(2958465, last + 400))).toEqual([[cost]]);
      })
    );
  });

  test("property: agrees with a day-by-day count on the JS calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_950_000 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 100_000_000 }), (start, length, costOre) => {
        const cost = new Decimal(costOre).div(100);
        let expected = new Decimal(0);
        for (let s = start; s <= start + length; s++) {
          const y = yearOfSerial(s);
          expected = expected.plus(cost.div((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365));
        }
        const span = dateSpan(start, start + length, { start: "start", end: "end" });
        const actual = periodCostModel(DECIMAL, cost, span, span);
        expect(actual.minus(expected).abs().lessThan("1e-80")).toBe(true);
      })
    );
  });

  test("property: splitting a period in two adds up to the whole (exact in the model, within 1 øre in cells)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 71, max: 2_900_000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (start, length, cut, costOre) => {
          const end = start + length;
          const middle = start + (cut % length);
          const cost = new Decimal(costOre).div(100);
          const names = { start: "period_start", end: "period_end" };
          const referral = dateSpan(start - 10, end + 10, { start: "start", end: "end" });
          const whole = periodCostModel(DECIMAL, cost, referral, dateSpan(start, end, names));
          const parts = periodCostModel(DECIMAL, cost, referral, dateSpan(start, middle, names)).plus(periodCostModel(DECIMAL, cost, referral, dateSpan(middle + 1, end, names)));
          expect(parts.minus(whole).abs().lessThan("1e-80")).toBe(true);
          const cells = (from: number, to: number) => new Decimal(String(flat(periodCost(col(cost.toNumber()), start - 10, end + 10, from, to))[0]));
          const cellDiff = cells(start, middle).plus(cells(middle + 1, end)).minus(cells(start, end)).abs();
          expect(cellDiff.lessThanOrEqualTo("0.01")).toBe(true);
        }
      )
    );
  });
});

describe("SPU.HORSHOLM_ALLOCATION", () => {
  const schools = col("Hørsholm Skole", "Rungsted Skole", "Vallerødskolen", null);

  test("each school's sum of its referrals' costs in the period", () => {
    const result = allocation(
      schools,
      col("Hørsholm Skole", "rungsted skole", "Hørsholm Skole", null),
      col(366000, 183000, 100000, null),
      col(Y2024[0], serial(2024, 7, 1), serial(2023, 1, 1), null),
      col(Y2024[1], serial(2025, 6, 30), serial(2023, 12, 31), null),
      Y2024[0],
      Y2024[1]
    );
    // Hørsholm: 366.000 + 0 (the 2023 referral is outside); Rungsted: 183.000 × 184/366 = 92.000
    expect(result).toEqual([[366000], [92000], [0], [""]]);
  });

  test("costs are summed before rounding to the øre", () => {
    // three referrals of 1 kr. a year for one day of 2023: 3/365 = 0,0082 → 0,01 (each alone rounds to 0)
    const day = serial(2023, 3, 1);
    const result = allocation(col("A"), col("A", "A", "A"), col(1, 1, 1), col(day, day, day), col(day, day, day), serial(2023, 1, 1), serial(2023, 12, 31));
    expect(result).toEqual([[0.01]]);
    expect(flat(periodCost(col(1), day, day, serial(2023, 1, 1), serial(2023, 12, 31)))).toEqual([0]);
  });

  test("agrees with HORSHOLM_PERIOD_COST for one referral per school", () => {
    const starts = col(serial(2023, 11, 15), serial(2024, 2, 29));
    const ends = col(serial(2024, 3, 1), serial(2024, 10, 1));
    const period = [serial(2024, 1, 1), serial(2024, 7, 31)];
    const costs = col(412345.67, 298765.43);
    expect(allocation(col("A", "B"), col("A", "B"), costs, starts, ends, period[0], period[1])).toEqual(periodCost(costs, starts, ends, period[0], period[1]));
  });

  test("a referral school that is not in schools → #N/A naming the row", () => {
    expect(excelError(() => allocation(schools, col("Hørsholm Skole", "Usserød Skole"), col(1, 1), col(Y2024[0], Y2024[0]), col(Y2024[1], Y2024[1]), Y2024[0], Y2024[1]))).toEqual({
      code: "#N/A",
      message: "referral_schools, row 2: school 'Usserød Skole' is not in schools",
    });
  });

  test("a school listed twice → #VALUE!", () => {
    expect(excelError(() => allocation(col("A", "B", " a"), col("A"), col(1), Y2024[0], Y2024[1], Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: "schools, row 3: 'a' is listed more than once (also in row 1)",
    });
  });

  test("bad input names the parameter and the row", () => {
    const call = (costs: unknown, starts: unknown = col(Y2024[0], Y2024[0]), ends: unknown = col(Y2024[1], Y2024[1])) =>
      excelError(() => allocation(col("A"), col("A", "A"), costs, starts, ends, Y2024[0], Y2024[1]));
    expect(call(col(1, "x"))).toEqual({ code: "#VALUE!", message: "annual_costs, row 2: 'x' is not a number" });
    expect(call(col(1, -1))).toEqual({ code: "#VALUE!", message: "annual_costs, row 2: -1 must not be negative" });
    expect(call(col(1))).toEqual({ code: "#VALUE!", message: "annual_costs: has 1 rows, but referral_schools has 2" });
    expect(call(col(1, 1), col(Y2024[0], null))).toEqual({ code: "#VALUE!", message: "starts, row 2: a value is required" });
    expect(call(col(1, 1), undefined, col(Y2024[1], Y2024[0] - 1))).toEqual({ code: "#VALUE!", message: "ends, row 2: the end date comes before the start date" });
    expect(call(col(1, errorCell("#N/A"))).code).toBe("#N/A");
    expect(excelError(() => allocation(col("A", false), col("A"), col(1), Y2024[0], Y2024[1], Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: "schools, row 2: 'false' is not a text",
    });
    expect(excelError(() => allocation(col("A"), col(null), col(null), col(null), col(null), Y2024[0], Y2024[1]))).toEqual({
      code: "#VALUE!",
      message: "referral_schools: the range has no rows with data",
    });
    expect(excelError(() => allocation(col("A"), col("A"), col(1), Y2024[0], Y2024[1], null, Y2024[1]))).toEqual({ code: "#VALUE!", message: "period_start: a value is required" });
  });

  test("property: the schools' allocations add up to the referrals' costs in the period (within rounding)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 44000, max: 47000 }), fc.integer({ min: 0, max: 800 })), {
          minLength: 1,
          maxLength: 25,
        }),
        (rows) => {
          const names = ["A", "B", "C"];
          const result = flat(
            allocation(
              col(...names),
              col(...rows.map((r) => names[r[0]])),
              col(...rows.map((r) => r[1] / 100)),
              col(...rows.map((r) => r[2])),
              col(...rows.map((r) => r[2] + r[3])),
              Y2024[0],
              Y2024[1]
            )
          );
          const exact = rows.reduce(
            (s, r) => s.plus(periodCostModel(DECIMAL, new Decimal(r[1]).div(100), dateSpan(r[2], r[2] + r[3], { start: "s", end: "e" }), { start: Y2024[0], end: Y2024[1] })),
            new Decimal(0)
          );
          // each school's total is rounded once: at most half an øre off per school
          expect(total(result).minus(exact).abs().lessThanOrEqualTo("0.015")).toBe(true);
        }
      )
    );
  });
});
