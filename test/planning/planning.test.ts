import fc from "fast-check";
import path from "path";
import * as comparing from "../../src/comparing/functions";
import * as planning from "../../src/planning/functions";
import * as viborg from "../../src/municipalities/viborg/functions";
import { municipalityArgs, settingsArg } from "../../src/comparing/arguments";
import { modelPositions } from "../../src/comparing/engine";
import { outcome, withSetting } from "../../src/planning/planning";
import { Decimal } from "../../src/money/decimal";
import type { Cell } from "../../src/excel/args";
import { readXlsx } from "../../tools/xlsx-contents";
import { excelError, loose } from "../helpers/excel";
import { BUDGET, REFERRALS, SCHOOLS, SETTINGS, randomMunicipality, tablesOf } from "../fixtures/municipality";

const compare = loose(comparing.compare);
const sensitivity = loose(planning.sensitivityTable);
const solve = planning.solveSetting as (...args: unknown[]) => number;
const priceIndex = loose(planning.priceIndex);
const viborgCost = loose(viborg.viborgCost);
const viborgAllocation = loose(viborg.viborgAllocation);

const dec = (x: unknown) => new Decimal(String(x));
const total = (cells: unknown[]) => cells.reduce((t: Decimal, c) => t.plus(dec(c)), new Decimal(0));


describe("SPU.SENSITIVITY", () => {
  test("one column per value, each the model's COMPARE column with the setting at that value", () => {
    const table = sensitivity("Viborg", "rate", [[100000, 135000]], SCHOOLS, REFERRALS, BUDGET, SETTINGS);
    expect(table[0]).toEqual(["School", 100000, 135000]);
    expect(table.map((line) => line[0])).toEqual(["School", "Asylskolen", "Bakkeskolen", "Centralskolen", "Centre"]);
    // At the seed's 135.000 kr. it is COMPARE's Viborg column.
    expect(table.slice(1).map((line) => line[2])).toEqual([2064375 - 135000, 3303000 - 270000, 2890125 - 202500, 0]);
    // At 100.000 kr. the schools pay 100.000 × 4,5 pupil-years = 450.000;
    // the residual 1.900.000 stays central and 8.100.000 goes out 25/40/35 %.
    expect(table.slice(1).map((line) => line[1])).toEqual([2025000 - 100000, 3240000 - 200000, 2835000 - 150000, 0]);
  });

  test("the full name of a setting works too, and the settings row is overridden", () => {
    const byKey = sensitivity("hjørring", "RATE", [[293000]], SCHOOLS, REFERRALS, BUDGET, SETTINGS);
    const byName = sensitivity("Hjorring", "hjorring.rate", [[293000]], SCHOOLS, REFERRALS, BUDGET, [...SETTINGS, ["hjorring.rate", 1]]);
    expect(byName).toEqual(byKey);
    expect(byKey.slice(1).map((line) => line[1])).toEqual([2700000 - 293000, 3200000 - 586000, 4100000 - 439500, 293000 * 4.5 - 2350000]);
  });

  test("bad input names the parameter", () => {
    expect(excelError(() => sensitivity("Viborg", "rat", [[1]], SCHOOLS, REFERRALS, BUDGET, SETTINGS))).toEqual({
      code: "#VALUE!",
      message: "setting: unknown setting 'rat'",
    });
    expect(excelError(() => sensitivity("Viborg", "roskilde.cap", [[1]], SCHOOLS, REFERRALS, BUDGET, SETTINGS)).code).toBe("#VALUE!");
    expect(excelError(() => sensitivity("Viborg", "class_weight", [[0.5, 1.5]], SCHOOLS, REFERRALS, BUDGET, SETTINGS))).toEqual({
      code: "#VALUE!",
      message: "values, row 2: 1.5 must be between 0 and 1",
    });
    expect(excelError(() => sensitivity("Odense", "rate", [[1]], SCHOOLS, REFERRALS, BUDGET)).code).toBe("#N/A");
    expect(excelError(() => sensitivity("Viborg", "rate", [[1]], SCHOOLS, REFERRALS, BUDGET))).toEqual({
      code: "#VALUE!",
      message: "settings: the setting viborg.class_weight is required and not given",
    });
  });
});

