import fc from "fast-check";
import * as aalborg from "../../src/municipalities/aalborg/functions";
import { Decimal } from "../../src/money/decimal";
import { col, errorCell, excelError, flat, loose, row } from "../helpers/excel";

const places = loose(aalborg.aalborgPlaces);
const settlement = loose(aalborg.aalborgSettlement);
const byArea = loose(aalborg.aalborgSettlementByArea);

/** The exact sum of what Excel shows in a spilled column (blanks skipped). */
function total(values: unknown[]): Decimal {
  return values.filter((v) => v !== "").reduce<Decimal>((s, v) => s.plus(new Decimal(String(v))), new Decimal(0));
}

describe("SPU.AALBORG_PLACES", () => {
  test("whole places by largest remainder on the weighted key", () => {
    // shares: 0.7·0.4 + 0.3·0.25 = 0.355, 0.7·0.3 + 0.075 = 0.285, 0.7·0.3 + 0.3·0.5 = 0.36
    // quotas 3.55, 2.85, 3.6 → floors 3, 2, 3; the two left go to remainders .85 and .6
    expect(flat(places(10, col(400, 300, 300), col(1, 1, 2), 0.7))).toEqual([3, 3, 4]);
  });

  test("pupil_weight 1 uses pupils alone, 0 socio alone (the other column may be all zero)", () => {
    expect(flat(places(6, col(100, 200), col(0, 0), 1))).toEqual([2, 4]);
    expect(flat(places(6, col(0, 0), col(5, 1), 0))).toEqual([5, 1]);
  });

  test("ties go to the earlier area; blank rows stay blank", () => {
    expect(places(1, col(1, null, 1), col(1, null, 1), 0.5)).toEqual([[1], [""], [0]]);
  });

  test("zero places gives zeros", () => {
    expect(flat(places(0, col(10, 20), col(1, 2), 0.5))).toEqual([0, 0]);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => places(10, col(1, "many"), col(1, 1), 0.5))).toEqual({ code: "#VALUE!", message: "pupils, row 2: 'many' is not a number" });
    expect(excelError(() => places(10, col(1, 2), col(1, true), 0.5))).toEqual({ code: "#VALUE!", message: "socio, row 2: 'true' is not a number" });
    expect(excelError(() => places(10, col(1, -2), col(1, 1), 0.5))).toEqual({ code: "#VALUE!", message: "pupils, row 2: -2 must not be negative" });
    expect(excelError(() => places(10, col(1, 2), col(1), 0.5))).toEqual({ code: "#VALUE!", message: "socio: has 1 rows, but pupils has 2" });
    expect(excelError(() => places(10, col(1, 2), col(1, 1), 1.2))).toEqual({ code: "#VALUE!", message: "pupil_weight: 1.2 must be between 0 and 1" });
    expect(excelError(() => places(10, col(1, 2), col(1, 1), null))).toEqual({ code: "#VALUE!", message: "pupil_weight: a value is required" });
    expect(excelError(() => places(2.5, col(1, 2), col(1, 1), 0.5))).toEqual({ code: "#VALUE!", message: "total_places: 2.5 must be a whole number" });
    expect(excelError(() => places(10, col(1, null), col(1, 1), 0.5))).toEqual({ code: "#VALUE!", message: "pupils, row 2: a value is required" });
    expect(excelError(() => places(10, [[1, 2], [3, 4]], col(1, 1), 0.5)).code).toBe("#VALUE!");
    expect(excelError(() => places(10, col(null, null), col(null, null), 0.5))).toEqual({ code: "#VALUE!", message: "pupils: the range has no rows with data" });
  });

  test("a weighted column of zeros cannot share → #DIV/0!", () => {
    expect(excelError(() => places(10, col(1, 2), col(0, 0), 0.5))).toEqual({ code: "#DIV/0!", message: "socio: all keys are zero, so there is nothing to share by" });
  });

  test("an Excel error in an input cell is returned", () => {
    expect(excelError(() => places(10, col(1, errorCell("#N/A")), col(1, 1), 0.5)).code).toBe("#N/A");
  });

  test("property: whole places ≥ 0 summing to total_places", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        (totalPlaces, rows, weightPct) => {
          const result = flat(places(totalPlaces, col(...rows.map((r) => r[0])), col(...rows.map((r) => r[1] + 1)), weightPct / 100)) as number[];
          expect(result.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
          expect(result.reduce((s, p) => s + p, 0)).toBe(totalPlaces);
        }
      )
    );
  });
});

