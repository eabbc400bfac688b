import * as roskilde from "../../src/municipalities/roskilde/functions";
import { col, errorCell, excelError, flat, loose } from "../helpers/excel";

const roskildeCost = loose(roskilde.roskildeCost);
const roskildeCentral = loose(roskilde.roskildeCentral);

describe("SPU.ROSKILDE_COST / ROSKILDE_CENTRAL", () => {
  test("spec worked example: 500.000 kr. ordinary → school 390.500, centre 109.500", () => {
    expect(roskildeCost(col(500000))).toEqual([[390500]]);
    expect(roskildeCentral(col(500000))).toEqual([[109500]]);
  });

  test("below the threshold the school pays everything", () => {
    expect(flat(roskildeCost(col(100000, 354000)))).toEqual([100000, 354000]);
    expect(flat(roskildeCentral(col(100000, 354000)))).toEqual([0, 0]);
  });

  test("behandling: 413.000 kr. threshold and 50 % compensation", () => {
    // 413000 + 0.5 × 187000 = 506500
    expect(roskildeCost(col(600000), col("behandling"))).toEqual([[506500]]);
    expect(roskildeCost(col(600000), col("Treatment"))).toEqual([[506500]]);
  });

  test("the school's payment is capped at 666.000 kr.", () => {
    // ordinary: 354000 + 0.25 × (2000000 − 354000) = 765500 → capped
    expect(roskildeCost(col(2000000))).toEqual([[666000]]);
    expect(roskildeCentral(col(2000000))).toEqual([[1334000]]);
  });

  test("central offers cost the school nothing", () => {
    expect(roskildeCost(col(800000), col("centralt"))).toEqual([[0]]);
    expect(roskildeCentral(col(800000), col("central"))).toEqual([[800000]]);
  });

  test("thresholds and cap scale with the year fraction", () => {
    // half a year: T = 177000; 250000 → 177000 + 0.25 × 73000 = 195250
    expect(roskildeCost(col(250000), null, col(0.5))).toEqual([[195250]]);
    // cap 333000 for half a year
    expect(roskildeCost(col(1500000), null, col(0.5))).toEqual([[333000]]);
  });

  test("results are rounded to the øre, half away from zero", () => {
    // 7/12 of a year: T·f = 206500; (400000.01 − 206500) × 0.25 = 48375.0025 → 254875.00
    expect(roskildeCost(col(400000.01), null, col(7 / 12))).toEqual([[254875]]);
  });

  test("school + centre is exactly the cost, even where the school's part rounds up", () => {
    // 354000 + 0.25 × 0.02 = 354000.005 → 354000.01; the centre gets the exact rest
    expect(roskildeCost(col(354000.02))).toEqual([[354000.01]]);
    expect(roskildeCentral(col(354000.02))).toEqual([[0.01]]);
  });

  test("parameters override the seed defaults", () => {
    expect(roskildeCost(col(500000), null, null, 300000, 0.5, null, null, 1000000)).toEqual([[400000]]);
  });

  test("blank rows stay blank and single-cell parameters broadcast", () => {
    expect(roskildeCost(col(500000, null, 100000), "normal")).toEqual([[390500], [""], [100000]]);
  });

  test("bad input names the parameter and the row", () => {
    expect(excelError(() => roskildeCost(col(1, "abc")))).toEqual({ code: "#VALUE!", message: "cost, row 2: 'abc' is not a number" });
    expect(excelError(() => roskildeCost(col(-5))).code).toBe("#VALUE!");
    expect(excelError(() => roskildeCost(col(5), col("hospital"))).code).toBe("#N/A");
    expect(excelError(() => roskildeCost(col(5), null, col(1.5))).code).toBe("#VALUE!");
    expect(excelError(() => roskildeCost(col(5, 6), col("normal", "normal", "normal"))).code).toBe("#VALUE!");
    expect(excelError(() => roskildeCost(col(true))).code).toBe("#VALUE!");
  });

  test("an Excel error in an input cell is returned as that error", () => {
    expect(excelError(() => roskildeCost(col(5, errorCell("#REF!")))).code).toBe("#REF!");
  });

  test("messages are Danish when Office's display language is Danish", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "da-DK" } };
    try {
      expect(excelError(() => roskildeCost(col(1, "abc"))).message).toBe("udgift, række 2: 'abc' er ikke et tal");
    } finally {
      delete g.Office;
    }
  });
});
