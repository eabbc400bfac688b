import fc from "fast-check";
import type { CustomFunctionsStub } from "../tools/engine/custom-functions-stub";
import { loadFunctions } from "../tools/engine/load-functions";
import { SPEC_CALLS, positional } from "./fixtures/spec-calls";

/**
 * SPEC's error contract through the built dist/functions.js, loaded as Excel's runtime loads it, in
 * English and Danish: the codes Excel shows a message on, a bad row answered in its own cell,
 * errors passed through, names matched as typed, rounding at the edge, nothing NaN or infinite.
 */
const bundles = { en: loadFunctions({ displayLanguage: "en-US" }), da: loadFunctions({ displayLanguage: "da-DK" }) };
type Language = keyof typeof bundles;

interface ErrorCell {
  code: string;
  message?: string;
}

function call(lang: Language, id: string, ...args: unknown[]): unknown {
  const fn = bundles[lang].implementations.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  return fn(...args);
}

function isError(value: unknown): value is ErrorCell {
  const { Error: ErrorStub } = bundles.en.context.CustomFunctions as CustomFunctionsStub;
  const { Error: DanishStub } = bundles.da.context.CustomFunctions as CustomFunctionsStub;
  return value instanceof ErrorStub || value instanceof DanishStub;
}

/** The error the user sees: thrown for the whole result, or the cell's own. */
function shown(lang: Language, id: string, ...args: unknown[]): ErrorCell | unknown[][] {
  try {
    return call(lang, id, ...args) as unknown[][];
  } catch (error) {
    if (isError(error)) return { code: error.code, message: error.message };
    throw error;
  }
}

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const plain = (value: unknown): unknown => (isError(value) ? { code: value.code, message: value.message } : value);
const cells = (result: unknown) => (result as unknown[][]).map((line) => line.map(plain));

describe("codes Excel shows a message on", () => {
  test.each([
    ["ROSKILDE_COST", [col(-5)], "cost, row 1: -5 must not be negative", "udgift, række 1: -5 må ikke være negativ"],
    ["VIBORG_COST", [col(100), col(1.5)], "year_fraction, row 1: 1.5 must be a fraction of a year greater than 0 and at most 1", "årsandel, række 1: 1.5 skal være en andel af året større end 0 og højst 1"],
    ["HORSHOLM_PERIOD_COST", [col(1000), 45300, 45292, 45292, 45657], "end, row 1: the end date comes before the start date", "slut, række 1: slutdatoen ligger før startdatoen"],
    ["EFTERSKOLE_BASIS_YEAR", [col(2017)], "fiscal_year, row 1: 2017 is not covered by the rule (≥ 2018)", "finansår, række 1: 2017 er ikke omfattet af reglen (≥ 2018)"],
  ])("%s: a number outside its domain is #VALUE! with a message, in both languages", (id, args, en, da) => {
    expect(cells(call("en", id, ...args))).toEqual([[{ code: "#VALUE!", message: en }]]);
    expect(cells(call("da", id, ...args))).toEqual([[{ code: "#VALUE!", message: da }]]);
  });

  test("weights that do not sum to 1 and an unknown model are #VALUE! and #N/A with messages", () => {
    expect(shown("en", "ALLOCATE", 100, [[1, 2]], [[0.6, 0.3]], null)).toEqual({ code: "#VALUE!", message: "weights: the weights sum to 0.9, not 1" });
    expect(shown("da", "ALLOCATE", 100, [[1, 2]], [[0.6, 0.3]], null)).toEqual({ code: "#VALUE!", message: "vægte: vægtene summerer til 0.9, ikke 1" });
    const schools = [["A", 100, 5, 1, "Nord", 1000]];
    expect(shown("en", "MARGINAL_COST", [["Odense"]], 100, schools, [["A", "normal", 100, 1]], 1000, null, null, null)).toEqual({
      code: "#N/A",
      message: "model: unknown model 'Odense'; valid: Nordfyns, Hørsholm, Aalborg, Roskilde, Viborg, Hjørring",
    });
  });

  test("all keys zero stays #DIV/0!", () => {
    expect(shown("en", "ALLOCATE", 100, col(0, 0), null, null)).toMatchObject({ code: "#DIV/0!" });
  });
});