describe("SPU.SOLVE", () => {
  test("the Viborg rate at which schools pay 40 % here: 4,5 pupil-years, 2.350.000 kr.", () => {
    // 0,4 × 2.350.000 / 4,5 = 208.888,89: at 208.889 kr. the share is 0,400000…, at 208.888 below.
    expect(solve("Viborg", "rate", "school_share", 0.4, SCHOOLS, REFERRALS, BUDGET, SETTINGS)).toBe(208889);
    // Schools paying 1 mio. kr.: 222.222,22 per pupil-year, nearer 222.222.
    expect(solve("Viborg", "rate", "school_payments", 1000000, SCHOOLS, REFERRALS, BUDGET, SETTINGS)).toBe(222222);
  });

  test("Roskilde: the threshold keeping the central compensation at a figure; a falling outcome", () => {
    // Central pays 1.057.750 at the seed's 354.000. Compensation falls as the threshold rises.
    expect(solve("Roskilde", "threshold", "central_payments", 1057750, SCHOOLS, REFERRALS, BUDGET)).toBe(354000);
    const answer = solve("Roskilde", "threshold", "central_payments", 1000000, SCHOOLS, REFERRALS, BUDGET);
    const central = (t: number) => centralAt("roskilde", "roskilde.threshold", t, []);
    expect(central(answer - 1).greaterThan(1000000)).toBe(true);
    expect(central(answer + 1).lessThan(1000000)).toBe(true);
  });

  test("no value in the range reaches the goal: #N/A saying what the range reaches", () => {
    expect(excelError(() => solve("Viborg", "rate", "school_share", 0.4, SCHOOLS, REFERRALS, BUDGET, SETTINGS, 0, 100000))).toEqual({
      code: "#N/A",
      message: "goal: no value of viborg.rate from 0 to 100000 makes school_share 0.4; it goes from 0 to 0.191489 there",
    });
    // Viborg's class weight does not move what schools pay.
    expect(excelError(() => solve("Viborg", "class_weight", "school_share", 0.4, SCHOOLS, REFERRALS, BUDGET, SETTINGS)).code).toBe("#N/A");
    expect(excelError(() => solve("Viborg", "rate", "share", 0.4, SCHOOLS, REFERRALS, BUDGET, SETTINGS)).code).toBe("#N/A");
    expect(excelError(() => solve("Viborg", "rate", "school_share", 0.4, SCHOOLS, REFERRALS, BUDGET, SETTINGS, 10, 5)).code).toBe("#VALUE!");
  });

  test("a share setting is solved to 4 decimals", () => {
    // Roskilde's compensation: what the centre pays is 0 at compensation 0 on ordinary offers
    // (central offers excepted) and rises with it.
    const answer = solve("Roskilde", "compensation", "central_payments", 900000, SCHOOLS, REFERRALS, BUDGET);
    expect(Math.round(answer * 10000)).toBe(answer * 10000);
    const central = (c: number) => centralAt("roskilde", "roskilde.compensation", c, []);
    expect(central(answer - 0.0001).lessThan(900000)).toBe(true);
    expect(central(answer + 0.0001).greaterThan(900000)).toBe(true);
  });
});

/** What the centre pays towards referrals under a model with one setting at `value`, by the engine COMPARE runs. */
function centralAt(model: "roskilde" | "viborg", name: string, value: number, settings: Cell[][]): Decimal {
  const { municipality } = municipalityArgs(SCHOOLS, REFERRALS, BUDGET);
  const p = modelPositions(model, municipality, withSetting(settingsArg(settings), name, new Decimal(value)));
  return outcome(p, municipality, "central_payments");
}

describe("the Viborg example workbook", () => {
  let tables: { schools: Cell[][]; referrals: Cell[][]; budget: number; classWeight: number };
  beforeAll(async () => {
    const sheets = (await readXlsx(path.join(__dirname, "../../assets/examples/viborg.xlsx"))).sheets;
    tables = {
      // name, pupils, classes, socio, area, base budget: Viborg reads the classes and socio-economics.
      schools: sheets.Skoler.slice(1).map((r) => [r[0], null, r[1], r[2], null, null] as Cell[]),
      referrals: sheets.Visitationer.slice(1).map((r) => [r[0], null, r[1], r[2]] as Cell[]),
      budget: sheets.Parametre[2][1] as number,
      classWeight: sheets.Parametre[3][1] as number,
    };
  });

  test("SOLVE finds the rate at which schools pay 40 % of referral costs, and COMPARE with it shows that world", () => {
    const { schools, referrals, budget, classWeight } = tables;
    const settings: Cell[][] = [["viborg.class_weight", classWeight]];
    const rate = solve("Viborg", "rate", "school_share", 0.4, schools, referrals, budget, settings);
    // 40 % of 142.327.500 kr. over 337,5 pupil-years is 168.684,44 kr. a pupil-year.
    expect(rate).toBe(168684);

    // The sheet leaves blank rows below its referrals, as users do; COMPARE and SOLVE skip them.
    const rows = referrals.filter((r) => r[0] !== null);
    expect(rows.length).toBe(420);
    const costs = rows.map((r) => [r[2]]);
    const fractions = rows.map((r) => [r[3]]);
    const cost = total(costs.flat());
    const paidAt = (r: number) => total((viborgCost(costs, fractions, r) as unknown[][]).flat());
    // Schools carry 40 % to 4 decimals; a krone less falls short of it, a krone more passes it.
    expect(paidAt(rate).div(cost).toDecimalPlaces(4).toNumber()).toBe(0.4);
    expect(paidAt(rate - 1).div(cost).lessThan(0.4)).toBe(true);
    expect(paidAt(rate + 1).div(cost).greaterThan(0.4)).toBe(true);

    // COMPARE with that rate: each school gets its share of the budget less the 60 % the centre
    // keeps, and pays the rate for its own referrals.
    const table = compare(schools, referrals, budget, [...settings, ["viborg.rate", rate]]);
    const paid = paidAt(rate);
    const pool = dec(budget).minus(cost.minus(paid));
    const received = viborgAllocation(pool.toNumber(), schools.map((s) => [s[2]]), schools.map((s) => [s[3]]), classWeight) as number[][];
    const perSchool = schools.map((s) => total(rows.filter((r) => r[0] === s[0]).map((r) => (viborgCost(r[2], r[3], rate) as number[][])[0][0])));
    expect(table.slice(1, -1).map((line) => line[5])).toEqual(schools.map((_, i) => dec(received[i][0]).minus(perSchool[i]).toNumber()));
    expect(table[table.length - 1][5]).toBe(0);
  });
});

