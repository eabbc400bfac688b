import fc from "fast-check";
import * as viborg from "../../src/municipalities/viborg/functions";
import { Decimal } from "../../src/money/decimal";
import { VIBORG_DEFAULTS } from "../../src/municipalities/viborg/rules";
import { col, errorCell, excelError, flat, loose, row } from "../helpers/excel";

const viborgCost = loose(viborg.viborgCost);
const viborgCentral = loose(viborg.viborgCentral);
const viborgAllocation = loose(viborg.viborgAllocation);

/** Exact sum of spilled numbers (a float sum would hide or invent an øre). */
const exactSum = (values: unknown[]) => values.reduce<Decimal>((s, v) => s.plus(v as number), new Decimal(0));
const places = (v: unknown) => new Decimal(v as number).decimalPlaces();

/** Amounts in whole øre up to 10 mio. kr. */
const ore = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100);
/** A year fraction in (0, 1], as a user would type it (up to 4 decimals) or as 1/12ths. */
const fraction = fc.oneof(
  fc.integer({ min: 1, max: 10000 }).map((n) => n / 10000),
  fc.integer({ min: 1, max: 12 }).map((n) => n / 12)
);

describe("SPU.VIBORG_COST / VIBORG_CENTRAL", () => {
  test("seed: the school pays the fixed rate of 135.000 kr. whatever the offer costs; the residual pool pays the rest", () => {
    expect(VIBORG_DEFAULTS.rate).toBe(135000);
    expect(flat(viborgCost(col(214200, 400000, 900000)))).toEqual([135000, 135000, 135000]);
    expect(flat(viborgCentral(col(214200, 400000, 900000)))).toEqual([79200, 265000, 765000]);
  });

  test("an offer cheaper than the rate: the residual pool gains (negative central payment)", () => {
    expect(viborgCost(col(100000))).toEqual([[135000]]);
    expect(viborgCentral(col(100000))).toEqual([[-35000]]);
  });

  test("the rate scales with the part of the year the pupil is in the offer", () => {
    // half a year: 67.500 kr.; 5/12: 56.250 kr.
    expect(flat(viborgCost(col(200000, 150000), col(0.5, 5 / 12)))).toEqual([67500, 56250]);
    expect(flat(viborgCentral(col(200000, 150000), col(0.5, 5 / 12)))).toEqual([132500, 93750]);
  });

  test("results are whole øre, and school + central is the cost even at half an øre", () => {
    // rate 100,01 for half a year = 50,005 → the school pays 50,01; the pool 100 − 50,01 = 49,99
    expect(viborgCost(col(100), 0.5, 100.01)).toEqual([[50.01]]);
    expect(viborgCentral(col(100), 0.5, 100.01)).toEqual([[49.99]]);
    // a third of a year at the seed rate: 45.000 kr.
    expect(viborgCost(col(100000.01), 1 / 3)).toEqual([[45000]]);
    expect(viborgCentral(col(100000.01), 1 / 3)).toEqual([[55000.01]]);
  });

  test("the rate parameter overrides the seed figure", () => {
    expect(viborgCost(col(300000), null, 214200)).toEqual([[214200]]);
    expect(viborgCentral(col(300000), null, 214200)).toEqual([[85800]]);
  });

  test("blank cells stay blank; a single year fraction broadcasts; rows × columns keep their shape", () => {
    expect(viborgCost(col(300000, null, 500000), 0.5)).toEqual([[67500], [""], [67500]]);
    expect(viborgCentral(row(300000, "", 500000))).toEqual([[165000, "", 365000]]);
  });

  test("property: school + central = cost exactly, both in whole øre", () => {
    fc.assert(
      fc.property(fc.array(ore, { minLength: 1, maxLength: 8 }), fraction, ore, (costs, f, rate) => {
        const school = flat(viborgCost(col(...costs), f, rate));
        const central = flat(viborgCentral(col(...costs), f, rate));
        costs.forEach((k, i) => {
          expect(places(school[i])).toBeLessThanOrEqual(2);
          expect(places(central[i])).toBeLessThanOrEqual(2);
          expect(exactSum([school[i], central[i]]).equals(new Decimal(k))).toBe(true);
        });
      })
    );
  });

  test("property: a dearer pupil never costs the school more and never the pool less; a longer stay never costs the school less", () => {
    fc.assert(
      fc.property(ore, ore, fraction, fraction, (a, b, f, g) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [short, long] = f <= g ? [f, g] : [g, f];
        expect(flat(viborgCost(col(lo, hi), f))).toEqual(flat(viborgCost(col(hi, lo), f)));
        const [centralLo, centralHi] = flat(viborgCentral(col(lo, hi), f)) as number[];
        expect(centralHi).toBeGreaterThanOrEqual(centralLo);
        const [schoolShort, schoolLong] = flat(viborgCost(col(lo, lo), col(short, long))) as number[];
        expect(schoolLong).toBeGreaterThanOrEqual(schoolShort);
      })
    );
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => viborgCost(col(1, "abc")))).toEqual({ code: "#VALUE!", message: "cost, row 2: 'abc' is not a number" });
    expect(excelError(() => viborgCost(col(1, true)))).toEqual({ code: "#VALUE!", message: "cost, row 2: 'true' is not a number" });
    expect(excelError(() => viborgCentral(col(5, -5)))).toEqual({ code: "#VALUE!", message: "cost, row 2: -5 must not be negative" });
    expect(excelError(() => viborgCost(col(5, 6), col(1, 1.5)))).toEqual({
      code: "#VALUE!",
      message: "year_fraction, row 2: 1.5 must be a fraction of a year greater than 0 and at most 1",
    });
    expect(excelError(() => viborgCost(col(5), col(0))).code).toBe("#VALUE!");
    expect(excelError(() => viborgCost(col(5), null, -1))).toEqual({ code: "#VALUE!", message: "rate: -1 must not be negative" });
    expect(excelError(() => viborgCost(col(5), null, "lots")).code).toBe("#VALUE!");
    expect(excelError(() => viborgCost(col(5), null, col(1, 2)))).toEqual({ code: "#VALUE!", message: "rate: expected a range of 1×1, got 2×1" });
    expect(excelError(() => viborgCost(col(5, 6), col(1, 1, 1)))).toEqual({ code: "#VALUE!", message: "year_fraction: has 3 rows, but cost has 2" });
    expect(excelError(() => viborgCost([])).code).toBe("#VALUE!");
  });

  test("an Excel error in an input cell is returned as that error", () => {
    expect(excelError(() => viborgCost(col(5, errorCell("#REF!")))).code).toBe("#REF!");
    expect(excelError(() => viborgCentral(col(5), col(errorCell("#N/A")))).code).toBe("#N/A");
  });
});