describe("SPU.AALBORG_SETTLEMENT", () => {
  test("unused places release money shared by the key", () => {
    // (12 − 10) × 250.000 = 500.000 by 3:2:1 → 250.000, 166.666,67, 83.333,33 → largest remainder
    expect(flat(settlement(12, 10, 250000, col(3, 2, 1)))).toEqual([250000, 166667, 83333]);
  });

  test("extra places used are paid by the schools (negative), ties to the earlier school", () => {
    expect(flat(settlement(10, 11, 100000, col(1, 1, 1)))).toEqual([-33334, -33333, -33333]);
    expect(flat(settlement(10, 11, 100000, col(1, 1, 1), 2))).toEqual([-33333.34, -33333.33, -33333.33]);
  });

  test("places used part of the year: fractional used", () => {
    // (4 − 3.5) × 180.000 = 90.000 by 1:2
    expect(flat(settlement(4, 3.5, 180000, col(1, 2)))).toEqual([30000, 60000]);
  });

  test("a balanced area settles at zero; blank key rows stay blank", () => {
    expect(settlement(5, 5, 200000, col(1, null, 2))).toEqual([[0], [""], [0]]);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => settlement("tolv", 10, 1000, col(1)))).toEqual({ code: "#VALUE!", message: "places: 'tolv' is not a number" });
    expect(excelError(() => settlement(12, -1, 1000, col(1)))).toEqual({ code: "#VALUE!", message: "used: -1 must not be negative" });
    expect(excelError(() => settlement(12, 10, null, col(1)))).toEqual({ code: "#VALUE!", message: "price: a value is required" });
    expect(excelError(() => settlement(12, 10, 1000, col(1, "x")))).toEqual({ code: "#VALUE!", message: "keys, row 2: 'x' is not a number" });
    expect(excelError(() => settlement(12, 10, 1000, col(1), 11))).toEqual({ code: "#VALUE!", message: "decimals: 11 must be between 0 and 10" });
    expect(excelError(() => settlement(col(12, 13), 10, 1000, col(1))).code).toBe("#VALUE!");
    expect(excelError(() => settlement(12, 10, 1000, col(0, 0)))).toEqual({ code: "#DIV/0!", message: "keys: all keys are zero, so there is nothing to share by" });
    expect(excelError(() => settlement(12, 10, errorCell("#REF!"), col(1))).code).toBe("#REF!");
  });

  test("property: the column sums exactly to (places − used) × price at 0 and 2 decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(0, 2),
        (p, u, priceOre, keys, decimals) => {
          fc.pre(keys.some((k) => k > 0));
          const price = priceOre / 100;
          const amount = new Decimal(p - u).times(new Decimal(priceOre).div(100));
          const result = flat(settlement(p, u, price, col(...keys), decimals));
          expect(total(result).equals(amount.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
        }
      )
    );
  });
});