describe("SPU.INDEX", () => {
  const YEARS = [[2023], [2024], [2025], [2026]];
  const LEVELS = [[96.1], [100], [102.4], [105.3]];

  test("amount × level(to) / level(from), to the øre; ranges and single cells broadcast", () => {
    expect(priceIndex(1000000, 2024, 2026, YEARS, LEVELS)).toEqual([[1053000]]);
    // 1.000.000 × 96,1 / 105,3 = 912.630,579…
    expect(priceIndex([[1000000], [250000.5], [null]], 2026, [[2023], [2026], [2025]], YEARS, LEVELS)).toEqual([[912630.58], [250000.5], [""]]);
  });

  test("a year missing from the index is #N/A naming it, in its own cell", () => {
    const result = priceIndex([[1000], [1000]], [[2024], [2022]], 2025, YEARS, LEVELS);
    expect(result[0]).toEqual([1024]);
    expect(result[1][0]).toEqual({ code: "#N/A", message: "from_year, row 2: the year 2022 is not in the index table (index_years: 2023, 2024, 2025, 2026)" });
    expect(excelError(() => priceIndex(1000, 2024, 2025, [[2024], [2024]], [[100], [101]]))).toEqual({
      code: "#VALUE!",
      message: "index_years, row 2: '2024' is listed more than once (also in row 1)",
    });
    expect(excelError(() => priceIndex(1000, 2024, 2025, YEARS, [[100], [0], [1], [1]])).code).toBe("#VALUE!");
    expect(excelError(() => priceIndex(1000, 2024, 2025, YEARS, [[100]])).code).toBe("#VALUE!");
  });

  test("round trip: there and back again is the amount, within the øre the two roundings allow", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }).map((n) => n / 100),
        fc.array(fc.integer({ min: 5000, max: 20000 }).map((n) => n / 100), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (amount, levels, a, b) => {
          const years = levels.map((_, i) => [2020 + i]);
          const from = 2020 + (a % levels.length);
          const to = 2020 + (b % levels.length);
          const there = (priceIndex(amount, from, to, years, levels.map((l) => [l])) as number[][])[0][0];
          const back = (priceIndex(there, to, from, years, levels.map((l) => [l])) as number[][])[0][0];
          // The second rounding is at most half an øre; the first, carried back, half an øre × level(from)/level(to).
          const slack = dec(0.005).times(dec(levels[from - 2020]).div(levels[to - 2020])).plus(0.005);
          expect(dec(back).minus(amount).abs().lessThanOrEqualTo(slack)).toBe(true);
          if (from === to) expect(back).toBe(amount);
        }
      ),
      { numRuns: 300 }
    );
  });
});

// ---- properties on random municipalities ----