describe("SPU.VIBORG_ALLOCATION", () => {
  test("hand calculation: 60 % by classes, 40 % by socio-economics", () => {
    // classes 10/20/30 → 1/6, 2/6, 3/6 × 0.6 = 0.1, 0.2, 0.3; socio 1/1/2 → ¼, ¼, ½ × 0.4 = 0.1, 0.1, 0.2
    expect(flat(viborgAllocation(1000000, col(10, 20, 30), col(1, 1, 2), 0.6))).toEqual([200000, 300000, 500000]);
  });

  test("class_weight 1 shares by classes alone (socio may be all zero); 0 by socio-economics alone", () => {
    expect(flat(viborgAllocation(900, col(1, 2), col(0, 0), 1))).toEqual([300, 600]);
    expect(flat(viborgAllocation(900, col(0, 0), col(1, 2), 0))).toEqual([300, 600]);
  });

  test("largest remainder: the column sums to the pool exactly, ties to the earlier row", () => {
    expect(flat(viborgAllocation(100, col(1, 1, 1), col(1, 1, 1), 0.5))).toEqual([34, 33, 33]);
    expect(flat(viborgAllocation(100, col(1, 1, 1), col(1, 1, 1), 0.5, 2))).toEqual([33.34, 33.33, 33.33]);
  });

  test("a negative pool (a cut) is shared as its absolute value and negated", () => {
    expect(flat(viborgAllocation(-100, col(1, 1, 1), col(1, 1, 1), 0.5))).toEqual([-34, -33, -33]);
  });

  test("blank rows at the bottom of the school table stay blank", () => {
    expect(viborgAllocation(1000, col(1, null, 3, null), col(1, "", 1, null), 0.5)).toEqual([[375], [""], [625], [""]]);
  });

  test("property: the allocation sums exactly to the pool at 0 and 2 decimals, each part within one unit of its exact quota", () => {
    const keys = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(
        ore,
        fc.array(fc.tuple(keys, keys), { minLength: 1, maxLength: 12 }).filter((rows) => rows.some(([c]) => c > 0) && rows.some(([, s]) => s > 0)),
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        fc.constantFrom(0, 2),
        (pool, rows, w, decimals) => {
          const classes = rows.map(([c]) => c);
          const socio = rows.map(([, s]) => s);
          const out = flat(viborgAllocation(pool, col(...classes), col(...socio), w, decimals));
          expect(exactSum(out).equals(new Decimal(pool).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
          const totalClasses = classes.reduce((a, b) => a + b, 0);
          const totalSocio = socio.reduce((a, b) => a + b, 0);
          out.forEach((v, i) => {
            expect(places(v)).toBeLessThanOrEqual(decimals);
            const quota = new Decimal(pool).times(new Decimal(w).times(classes[i]).div(totalClasses).plus(new Decimal(1).minus(w).times(socio[i]).div(totalSocio)));
            expect(quota.minus(v as number).abs().lessThan(new Decimal(10).pow(-decimals).plus("0.005"))).toBe(true);
          });
        }
      )
    );
  });

  test("property: a school with more classes and no less socio-economic need never gets less", () => {
    fc.assert(
      fc.property(ore, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 1, max: 100 }).map((n) => n / 100), (pool, classes, w) => {
        const socio = classes.map(() => 1);
        const out = flat(viborgAllocation(pool, col(...classes), col(...socio), w)) as number[];
        classes.forEach((ci, i) => classes.forEach((cj, j) => ci > cj && expect(out[i]).toBeGreaterThanOrEqual(out[j])));
      })
    );
  });

  test("class_weight is required (the seed gives no weight) and must lie in 0..1", () => {
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, 2)))).toEqual({ code: "#VALUE!", message: "class_weight: a value is required" });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, 2), 1.2))).toEqual({ code: "#VALUE!", message: "class_weight: 1.2 must be between 0 and 1" });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, 2), "halv")).code).toBe("#VALUE!");
  });

  test("all keys zero where they carry weight: #DIV/0! naming the key", () => {
    expect(excelError(() => viborgAllocation(1000, col(0, 0), col(1, 2), 0.5))).toEqual({
      code: "#DIV/0!",
      message: "classes: all keys are zero, so there is nothing to share by",
    });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(0, 0), 0.5)).code).toBe("#DIV/0!");
  });

  test("bad keys and shapes name the parameter and the row", () => {
    expect(excelError(() => viborgAllocation(1000, col(1, "x"), col(1, 2), 0.5))).toEqual({ code: "#VALUE!", message: "classes, row 2: 'x' is not a number" });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, -2), 0.5))).toEqual({ code: "#VALUE!", message: "socio, row 2: -2 must not be negative" });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, null), 0.5))).toEqual({ code: "#VALUE!", message: "socio, row 2: a value is required" });
    expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, 2, 3), 0.5))).toEqual({ code: "#VALUE!", message: "socio: has 3 rows, but classes has 2" });
    expect(excelError(() => viborgAllocation(1000, [[1, 2], [3, 4]], col(1, 2), 0.5))).toEqual({ code: "#VALUE!", message: "classes: expected a range of n×1, got 2×2" });
    expect(excelError(() => viborgAllocation(1000, col(null, null), col("", null), 0.5))).toEqual({ code: "#VALUE!", message: "classes: the range has no rows with data" });
    expect(excelError(() => viborgAllocation(true, col(1), col(1), 0.5)).code).toBe("#VALUE!");
    expect(excelError(() => viborgAllocation(null, col(1), col(1), 0.5))).toEqual({ code: "#VALUE!", message: "pool: a value is required" });
    expect(excelError(() => viborgAllocation(1000, col(1), col(1), 0.5, 1.5)).code).toBe("#VALUE!");
    expect(excelError(() => viborgAllocation(1000, col(1, errorCell("#DIV/0!")), col(1, 1), 0.5)).code).toBe("#DIV/0!");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => viborgAllocation(1000, col(1, 2), col(1, 2))).message).toBe("vægt_klasser: der mangler en værdi");
      expect(excelError(() => viborgCost(col(1, "abc"))).message).toBe("udgift, række 2: 'abc' er ikke et tal");
    } finally {
      delete g.Office;
    }
  });
});
