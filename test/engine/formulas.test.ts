import { loadFunctions } from "../../tools/engine/load-functions";
import { CellResult, createSpuEngine } from "../../tools/engine/spu-engine";

/** Real formulas over real ranges, evaluated by HyperFormula with the built dist/functions.js. */
const built = loadFunctions();
const danish = loadFunctions({ displayLanguage: "da-DK" });

function engine(rows: unknown[][], functions = built) {
  return createSpuEngine({ Data: rows }, functions.implementations, functions.metadata);
}

/** The values of one column from row `from` to row `to` (1-based, inclusive). */
function column(values: CellResult[][], col: number, from: number, to: number): CellResult[] {
  return values.slice(from - 1, to).map((row) => row[col]);
}

describe("SPU.ROSKILDE_COST in formulas", () => {
  const sheet = [
    ["Omkostning", "Tilbud", "Skolens betaling", "Centralt"],
    [500000, "normal", "=SPU.ROSKILDE_COST(A2:A6,B2:B6)", "=SPU.ROSKILDE_CENTRAL(A2:A6,B2:B6)"],
    [100000, null],
    [2000000, null],
    [600000, "behandling"],
    [800000, "central"],
    ["I alt", null, "=SUM(C2:C6)", "=SUM(D2:D6)"],
  ];

  test("a range spills into a column that SUM reads", () => {
    const e = engine(sheet);
    // 390500 (spec's worked example), below threshold 100000, cap 666000,
    // behandling 413000 + 0.5 × 187000 = 506500, central 0
    expect(column(e.values("Data"), 2, 2, 6)).toEqual([390500, 100000, 666000, 506500, 0]);
    expect(e.value("Data", "C7")).toBe(390500 + 100000 + 666000 + 506500);
    // the split conserves money: school + central = cost
    expect((e.value("Data", "C7") as number) + (e.value("Data", "D7") as number)).toBe(500000 + 100000 + 2000000 + 600000 + 800000);
    expect(e.formula("Data", "C2")).toBe("=SPU.ROSKILDE_COST(A2:A6,B2:B6)");
  });

  test("an error in an input cell comes back as that error; bad input names parameter and row", () => {
    // An elementwise function answers a bad input cell in that output cell alone (SPEC, "Where an error lands").
    const e = engine([[500000, "=SPU.ROSKILDE_COST(A1:A3)"], ["=1/0"], [100000]]);
    expect(e.value("Data", "B2")).toMatchObject({ error: "#DIV/0!" });
    expect([e.value("Data", "B1"), e.value("Data", "B3")]).toEqual([390500, 100000]);
    e.setContents("Data", "A2", "abc");
    expect(e.value("Data", "B2")).toEqual({ error: "#VALUE!", message: "cost, row 2: 'abc' is not a number" });
    e.setContents("Data", "A2", "=NA()");
    expect(e.value("Data", "B2")).toMatchObject({ error: "#N/A" });
    e.setContents("Data", "A2", 250000);
    expect(column(e.values("Data"), 1, 1, 3)).toEqual([390500, 250000, 100000]);
  });

  test("the message follows Office's display language", () => {
    const e = engine([["abc", "=SPU.ROSKILDE_COST(A1)"]], danish);
    expect(e.value("Data", "B1")).toMatchObject({ error: "#VALUE!" });
    expect((e.value("Data", "B1") as { message: string }).message).not.toEqual("cost, row 1: 'abc' is not a number");
  });

  test("what-if: editing an input cell or a parameter cell changes the dependent results", () => {
    const e = engine([
      ["Tærskel", 354000],
      [500000, "=SPU.ROSKILDE_COST(A2:A3,,,B1)"],
      [400000],
      ["I alt", "=SUM(B2:B3)"],
    ]);
    expect(e.value("Data", "B4")).toBe(390500 + 365500);
    e.setContents("Data", "A3", 300000);
    expect(e.value("Data", "B3")).toBe(300000);
    expect(e.value("Data", "B4")).toBe(390500 + 300000);
    // threshold 400000: 400000 + 0.25 × 100000 = 425000
    e.setContents("Data", "B1", 400000);
    expect(e.value("Data", "B2")).toBe(425000);
    expect(e.value("Data", "B4")).toBe(425000 + 300000);
  });

  test("blank input rows stay blank in the spill; omitted optionals take the seed defaults", () => {
    const e = engine([[500000, "=SPU.ROSKILDE_COST(A1:A3,,0.5)"], [null], [100000]]);
    // half a year: T = 177000, cap 333000; 500000 → 177000 + 0.25 × 323000 = 257750
    expect(column(e.values("Data"), 1, 1, 3)).toEqual([257750, "", 100000]);
  });

  test("a spill re-learns its size when its formula or its range changes", () => {
    const e = engine([[500000, "=SPU.ROSKILDE_COST(A1:A2)"], [100000], [2000000], [null, "=SUM(B1:B3)"]]);
    expect(e.value("Data", "B4")).toBe(490500);
    e.setContents("Data", "B1", "=SPU.ROSKILDE_COST(A1:A3)");
    expect(column(e.values("Data"), 1, 1, 3)).toEqual([390500, 100000, 666000]);
    expect(e.value("Data", "B4")).toBe(1156500);
    e.setContents("Data", "B1", "=SPU.ROSKILDE_COST(A1)");
    expect(column(e.values("Data"), 1, 1, 3)).toEqual([390500, null, null]);
  });

  test("a spill blocked by a value is #SPILL!, as in Excel", () => {
    const e = engine([[500000, "=SPU.ROSKILDE_COST(A1:A2)"], [100000, "here"]]);
    expect(e.value("Data", "B1")).toMatchObject({ error: "#SPILL!" });
  });

  test("an input edit that makes spills errors reaches formulas reading exactly those spills, on several sheets", () => {
    // The task pane's layout: per-school SUMIFs over exactly a referral spill's range, on two output sheets.
    const output = (fn: string) => [
      [`=SPU.${fn}(Skoler!A2:A4,Skoler!B2:B4)`, "Nord", "=SUMIF(Skoler!C2:C4,B1,A1:A3)"],
      [null, "Syd", "=SUMIF(Skoler!C2:C4,B2,A1:A3)"],
      [null, null, "=SPU.ROSKILDE_COST(A1:A3)"],
    ];
    const e = createSpuEngine(
      {
        Skoler: [
          ["Udgift", "Tilbud", "Område"],
          [500000, "normal", "Nord"],
          [100000, "normal", "Syd"],
          [2000000, "behandling", "Nord"],
        ],
        Beregning: output("ROSKILDE_COST"),
        "Beregning (2)": output("ROSKILDE_CENTRAL"),
      },
      built.implementations,
      built.metadata
    );
    expect(column(e.values("Beregning"), 2, 1, 2)).toEqual([390500 + 666000, 100000]);
    expect(column(e.values("Beregning (2)"), 2, 1, 2)).toEqual([109500 + 1334000, 0]);
    e.setContents("Skoler", "A3", "ukendt");
    // Nord's total, and C3 = ROSKILDE_COST of the spill's first cell, on each sheet.
    const unharmed: Record<string, [number, number]> = { Beregning: [390500 + 666000, 363125], "Beregning (2)": [109500 + 1334000, 109500] };
    for (const sheet of ["Beregning", "Beregning (2)"]) {
      const v = e.values(sheet);
      // The bad row's cell holds the error, the other rows still compute; what reads that cell gets the error.
      expect(column(v, 0, 2, 2)).toEqual([{ error: "#VALUE!", message: "cost, row 2: 'ukendt' is not a number" }]);
      // Syd's only referral is the bad row: its sum shows the error, not a silent 0.
      const [nord, c3] = unharmed[sheet];
      expect(column(v, 2, 1, 3).map((x) => (typeof x === "object" && x !== null ? x.error : x))).toEqual([nord, "#VALUE!", c3]);
    }
    e.setContents("Skoler", "A3", 100000);
    // C3 reads the spill A1:A3 itself: 390500 → 354000 + 0.25 × 36500
    expect(column(e.values("Beregning"), 2, 1, 3)).toEqual([390500 + 666000, 100000, 363125]);
    expect(column(e.values("Beregning (2)"), 2, 1, 2)).toEqual([109500 + 1334000, 0]);
  });
});