describe("where an error lands", () => {
  test("900 referrals with one negative cost: 899 results and one error naming its row", () => {
    const costs = Array.from({ length: 900 }, (_, i) => 200000 + i * 500);
    costs[417] = -1;
    const result = cells(call("en", "ROSKILDE_COST", col(...costs), null, null));
    expect(result[417]).toEqual([{ code: "#VALUE!", message: "cost, row 418: -1 must not be negative" }]);
    expect(result.filter(([v]) => typeof v === "number")).toHaveLength(899);
  });

  test("an Excel error in an input cell comes back as that error, in that cell", () => {
    const ref = new (bundles.en.context.CustomFunctions as CustomFunctionsStub).Error("#REF!");
    expect(cells(call("en", "VIBORG_CENTRAL", col(500000, ref, 100000), null, null))).toEqual([[365000], [{ code: "#REF!", message: undefined }], [-35000]]);
  });

  test("property: an elementwise result with one bad row equals the clean result in every other row", () => {
    const ref = new (bundles.en.context.CustomFunctions as CustomFunctionsStub).Error("#N/A");
    const elementwise: [string, (costs: unknown[][]) => unknown[]][] = [
      ["ROSKILDE_COST", (c) => [c, null, null]],
      ["ROSKILDE_CENTRAL", (c) => [c, null, null]],
      ["VIBORG_COST", (c) => [c, null, null]],
      ["VIBORG_CENTRAL", (c) => [c, null, null]],
      ["HJORRING_BALANCE", (c) => [c, col(...c.map(() => 2)), null]],
      ["HJORRING_RATE", (c) => [c, 7]],
      ["SUPPORT_CATEGORY", (c) => [c, null]],
      ["HORSHOLM_PERIOD_COST", (c) => [c, 45292, 45657, 45292, 45473]],
    ];
    const amount = fc.integer({ min: 0, max: 1e8 }).map((ore) => ore / 100);
    const bad = fc.constantFrom<unknown>("abc", -3, true, 2e12, ref);
    fc.assert(
      fc.property(fc.constantFrom(...elementwise), fc.array(amount, { minLength: 2, maxLength: 40 }), fc.nat(), bad, ([id, args], clean, at, value) => {
        const row = at % clean.length;
        const spoiled = clean.map((v, i) => (i === row ? value : v));
        const before = cells(call("en", id, ...args(col(...clean))));
        const after = cells(call("en", id, ...args(col(...spoiled))));
        expect(after.filter((_, i) => i !== row)).toEqual(before.filter((_, i) => i !== row));
        expect((after[row][0] as ErrorCell).code).toMatch(/^#(VALUE!|N\/A)$/);
      }),
      { numRuns: 200 }
    );
  });

  test("every single-cell argument broadcasts, the first one too", () => {
    expect(cells(call("en", "ROSKILDE_COST", 500000, col("normal", "behandling"), null))).toEqual([[390500], [456500]]);
  });

  test("ranges that differ in columns say so, not that equal row counts differ", () => {
    expect(shown("en", "ROSKILDE_COST", [[1, 2]], [["normal", "normal", "normal"]], null)).toEqual({ code: "#VALUE!", message: "offer: has 3 columns, but cost has 2" });
  });
});

describe("names as typed", () => {
  const schools = [
    ["Åskolen", 400, 18, 1.1, "Nord", 20000000],
    ["Bøgeskolen", 300, 14, 0.9, "Syd", 15000000],
  ];
  const settings = [
    ["viborg.class_weight", 0.5],
    ["aalborg.pupil_weight", 0.5],
    ["nordfyns.opening_balance", 0],
    ["horsholm.decentral_share", 0.2],
  ];
  const compare = (referrals: unknown[][]) => shown("en", "COMPARE", schools, referrals, 2000000, settings);

  test("a school typed with a trailing space, in other case or with a combining ring is the same school", () => {
    const typed = "A\u030askolen ".toUpperCase();
    expect(typed.normalize("NFC").trim().toLowerCase()).toBe("åskolen");
    expect(compare([[typed, "normal", 500000, 1]])).toEqual(compare([["Åskolen", "normal", 500000, 1]]));
    expect(cells(call("en", "ROSKILDE_COST", col(500000), col(" BEHANDLING "), null))).toEqual([[456500]]);
  });

  test("a referral whose school is not in the list is #N/A naming the row and the name, never dropped", () => {
    expect(compare([["Åskolen", "normal", 500000, 1], ["Egeskolen", "normal", 100, 1]])).toEqual({
      code: "#N/A",
      message: "referrals (school), row 2: school 'Egeskolen' is not in schools",
    });
  });

  test("a school listed twice is #VALUE!", () => {
    expect(shown("en", "COMPARE", [...schools, ["åskolen ", 1, 1, 1, "Nord", 1]], [["Åskolen", "normal", 500000, 1]], 2000000, settings)).toEqual({
      code: "#VALUE!",
      message: "schools, row 3: 'åskolen' is listed more than once (also in row 1)",
    });
  });
});

describe("rounding at the edge", () => {
  test("a half-øre cost splits into parts that add up to the amount shown, neither below 0", () => {
    expect(cells(call("en", "ROSKILDE_COST", col(61728.395), null, null))).toEqual([[61728.4]]);
    expect(cells(call("en", "ROSKILDE_CENTRAL", col(61728.395), null, null))).toEqual([[0]]);
    expect(cells(call("en", "VIBORG_CENTRAL", col(135000.005), null, null))).toEqual([[0.01]]);
  });

  test("COMPARE's Hjørring column applies the unrounded average rate: 1.000 kr. over 3 pupil-years", () => {
    const three = [
      ["A", 100, 5, 1, "Nord", 1],
      ["B", 100, 5, 1, "Nord", 1],
      ["C", 100, 5, 1, "Nord", 1],
    ];
    const referrals = [
      ["A", "normal", 250, 0.5],
      ["B", "normal", 250, 0.5],
      ["C", "normal", 250, 1],
      ["C", "normal", 250, 1],
    ];
    const table = call("en", "COMPARE", three, referrals, 0, null) as unknown[][];
    const hjorring = table[0].indexOf("Hjørring");
    // Each school pays years × 1000/3: 166,67, 166,67 and 666,67 (a rounded rate, 333,33, would give 666,66).
    expect(table.slice(1, 4).map((line) => line[hjorring])).toEqual([-166.67, -166.67, -666.67]);
  });

  test("amounts beyond ±1e12 kr. are #VALUE!, never Infinity", () => {
    expect(cells(call("en", "HJORRING_BALANCE", 0, 1.7e308, null))).toEqual([[{ code: "#VALUE!", message: "referrals, row 1: 1.7e+308 is beyond ±1,000,000,000,000, more than any budget SPU computes" }]]);
    expect(cells(call("en", "HJORRING_RATE", col(1e12), col(1e-300)))).toEqual([[{ code: "#VALUE!", message: "The result is beyond what Excel can hold; check the size of the inputs" }]]);
  });
});

describe("phase-in out of reach", () => {
  test("PHASE_IN keeps the cap and ends short; PHASE_IN_YEARS gives the years, in both languages", () => {
    expect(call("en", "PHASE_IN", col(1000000, 500000), col(700000, 800000), 0.1, 2)).toEqual([
      [900000, 800000],
      [600000, 700000],
    ]);
    expect(call("en", "PHASE_IN_YEARS", col(1000000, 500000), col(700000, 800000), 0.1)).toBe(3);
    expect(call("da", "PHASE_IN_YEARS", col(1000000, 500000), col(700000, 800000), 0.05)).toBe(6);
    expect(shown("da", "PHASE_IN_YEARS", col(1000000, 500000), col(700000, 800000), 0)).toEqual({
      code: "#N/A",
      message: "maks_tab: med et årligt tab på højst 0 når intet antal år op til 100 alle mål",
    });
  });
});

describe("property: no function answers NaN, Infinity or undefined, whatever it is given", () => {
  const ids = [...bundles.en.implementations.keys()];
  const base = (id: string): unknown[] => {
    const spec = SPEC_CALLS.find((c) => c.id === id);
    if (spec) return positional(id, spec.args);
    const meta = bundles.en.metadata.functions.find((f) => f.id === id)!;
    return meta.parameters.map(() => null);
  };
  const ref = new (bundles.en.context.CustomFunctions as CustomFunctionsStub).Error("#REF!");
  const cell = fc.oneof(
    fc.double({ noNaN: false }),
    fc.constantFrom<unknown>(0, -0, 1, -1, 0.5, 1e12, -1e12, 1e-300, 2 ** 53, Number.MAX_VALUE, "", " ", "abc", "normal", "ja", "Roskilde", true, false, null, undefined, ref),
    fc.integer({ min: -1e9, max: 1e9 })
  );
  const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).filter((g) => g.every((line) => line.length === g[0].length));
  const arg = fc.oneof(cell, range);

  test.each(ids)("%s", (id) => {
    fc.assert(
      fc.property(fc.nat(), arg, (at, value) => {
        const args = base(id);
        args[at % Math.max(args.length, 1)] = value;
        let result: unknown;
        try {
          result = call("en", id, ...args);
        } catch (error) {
          expect(isError(error)).toBe(true);
          return;
        }
        const values = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
        for (const v of values) {
          if (isError(v)) continue;
          expect(v === undefined || (typeof v === "number" && !Number.isFinite(v))).toBe(false);
        }
      }),
      { numRuns: 150 }
    );
  });
});