const municipality = randomMunicipality(10, 20);
const BASE_SETTINGS: Cell[][] = [
  ["viborg.class_weight", 0.3],
  ["aalborg.pupil_weight", 0.6],
  ["nordfyns.opening_balance", 50000],
  ["horsholm.decentral_share", 0.25],
];
/** A setting of each model and values it takes. */
const VARIED = fc.constantFrom(
  ["Roskilde", "threshold", fc.integer({ min: 0, max: 800000 })],
  ["Roskilde", "compensation", fc.integer({ min: 0, max: 100 }).map((n) => n / 100)],
  ["Viborg", "rate", fc.integer({ min: 0, max: 400000 })],
  ["Viborg", "class_weight", fc.integer({ min: 0, max: 100 }).map((n) => n / 100)],
  ["Hjørring", "rate", fc.integer({ min: 0, max: 600000 })],
  ["Hjørring", "pupil_weight", fc.integer({ min: 0, max: 100 }).map((n) => n / 100)],
  ["Aalborg", "price", fc.integer({ min: 0, max: 600000 })],
  ["Nordfyns", "opening_balance", fc.integer({ min: 0, max: 3000000 })],
  ["Hørsholm", "decentral_share", fc.integer({ min: 0, max: 100 }).map((n) => n / 100)]
) as fc.Arbitrary<[string, string, fc.Arbitrary<number>]>;

describe("planning properties", () => {
  test("every SENSITIVITY column is budget-neutral to the øre and equals COMPARE with that value", () => {
    fc.assert(
      fc.property(
        municipality,
        VARIED.chain(([model, key, values]) => fc.tuple(fc.constant(model), fc.constant(key), fc.array(values, { minLength: 1, maxLength: 4 }))),
        (m, [model, key, values]) => {
          const { schools, referrals } = tablesOf(m);
          let table: unknown[][];
          try {
            table = sensitivity(model, key, [values], schools, referrals, m.budget, BASE_SETTINGS);
          } catch (error) {
            // Only keys that are all zero stop a model (an area without area offers is fine).
            expect((error as { code: string }).code).toBe("#DIV/0!");
            return;
          }
          const expected = dec(m.budget).minus(total(m.referrals.map((r) => r.cost)));
          values.forEach((value, k) => {
            const cells = table.slice(1).map((line) => line[k + 1]);
            expect(total(cells).toString()).toBe(expected.toString());
            const column = Object.keys({ Nordfyns: 1, Hørsholm: 2, Aalborg: 3, Roskilde: 4, Viborg: 5, Hjørring: 6 }).indexOf(model) + 1;
            const name = `${model.toLowerCase().replace("ø", "o")}.${key}`;
            const compared = compare(schools, referrals, m.budget, [...BASE_SETTINGS.filter((s) => s[0] !== name), [name, value]]);
            expect(cells).toEqual(compared.slice(1).map((line) => line[column]));
          });
        }
      ),
      { numRuns: 120 }
    );
  });

  test("SOLVE's answer reproduces its goal: its outcome is nearest the goal, one unit down and up fall either side", () => {
    const solvable = fc.constantFrom(
      ["viborg", "rate", "school_share"],
      ["viborg", "rate", "central_payments"],
      ["roskilde", "threshold", "school_payments"],
      ["roskilde", "cap", "school_share"],
      ["roskilde", "compensation", "central_payments"],
      ["hjorring", "rate", "school_payments"]
    );
    fc.assert(
      fc.property(municipality, solvable, fc.integer({ min: 1, max: 99 }), (m, [model, key, target], percent) => {
        const { schools, referrals } = tablesOf(m);
        const { municipality: parsed } = municipalityArgs(schools, referrals, m.budget);
        const name = `${model}.${key}`;
        // No referral cost: no share to solve for.
        if (target === "school_share" && parsed.referrals.every((r) => r.cost === 0)) {
          expect(excelError(() => solve(model, key, target, 0.4, schools, referrals, m.budget, BASE_SETTINGS)).code).toBe("#DIV/0!");
          return;
        }
        const at = (value: number) =>
          outcome(modelPositions(model as "viborg", parsed, withSetting(settingsArg(BASE_SETTINGS), name, new Decimal(value))), parsed, target as "school_share");
        const upper = key === "compensation" ? 1 : 600000;
        const [low, high] = [at(0), at(upper)];
        if (low.equals(high)) return;
        // A goal between the outcomes at the ends of the range.
        const goal = low.plus(high.minus(low).times(percent).div(100)).toDecimalPlaces(target === "school_share" ? 6 : 2);
        const answer = solve(model, key, target, goal.toNumber(), schools, referrals, m.budget, BASE_SETTINGS, 0, upper);
        const unit = key === "compensation" ? 0.0001 : 1;
        const rising = high.greaterThan(low);
        const [below, here, above] = [at(answer - unit), at(answer), at(answer + unit)].map((v) => (rising ? v : v.negated()));
        const aim = rising ? goal : goal.negated();
        if (answer > 0) expect(below.lessThanOrEqualTo(aim)).toBe(true);
        if (answer < upper) expect(above.greaterThanOrEqualTo(aim)).toBe(true);
        // Nearest of its neighbours.
        for (const other of [below, above]) expect(here.minus(aim).abs().lessThanOrEqualTo(other.minus(aim).abs())).toBe(true);
      }),
      { numRuns: 80 }
    );
  });
});