describe("one formula per family", () => {
  test("Viborg: fixed rate per referral, central residual, allocation by classes and socio-economics", () => {
    const e = engine([
      [200000, 1, "=SPU.VIBORG_COST(A1:A3,B1:B3)", "=SPU.VIBORG_CENTRAL(A1:A3,B1:B3)", 10, 1, "=SPU.VIBORG_ALLOCATION(1000000,E1:E3,F1:F3,0.5)"],
      [90000, 0.5, null, null, 20, 1],
      [400000, 1, null, null, 10, 2],
    ]);
    const v = e.values("Data");
    expect(column(v, 2, 1, 3)).toEqual([135000, 67500, 135000]);
    expect(column(v, 3, 1, 3)).toEqual([65000, 22500, 265000]);
    // 0.5 × classes (¼, ½, ¼) + 0.5 × socio (¼, ¼, ½)
    expect(column(v, 6, 1, 3)).toEqual([250000, 375000, 375000]);
  });

  test("Hjørring: 70/30 share of the pool, then the balance after referrals at 293.000 kr.", () => {
    const e = engine([
      [300, 1, "=SPU.HJORRING_SHARE(10000000,A1:A3,B1:B3)", 5, "=SPU.HJORRING_BALANCE(C1:C3,D1:D3)"],
      [500, 1, null, 20],
      [200, 2, null, 8],
      [null, null, "=SUM(C1:C3)", null, "=SPU.HJORRING_RATE(8790000,30)"],
    ]);
    const v = e.values("Data");
    // 0.7 × (0.3, 0.5, 0.2) + 0.3 × (0.25, 0.25, 0.5)
    expect(column(v, 2, 1, 4)).toEqual([2850000, 4250000, 2900000, 10000000]);
    expect(column(v, 4, 1, 3)).toEqual([2850000 - 5 * 293000, 4250000 - 20 * 293000, 2900000 - 8 * 293000]);
    expect(e.value("Data", "E4")).toBe(293000);
  });

  test("Nordfyns: surplus to the common funds, an overrun drawn from base budgets", () => {
    const e = engine([
      [4000000, 30000000, "=SPU.NORDFYNS_COMMON_FUNDS(10000000,A1:A2,500000)", "=SPU.NORDFYNS_SCHOOL_DRAW(8000000,A1:A2,500000,B1:B2)"],
      [5000000, 10000000],
    ]);
    expect(e.value("Data", "C1")).toBe(1500000);
    // shortfall 9.000.000 − 8.000.000 − 500.000 = 500.000 by base budgets 3 : 1
    expect(column(e.values("Data"), 3, 1, 2)).toEqual([375000, 125000]);
  });

  test("Aalborg: whole places by largest remainder, then the settlement of one area", () => {
    const e = engine([
      [1000, 1, "=SPU.AALBORG_PLACES(21,A1:A2,B1:B2,0.6)", 1, "=SPU.AALBORG_SETTLEMENT(10,8,200000,D1:D2)"],
      [3000, 3, null, 3],
    ]);
    const v = e.values("Data");
    // 21 × (0.25, 0.75) = 5.25, 15.75 → 5, 16
    expect(column(v, 2, 1, 2)).toEqual([5, 16]);
    // two unused places × 200.000 released 1 : 3
    expect(column(v, 4, 1, 2)).toEqual([100000, 300000]);
  });

  test("Hørsholm: decentral money by pupils; the cost of a referral falling in a period", () => {
    const e = engine([
      [100, "=SPU.HORSHOLM_DECENTRAL(1000000,A1:A2)", 365000, "=DATE(2024,1,1)", "=DATE(2024,12,31)", "=SPU.HORSHOLM_PERIOD_COST(C1,D1,E1,DATE(2024,1,1),DATE(2024,6,30))"],
      [300],
    ]);
    expect(column(e.values("Data"), 1, 1, 2)).toEqual([250000, 750000]);
    // 182 of 366 days in leap year 2024
    expect(e.value("Data", "F1")).toBe(Math.round((365000 * 182 * 100) / 366) / 100);
  });

  test("common: ALLOCATE sums exactly, SUPPORT_CATEGORY, INCLUSION_RATE", () => {
    const e = engine([
      [1, "=SPU.ALLOCATE(1000,A1:A3)", 5, "=SPU.SUPPORT_CATEGORY(C1:C3)", 500, 20, "=SPU.INCLUSION_RATE(E1:E2,F1:F2)"],
      [1, null, 9, null, 500, 32],
      [1, null, 12],
      [null, "=SUM(B1:B3)"],
    ]);
    const v = e.values("Data");
    expect(column(v, 1, 1, 4)).toEqual([334, 333, 333, 1000]);
    expect(column(v, 3, 1, 3)).toEqual(["almen", "specialundervisning", "specialundervisning"]);
    expect(e.value("Data", "G1")).toBeCloseTo(0.948, 12);
  });

  test("efterskole: categories spill into the grant; basis year; transition payments", () => {
    const e = engine([
      ["ja", "nej", "ja", "=SPU.EFTERSKOLE_CATEGORY(A1:A3,B1:B3,C1:C3)", "=SPU.EFTERSKOLE_GRANT(D1:D3,100000,50000,120000)", "=SPU.EFTERSKOLE_BASIS_YEAR(2018)", "=SPU.EFTERSKOLE_TRANSITION(2016,1000000)"],
      ["ja", "ja", "ja"],
      [false, false, false],
    ]);
    const v = e.values("Data");
    expect(column(v, 3, 1, 3)).toEqual([1, 2, 0]);
    expect(e.value("Data", "E1")).toBe(3 * 100000 + 50000 + 120000);
    expect(e.value("Data", "F1")).toBe("2016/17");
    expect(column(v, 6, 1, 5)).toEqual([200000, 200000, 200000, 200000, 200000]);
  });
});
