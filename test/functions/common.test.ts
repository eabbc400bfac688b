import fc from "fast-check";
import * as common from "../../src/common/functions";
import { Decimal, sum } from "../../src/money/decimal";
import { col, errorCell, excelError, flat, loose, row } from "../helpers/excel";

const allocateAmount = loose(common.allocateAmount);
const supportCategory = loose(common.supportCategoryOf);
const inclusionRate = common.inclusionRateOf as (...args: unknown[]) => unknown;

describe("SPU.ALLOCATE", () => {
  test("one key column: shares by the key, the extra krone to the earlier row on a tie", () => {
    expect(flat(allocateAmount(1000, col(1, 1, 1)))).toEqual([334, 333, 333]);
    // 1.000.000 by pupils 120/380/500
    expect(flat(allocateAmount(1000000, col(120, 380, 500)))).toEqual([120000, 380000, 500000]);
  });

  test("decimals = 2 shares to the øre", () => {
    expect(flat(allocateAmount(100, col(1, 1, 1), null, 2))).toEqual([33.34, 33.33, 33.33]);
  });

  test("two key columns with weights 0.7/0.3 (pupils and socio-economics)", () => {
    // row 1: 0.7 × 100/400 + 0.3 × 3/4 = 0.4; row 2: 0.7 × 300/400 + 0.3 × 1/4 = 0.6
    const keys = [
      [100, 3],
      [300, 1],
    ];
    expect(flat(allocateAmount(10000, keys, row(0.7, 0.3)))).toEqual([4000, 6000]);
  });

  test("no weights: equal weights, the same as writing them out", () => {
    // row 1: ½ × 1/4 + ½ × 1/2 = 0.375; row 2: ½ × 3/4 + ½ × 1/2 = 0.625
    const keys = [
      [1, 1],
      [3, 1],
    ];
    expect(flat(allocateAmount(1200, keys))).toEqual([450, 750]);
    expect(allocateAmount(1200, keys, row(0.5, 0.5))).toEqual(allocateAmount(1200, keys));
    // three columns: Excel's =1/3 three times sums to 1 within 1e-9
    const three = [
      [1, 2, 0],
      [2, 1, 5],
      [3, 3, 5],
    ];
    expect(allocateAmount(100000, three, row(1 / 3, 1 / 3, 1 / 3))).toEqual(allocateAmount(100000, three));
  });

  test("weights may come as a column; a weight of 0 ignores its key column, even when all zero", () => {
    const keys = [
      [1, 0],
      [3, 0],
    ];
    expect(flat(allocateAmount(100, keys, col(1, 0)))).toEqual([25, 75]);
  });

  test("a negative amount is shared as its absolute value and negated", () => {
    expect(flat(allocateAmount(-1000, col(1, 1, 1)))).toEqual([-334, -333, -333]);
  });

  test("the amount is rounded to the unit first: 1.000,50 kr. in whole kroner is 1.001 kr.", () => {
    expect(flat(allocateAmount(1000.5, col(1, 1)))).toEqual([501, 500]);
  });

  test("blank rows are skipped and stay blank", () => {
    expect(allocateAmount(100, col(1, null, 3, ""))).toEqual([[25], [""], [75], [""]]);
  });

  test("property: the column sums exactly to the amount at 0 and 2 decimals", () => {
    const keys = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 30 }).filter((k) => k.some((v) => v > 0));
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), keys, fc.constantFrom(0, 2), (ore, ks, d) => {
        const amount = ore / 100;
        const parts = flat(allocateAmount(amount, col(...ks), null, d)).map((p) => new Decimal(p as number));
        expect(sum(parts).equals(new Decimal(amount).toDecimalPlaces(d, Decimal.ROUND_HALF_UP))).toBe(true);
      })
    );
  });

  test("all keys zero → #DIV/0!; a zero column among several is named", () => {
    expect(excelError(() => allocateAmount(100, col(0, 0)))).toEqual({ code: "#DIV/0!", message: "keys: all keys are zero, so there is nothing to share by" });
    const keys = [
      [1, 0],
      [2, 0],
    ];
    expect(excelError(() => allocateAmount(100, keys))).toEqual({ code: "#DIV/0!", message: "keys (2): all keys are zero, so there is nothing to share by" });
  });

  test("weights that do not sum to 1 within 1e-9 → #VALUE!", () => {
    const keys = [[1, 2]];
    expect(excelError(() => allocateAmount(100, keys, row(0.6, 0.3)))).toEqual({ code: "#VALUE!", message: "weights: the weights sum to 0.9, not 1" });
    expect(excelError(() => allocateAmount(100, keys, row(0.5, 0.50000001))).code).toBe("#VALUE!");
    expect(excelError(() => allocateAmount(100, keys, row(1.2, -0.2)))).toEqual({ code: "#VALUE!", message: "weights, row 1: 1.2 must be between 0 and 1" });
  });

  test("a weight for each key column, no more and no less → else #VALUE!", () => {
    expect(excelError(() => allocateAmount(100, [[1, 2]], row(0.2, 0.3, 0.5)))).toEqual({
      code: "#VALUE!",
      message: "weights: expected a range of 1×2, got 1×3",
    });
  });

  test("bad keys name the parameter and the row", () => {
    expect(excelError(() => allocateAmount(100, col(1, -1)))).toEqual({ code: "#VALUE!", message: "keys, row 2: -1 must not be negative" });
    expect(excelError(() => allocateAmount(100, col(1, 2, "x")))).toEqual({ code: "#VALUE!", message: "keys, row 3: 'x' is not a number" });
    expect(excelError(() => allocateAmount(100, col(1, true))).code).toBe("#VALUE!");
    // a half-filled row is not blank: its empty key is missing, not 0
    expect(excelError(() => allocateAmount(100, [[1, 2], [3, null]]))).toEqual({ code: "#VALUE!", message: "keys, row 2: a value is required" });
    expect(excelError(() => allocateAmount(100, col(null, "")))).toEqual({ code: "#VALUE!", message: "keys: the range has no rows with data" });
  });

  test("bad amount or decimals", () => {
    expect(excelError(() => allocateAmount("mange", col(1)))).toEqual({ code: "#VALUE!", message: "amount: 'mange' is not a number" });
    expect(excelError(() => allocateAmount(null, col(1)))).toEqual({ code: "#VALUE!", message: "amount: a value is required" });
    expect(excelError(() => allocateAmount(100, col(1), null, 1.5)).code).toBe("#VALUE!");
  });

  test("an Excel error in the keys is returned as that error", () => {
    expect(excelError(() => allocateAmount(100, col(1, errorCell("#N/A")))).code).toBe("#N/A");
  });
});