describe("SPU.AALBORG_SETTLEMENT_BY_AREA", () => {
  const areas = col("Nord", "Syd");
  const areaPlaces = col(5, 4);
  const areaUsed = col(3, 6);

  test("each area's money is shared among its own schools", () => {
    // Nord: (5 − 3) × 100.000 = 200.000 by 100:300; Syd: (4 − 6) × 100.000 = −200.000 by 200:200
    const result = byArea(col("Nord", "Syd", " nord ", "SYD", null), col(100, 200, 300, 200, null), areas, areaPlaces, areaUsed, 100000);
    expect(result).toEqual([[50000], [-100000], [150000], [-100000], [""]]);
  });

  test("agrees with AALBORG_SETTLEMENT area by area", () => {
    const result = flat(byArea(col("Syd", "Nord", "Syd"), col(1, 1, 2), areas, areaPlaces, areaUsed, 99999, 2));
    const syd = flat(settlement(4, 6, 99999, col(1, 2), 2));
    expect([result[0], result[2]]).toEqual(syd);
    expect(result[1]).toEqual(199998);
  });

  test("area names may be numbers; blank area rows are skipped", () => {
    expect(flat(byArea(col(1, 2), col(1, 1), col(1, null, 2), col(3, null, 1), col(2, null, 1), 1000))).toEqual([1000, 0]);
  });

  test("a school whose area is not in areas → #N/A naming the row", () => {
    expect(excelError(() => byArea(col("Nord", "Øst"), col(1, 1), areas, areaPlaces, areaUsed, 1000))).toEqual({
      code: "#N/A",
      message: "school_areas, row 2: area 'Øst' is not in areas",
    });
  });

  test("an area listed twice is ambiguous → #VALUE!", () => {
    expect(excelError(() => byArea(col("Nord"), col(1), col("Nord", "nord"), col(1, 2), col(1, 1), 1000))).toEqual({
      code: "#VALUE!",
      message: "areas, row 2: 'nord' is listed more than once (also in row 1)",
    });
  });

  test("an area with no schools or only zero keys → #DIV/0! naming the area's row", () => {
    expect(excelError(() => byArea(col("Nord"), col(1), areas, areaPlaces, areaUsed, 1000))).toEqual({
      code: "#DIV/0!",
      message: "areas, row 2: all keys are zero, so there is nothing to share by",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 0), areas, areaPlaces, areaUsed, 1000)).code).toBe("#DIV/0!");
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 1), areas, col(5), areaUsed, 1000))).toEqual({
      code: "#VALUE!",
      message: "places: has 1 rows, but areas has 2",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1), areas, areaPlaces, areaUsed, 1000))).toEqual({
      code: "#VALUE!",
      message: "school_keys: has 1 rows, but school_areas has 2",
    });
    expect(excelError(() => byArea(col("Nord", true), col(1, 1), areas, areaPlaces, areaUsed, 1000))).toEqual({
      code: "#VALUE!",
      message: "school_areas, row 2: 'true' is not a text",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, "høj"), areas, areaPlaces, areaUsed, 1000))).toEqual({
      code: "#VALUE!",
      message: "school_keys, row 2: 'høj' is not a number",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 1), areas, areaPlaces, col(3, -6), 1000))).toEqual({
      code: "#VALUE!",
      message: "used, row 2: -6 must not be negative",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 1), areas, areaPlaces, areaUsed, -1))).toEqual({ code: "#VALUE!", message: "price: -1 must not be negative" });
    // a row range counts as a column; a two-column range does not
    expect(flat(byArea(col("Nord", "Syd"), col(1, 1), areas, row(5, 4), areaUsed, 1000))).toEqual([2000, -2000]);
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 1), areas, [[5, 1], [4, 1]], areaUsed, 1000))).toEqual({
      code: "#VALUE!",
      message: "places: expected a range of n×1, got 2×2",
    });
    expect(excelError(() => byArea(col("Nord", "Syd"), col(1, 1), areas, areaPlaces, col(3, errorCell("#DIV/0!")), 1000)).code).toBe("#DIV/0!");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => byArea(col("Nord", "Øst"), col(1, 1), areas, areaPlaces, areaUsed, 1000)).message).toBe(
        "skolers_områder, række 2: området 'Øst' findes ikke i områder"
      );
    } finally {
      delete g.Office;
    }
  });

  test("property: money is conserved per area at 0 and 2 decimals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 900 })), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 40_000_000 }),
        fc.constantFrom(0, 2),
        (areaRows, schoolRows, priceOre, decimals) => {
          const names = areaRows.map((_, a) => `Område ${a + 1}`);
          // every area gets at least one school
          const schools = [...names.map((n) => [n, 1] as const), ...schoolRows.map(([a, key]) => [names[a % names.length], key] as const)];
          const price = priceOre / 100;
          const result = flat(
            byArea(
              col(...schools.map((s) => s[0])),
              col(...schools.map((s) => s[1])),
              col(...names),
              col(...areaRows.map((r) => r[0])),
              col(...areaRows.map((r) => r[1])),
              price,
              decimals
            )
          );
          names.forEach((name, a) => {
            const amount = new Decimal(areaRows[a][0] - areaRows[a][1]).times(new Decimal(priceOre).div(100));
            const mine = result.filter((_, i) => schools[i][0] === name);
            expect(total(mine).equals(amount.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
          });
        }
      )
    );
  });
});
