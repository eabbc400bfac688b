import * as path from "path";
import { loadFunctions } from "../../tools/engine/load-functions";
import { CellResult, createSpuEngine, SpuEngine } from "../../tools/engine/spu-engine";
import { readXlsx } from "../../tools/xlsx-contents";

/**
 * Each example workbook in assets/examples, evaluated by the engine with the built functions,
 * checked against totals computed here with plain arithmetic from the workbook's own inputs.
 */
const { implementations, metadata } = loadFunctions();
const EXAMPLES = path.resolve(__dirname, "../../assets/examples");

interface Example {
  sheets: Record<string, unknown[][]>;
  engine: SpuEngine;
}

async function open(name: string): Promise<Example> {
  const sheets = (await readXlsx(path.join(EXAMPLES, `${name}.xlsx`))).sheets;
  return { sheets, engine: createSpuEngine(sheets, implementations, metadata) };
}

/** The input rows of a sheet (below the header, down to the last row with a first cell). */
function rows(ex: Example, sheet: string): unknown[][] {
  return ex.sheets[sheet].slice(1).filter((r) => r[0] !== null);
}
function param(ex: Example, row: number, col = 1): number {
  return ex.sheets.Parametre[row - 1][col] as number;
}
function num(value: CellResult): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}
/** The computed column `col` (0-based) of a sheet's input rows. */
function computed(ex: Example, sheet: string, col: number): number[] {
  return ex.engine
    .values(sheet)
    .slice(1, 1 + rows(ex, sheet).length)
    .map((r) => num(r[col]));
}
const total = (values: number[]) => values.reduce((s, v) => s + v, 0);
const ore = (x: number) => Math.round(x * 100) / 100;
/** Exact shares: allocations sum to the amount and stay within one unit of the exact share. */
function expectAllocation(values: number[], amount: number, exact: number[]) {
  expect(total(values)).toBeCloseTo(amount, 6);
  values.forEach((v, i) => expect(Math.abs(v - exact[i])).toBeLessThan(1));
}
const shares = (keys: number[]) => keys.map((k) => k / total(keys));

test("there is one workbook per model plus efterskole and the comparison, all without errors", async () => {
  for (const name of ["roskilde", "viborg", "hjorring", "aalborg", "nordfyns", "horsholm", "efterskole", "sammenligning"]) {
    const ex = await open(name);
    for (const sheet of ex.engine.sheetNames()) {
      const errors = ex.engine.values(sheet).flat().filter((v) => typeof v === "object" && v !== null);
      expect({ name, sheet, errors }).toEqual({ name, sheet, errors: [] });
    }
    const formulas = Object.values(ex.sheets).flat(2).filter((v) => typeof v === "string" && v.includes("SPU."));
    expect(formulas.length).toBeGreaterThan(0);
  }
}, 30000); // seven workbooks of up to 1,300 rows: about 5 s on a 2-core machine

test("Roskilde: school payments, central compensation and the allocation", async () => {
  const ex = await open("roskilde");
  const [T, c, TT, TC, M] = [2, 3, 4, 5, 6].map((r) => param(ex, r));
  const referrals = rows(ex, "Visitationer");
  expect(referrals.length).toBeGreaterThanOrEqual(200);
  const school = referrals.map(([, offer, K, f]) => {
    const [k, fr] = [K as number, f as number];
    if (offer === "central") return 0;
    const [t, comp] = offer === "behandling" ? [TT, TC] : [T, c];
    return ore(Math.min(Math.min(k, t * fr) + (1 - comp) * Math.max(0, k - t * fr), M * fr));
  });
  const costs = referrals.map((r) => r[2] as number);
  expect(computed(ex, "Visitationer", 4)).toEqual(school);
  const o = ex.engine;
  expect(num(o.value("Oversigt", "B3"))).toBeCloseTo(total(school), 2);
  expect(num(o.value("Oversigt", "B3")) + num(o.value("Oversigt", "B4"))).toBeCloseTo(total(costs), 2);
  const schools = rows(ex, "Skoler");
  expect(schools.length).toBeGreaterThanOrEqual(20);
  // By socio-economics, as the seed and the pane share it: the index weighted by pupils.
  const key = shares(schools.map((r) => (r[1] as number) * (r[2] as number)));
  expectAllocation(computed(ex, "Skoler", 4), param(ex, 7), key.map((x) => param(ex, 7) * x));
  const segregated = referrals.length;
  const pupils = total(schools.map((r) => r[1] as number));
  expect(num(o.value("Oversigt", "B7"))).toBeCloseTo((pupils - segregated) / pupils, 12);
});

test("Viborg: a fixed rate per referral, the residual centrally, the pool by classes and socio-economics", async () => {
  const ex = await open("viborg");
  const rate = param(ex, 2);
  const referrals = rows(ex, "Visitationer");
  const payments = referrals.map((r) => rate * (r[2] as number));
  expect(total(computed(ex, "Visitationer", 3))).toBe(total(payments));
  expect(total(computed(ex, "Visitationer", 4))).toBe(total(referrals.map((r) => r[1] as number)) - total(payments));
  const schools = rows(ex, "Skoler");
  const w = param(ex, 4);
  const cl = shares(schools.map((r) => r[1] as number));
  const so = shares(schools.map((r) => r[2] as number));
  expectAllocation(computed(ex, "Skoler", 3), param(ex, 3), cl.map((x, i) => param(ex, 3) * (w * x + (1 - w) * so[i])));
});