describe("SPU.SUPPORT_CATEGORY", () => {
  test("9 weekly hours or more is specialundervisning, less is almen", () => {
    expect(flat(supportCategory(col(0, 8.5, 8.99, 9, 12)))).toEqual(["almen", "almen", "almen", "specialundervisning", "specialundervisning"]);
  });

  test("the threshold can be set, as a single cell or per row", () => {
    expect(flat(supportCategory(col(9, 10), 10))).toEqual(["almen", "specialundervisning"]);
    expect(flat(supportCategory(col(9, 9), col(8, 12)))).toEqual(["specialundervisning", "almen"]);
    // a blank threshold cell is the default 9
    expect(flat(supportCategory(col(9), col(null)))).toEqual(["specialundervisning"]);
  });

  test("keeps the input's shape; blank cells stay blank", () => {
    expect(supportCategory([[4, null], [10, 9]])).toEqual([
      ["almen", ""],
      ["specialundervisning", "specialundervisning"],
    ]);
    expect(supportCategory(12)).toEqual([["specialundervisning"]]);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => supportCategory(col(3, "ni")))).toEqual({ code: "#VALUE!", message: "weekly_hours, row 2: 'ni' is not a number" });
    expect(excelError(() => supportCategory(col(-1)))).toEqual({ code: "#VALUE!", message: "weekly_hours, row 1: -1 must not be negative" });
    expect(excelError(() => supportCategory(col(1, 2), col(9, 9, 9))).code).toBe("#VALUE!");
    expect(excelError(() => supportCategory(col(errorCell("#DIV/0!")))).code).toBe("#DIV/0!");
  });
});

describe("SPU.INCLUSION_RATE", () => {
  test("(Σtotal − Σsegregated) / Σtotal: 10.000 pupils, 420 segregated → 95.8 % (Nordfyns' rate)", () => {
    expect(inclusionRate(10000, 420)).toBe(0.958);
  });

  test("sums ranges that need not align; blank cells add nothing", () => {
    // (400 + 600 − 10 − 30) / 1000
    expect(inclusionRate(col(400, 600, null), col(10, 30))).toBe(0.96);
  });

  test("a ratio is returned as computed, not rounded", () => {
    expect(inclusionRate(3, 1)).toBe(2 / 3);
    expect(inclusionRate(col(5, 5), 0)).toBe(1);
    expect(inclusionRate(7, 7)).toBe(0);
  });

  test("more segregated than all pupils → #VALUE!; no pupils → #DIV/0!", () => {
    expect(excelError(() => inclusionRate(col(50, 50), 101))).toEqual({ code: "#VALUE!", message: "segregated_pupils: 101 must be between 0 and 100" });
    expect(excelError(() => inclusionRate(col(0, 0), 0))).toEqual({ code: "#DIV/0!", message: "total_pupils: 0 must be greater than 0" });
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => inclusionRate(col(100, "mange"), 3))).toEqual({ code: "#VALUE!", message: "total_pupils, row 2: 'mange' is not a number" });
    expect(excelError(() => inclusionRate(100, col(1, -3)))).toEqual({ code: "#VALUE!", message: "segregated_pupils, row 2: -3 must not be negative" });
    expect(excelError(() => inclusionRate(100, null)).code).toBe("#VALUE!");
    expect(excelError(() => inclusionRate(errorCell("#REF!"), 1)).code).toBe("#REF!");
  });
});