test("Hjørring: the pool 70/30 and each school's balance at the average rate", async () => {
  const ex = await open("hjorring");
  const [pool, w, rate] = [param(ex, 2), param(ex, 3), param(ex, 4)];
  const schools = rows(ex, "Skoler");
  const p = shares(schools.map((r) => r[1] as number));
  const s = shares(schools.map((r) => r[2] as number));
  const share = computed(ex, "Skoler", 3);
  expectAllocation(share, pool, p.map((x, i) => pool * (w * x + (1 - w) * s[i])));
  const referrals = rows(ex, "Visitationer");
  const pupilYears = schools.map((sc) => total(referrals.filter((r) => r[0] === sc[0]).map((r) => r[1] as number)));
  expect(computed(ex, "Skoler", 5)).toEqual(share.map((x, i) => x - pupilYears[i] * rate));
  expect(num(ex.engine.value("Parametre", "B7"))).toBe(param(ex, 5) / param(ex, 6));
  // the seed: schools refer for about 73 % of the pool
  expect((total(pupilYears) * rate) / pool).toBeCloseTo(0.73, 2);
});

test("Aalborg: places per area sum to the total; each area's schools settle its places exactly", async () => {
  const ex = await open("aalborg");
  const [places, w, price] = [param(ex, 2), param(ex, 3), param(ex, 4)];
  const schools = rows(ex, "Skoler");
  const areas = rows(ex, "Områder").map((r) => r[0] as string);
  const pupils = areas.map((a) => total(schools.filter((s) => s[1] === a).map((s) => s[2] as number)));
  const socio = rows(ex, "Områder").map((r) => r[2] as number);
  const [ps, ss] = [shares(pupils), shares(socio)];
  const got = computed(ex, "Områder", 3);
  expectAllocation(got, places, ps.map((x, i) => places * (w * x + (1 - w) * ss[i])));
  expect(got.every(Number.isInteger)).toBe(true);
  const referrals = rows(ex, "Visitationer");
  const used = areas.map((a) => referrals.filter((r) => r[2] === a && r[1] === "område").length);
  const settlement = computed(ex, "Skoler", 3);
  areas.forEach((a, i) => {
    const mine = schools.map((s, k) => [s, k] as const).filter(([s]) => s[1] === a);
    const amount = (got[i] - used[i]) * price;
    expectAllocation(
      mine.map(([, k]) => settlement[k]),
      amount,
      shares(mine.map(([s]) => s[2] as number)).map((x) => amount * x)
    );
  });
});

test("Nordfyns: the overrun beyond budget and common funds is drawn from base budgets", async () => {
  const ex = await open("nordfyns");
  const [budget, opening] = [param(ex, 2), param(ex, 3)];
  const costs = total(rows(ex, "Visitationer").map((r) => r[1] as number));
  expect(num(ex.engine.value("Oversigt", "B3"))).toBe(Math.max(0, opening + budget - costs));
  const shortfall = Math.max(0, costs - budget - opening);
  expect(shortfall).toBeGreaterThan(0);
  const base = rows(ex, "Skoler").map((r) => r[1] as number);
  expectAllocation(computed(ex, "Skoler", 2), shortfall, shares(base).map((x) => shortfall * x));
});

test("Hørsholm: decentral money by pupils; the period's cost per referral and per school", async () => {
  const ex = await open("horsholm");
  const [pool, from, to] = [param(ex, 2), param(ex, 3), param(ex, 4)];
  const schools = rows(ex, "Skoler");
  expectAllocation(computed(ex, "Skoler", 2), pool, shares(schools.map((r) => r[1] as number)).map((x) => pool * x));
  const day = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m, d) - Date.UTC(1899, 11, 30)) / 86400000;
  const periodCost = (annual: number, start: number, end: number) => {
    const [a, b] = [Math.max(start, from), Math.min(end, to)];
    let cost = 0;
    for (let y = day(a).getUTCFullYear(); a <= b && y <= day(b).getUTCFullYear(); y++) {
      const days = Math.min(b, serialOf(y, 11, 31)) - Math.max(a, serialOf(y, 0, 1)) + 1;
      const inYear = serialOf(y + 1, 0, 1) - serialOf(y, 0, 1);
      cost += (annual * days) / inYear;
    }
    return cost;
  };
  const referrals = rows(ex, "Visitationer");
  const costs = referrals.map((r) => periodCost(r[2] as number, r[3] as number, r[4] as number));
  computed(ex, "Visitationer", 5).forEach((v, i) => expect(v).toBeCloseTo(costs[i], 2));
  const allocation = computed(ex, "Skoler", 3);
  schools.forEach((s, k) => expect(allocation[k]).toBeCloseTo(total(costs.filter((_, i) => referrals[i][0] === s[0])), 2));
});

test("efterskole: categories, the grant and the transition payments", async () => {
  const ex = await open("efterskole");
  const [g, t1, t2] = [param(ex, 3), param(ex, 4), param(ex, 5)];
  const pupils = rows(ex, "Elever");
  const categories = pupils.map(([, , ppr9, extensive, plan]) => (ppr9 === "ja" && plan === "ja" ? (extensive === "ja" ? 2 : 1) : 0));
  expect(computed(ex, "Elever", 5)).toEqual(categories);
  const count = (k: number) => categories.filter((c) => c === k).length;
  const grant = g * pupils.length + t1 * count(1) + t2 * count(2);
  expect(ex.engine.value("Oversigt", "B3")).toBe(grant);
  expect(ex.engine.value("Oversigt", "B4")).toBe(grant);
  expect(ex.engine.value("Oversigt", "B2")).toBe("2016/17");
  const values = ex.engine.values("Oversigt");
  const rates2016 = values.slice(6, 11).map((r) => num(r[1]));
  expect(ore(total(rates2016))).toBe(param(ex, 6));
  expect(rates2016[0]).toBe(Math.floor((param(ex, 6) * 100) / 5) / 100);
  expect(ore(total(values.slice(6, 18).map((r) => num(r[3]))))).toBe(param(ex, 7));
});
