/**
 * npm run bench [-- --json]: what exact arithmetic costs. Each elementwise and allocation function
 * of the built dist/functions.js, loaded in the main realm as Excel's runtime loads it, is called
 * over 100,000 rows through the function `associate` received,
 * beside a plain-number reference of the same formula; one SPU formula over 100,000 rows is
 * recalculated in HyperFormula beside the same calculation as native per-row formulas; the
 * comparison and planning functions are timed on one municipality up to all of Denmark (and
 * twice that, to show the time grows linearly) against the issue's targets, SPU.RISK of every model
 * over 1,000 simulated years; and the bundles' gzip sizes are measured. With --json the last line is one JSON object.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { makeCustomFunctions, makeOffice } from "../tools/engine/custom-functions-stub";
import { FunctionsMetadata, SpuImplementations, createSpuEngine } from "../tools/engine/spu-engine";
import { mulberry32 } from "../src/risk/random";

const ROWS = 100000;
const RUNS = 7;
const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const json = process.argv.includes("--json");
const log = (line: string) => !json && console.log(line);

/**
 * dist/functions.js loaded the way Excel's runtime loads it: in the main realm, with only
 * `CustomFunctions` and `Office` handed to it, its `associate` calls captured. (A Node `vm`
 * context, as test/bundle.test.ts uses to prove the isolation, makes every global lookup slow,
 * which no Excel host does.)
 */
function loadBundle(): { implementations: SpuImplementations; metadata: FunctionsMetadata } {
  const implementations: SpuImplementations = new Map();
  const source = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  new Function("CustomFunctions", "Office", source)(makeCustomFunctions((id, fn) => implementations.set(id, fn)), makeOffice());
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as FunctionsMetadata;
  return { implementations, metadata };
}

/** Warm-up calls before the timed ones: the first case otherwise also pays for collecting the data just generated. */
const WARM_UP = 3;

/** Median milliseconds of `runs` calls of `timed` after WARM_UP untimed ones; `setup` runs untimed before each. */
function median(timed: () => unknown, setup?: () => void, runs = RUNS): number {
  for (let i = 0; i < WARM_UP; i++) {
    setup?.();
    timed();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    const start = process.hrtime.bigint();
    timed();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)] * 100) / 100;
}

/** Seeded, so every run measures the same data. */
const rng = mulberry32(42);
const list = <T>(make: (i: number) => T): T[] => Array.from({ length: ROWS }, (_, i) => make(i));
const pick = <T>(values: readonly T[]): T => values[Math.floor(rng() * values.length)];
/** A range as Excel passes it: rows × 1. */
const col = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);

/** Referral costs in kroner, a third of them with øre. */
const costs = list(() => Math.round(50000 + rng() * 1200000) + (rng() < 0.3 ? Math.floor(rng() * 100) / 100 : 0));
const offers = list(() => pick(["normal", "behandling", "central", null]));
const fractions = list(() => pick([1, 0.75, 0.5, 0.25]));
const pupils = list(() => 100 + Math.floor(rng() * 700));
const socio = list(() => Math.round(60 + rng() * 100) / 100);
/** Schools' shares of a pool in kroner and øre, and their referrals in quarter pupil-years. */
const shares = list(() => Math.round(rng() * 2e9) / 100);
const referrals = list(() => Math.floor(rng() * 40) / 4);
/** A special school's yearly cost and pupils. */
const schoolCosts = list(() => Math.round(rng() * 5e9) / 100);
const schoolPupils = list(() => 20 + Math.floor(rng() * 200));
const hours = list(() => Math.floor(rng() * 40) / 2);
const flags = list(() => pick(["ja", "nej", "nej", true, false, null]));
const starts = list(() => 45505 + Math.floor(rng() * 300)); // from 1 Aug 2024
const ends = starts.map((s) => s + 30 + Math.floor(rng() * 400));
const periodStart = 45658; // 1 Jan 2025
const periodEnd = 45838; // 30 Jun 2025
const areaNames = Array.from({ length: 10 }, (_, i) => `Område ${i + 1}`);
const areaPlaces = areaNames.map(() => 40 + Math.floor(rng() * 30));
const areaUsed = areaPlaces.map((p) => p - 10 + Math.floor(rng() * 20) + (rng() < 0.5 ? 0.5 : 0));
const schoolAreas = list(() => pick(areaNames));
const schoolNames = Array.from({ length: 50 }, (_, i) => `Skole ${i + 1}`);
const referralSchools = list(() => pick(schoolNames));

const C = col(costs);
const O = col(offers);
const F = col(fractions);
const P = col(pupils);
const S = col(socio);
const PS = pupils.map((p, i) => [p, socio[i]]);
const SHARES = col(shares);
const REFERRALS = col(referrals);
const SCHOOL_COSTS = col(schoolCosts);
const SCHOOL_PUPILS = col(schoolPupils);
const HOURS = col(hours);
const FLAGS = col(flags);
const FLAGS_REVERSED = col(flags.slice().reverse());
const STARTS = col(starts);
const ENDS = col(ends);
const SCHOOL_AREAS = col(schoolAreas);
const AREAS = col(areaNames);
const AREA_PLACES = col(areaPlaces);
const AREA_USED = col(areaUsed);
const SCHOOLS = col(schoolNames);
const REFERRAL_SCHOOLS = col(referralSchools);

// Plain-number references: the same formula on doubles, the same 2D arrays in and out.
const ore = (x: number) => Math.round(x * 100) / 100;
const map1 = (a: unknown[][], f: (x: number, i: number) => unknown) => a.map((r, i) => [f(r[0] as number, i)]);

/** Plain-number largest remainder to `decimals` places: ties to the earlier row. */
function largestRemainder(amount: number, keys: readonly number[], decimals = 0): number[][] {
  const unit = 10 ** decimals;
  const units = Math.round(Math.abs(amount) * unit);
  let total = 0;
  for (const k of keys) total += k;
  const floors = new Float64Array(keys.length);
  const rest = new Float64Array(keys.length);
  let given = 0;
  for (let i = 0; i < keys.length; i++) {
    const quota = (units * keys[i]) / total;
    floors[i] = Math.floor(quota);
    rest[i] = quota - floors[i];
    given += floors[i];
  }
  const order = Array.from(rest.keys()).sort((a, b) => rest[b] - rest[a] || a - b);
  for (let j = 0; j < units - given; j++) floors[order[j]]++;
  return Array.from(floors, (f) => [(Math.sign(amount) * f) / unit]);
}
function mixed(a: unknown[][], b: unknown[][], wa: number): number[] {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    sa += a[i][0] as number;
    sb += b[i][0] as number;
  }
  return a.map((x, i) => (wa * (x[0] as number)) / sa + ((1 - wa) * (b[i][0] as number)) / sb);
}
function roskildeSchool(k: number, offer: string | null, f: number): number {
  if (offer === "central") return 0;
  const t = (offer === "behandling" ? 413000 : 354000) * f;
  const c = offer === "behandling" ? 0.5 : 0.75;
  return ore(Math.min(Math.min(k, t) + (1 - c) * Math.max(0, k - t), 666000 * f));
}
const DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
function periodCost(annual: number, start: number, end: number): number {
  const a = Math.max(start, periodStart);
  const b = Math.min(end, periodEnd);
  if (a > b) return 0;
  let cost = 0;
  for (let s = a; s <= b; ) {
    const year = new Date(EPOCH + s * DAY).getUTCFullYear();
    const days = Math.min(b, (Date.UTC(year, 11, 31) - EPOCH) / DAY) - s + 1;
    cost += (annual * days) / ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);
    s += days;
  }
  return cost;
}
function flagOf(v: unknown): boolean {
  return v === true || v === 1 || (typeof v === "string" && ["ja", "yes", "true", "1"].includes(v.trim().toLowerCase()));
}
function byArea(): number[][] {
  const members = new Map<string, number[]>(areaNames.map((a) => [a.toLowerCase(), []]));
  schoolAreas.forEach((a, i) => members.get(a.toLowerCase())!.push(i));
  const out: number[][] = new Array(ROWS);
  areaNames.forEach((a, k) => {
    const rows = members.get(a.toLowerCase())!;
    const parts = largestRemainder((areaPlaces[k] - areaUsed[k]) * 250000, rows.map((i) => pupils[i]));
    rows.forEach((i, j) => (out[i] = parts[j]));
  });
  return out;
}
function horsholmAllocation(): number[][] {
  const index = new Map(schoolNames.map((s, i) => [s.toLowerCase(), i]));
  const totals = schoolNames.map(() => 0);
  referralSchools.forEach((s, i) => (totals[index.get(s.toLowerCase())!] += periodCost(costs[i], starts[i], ends[i])));
  return totals.map((t) => [ore(t)]);
}

/** name → [the call as Excel makes it, the plain-number reference]. ALLOCATE_2_KEYS is ALLOCATE with two key columns. */
type Fn = (...args: unknown[]) => unknown;
const CASES: Record<string, [(f: (id: string) => Fn) => unknown, () => unknown]> = {
  ROSKILDE_COST: [(f) => f("ROSKILDE_COST")(C, O, F), () => map1(C, (k, i) => roskildeSchool(k, offers[i], fractions[i]))],
  ROSKILDE_CENTRAL: [(f) => f("ROSKILDE_CENTRAL")(C, O, F), () => map1(C, (k, i) => ore(k - roskildeSchool(k, offers[i], fractions[i])))],
  VIBORG_COST: [(f) => f("VIBORG_COST")(C, F), () => map1(F, (x) => ore(135000 * x))],
  VIBORG_CENTRAL: [(f) => f("VIBORG_CENTRAL")(C, F), () => map1(C, (k, i) => ore(k - ore(135000 * fractions[i])))],
  HJORRING_RATE: [(f) => f("HJORRING_RATE")(SCHOOL_COSTS, SCHOOL_PUPILS), () => map1(SCHOOL_COSTS, (k, i) => ore(k / schoolPupils[i]))],
  HJORRING_BALANCE: [(f) => f("HJORRING_BALANCE")(SHARES, REFERRALS), () => map1(SHARES, (s, i) => ore(s - referrals[i] * 293000))],
  HORSHOLM_PERIOD_COST: [
    (f) => f("HORSHOLM_PERIOD_COST")(C, STARTS, ENDS, periodStart, periodEnd),
    () => map1(C, (k, i) => ore(periodCost(k, starts[i], ends[i]))),
  ],
  SUPPORT_CATEGORY: [(f) => f("SUPPORT_CATEGORY")(HOURS), () => map1(HOURS, (h) => (h >= 9 ? "specialundervisning" : "almen"))],
  EFTERSKOLE_CATEGORY: [
    (f) => f("EFTERSKOLE_CATEGORY")(FLAGS, FLAGS_REVERSED, FLAGS),
    () => flags.map((a, i) => [a === null && flags[ROWS - 1 - i] === null ? "" : flagOf(a) ? (flagOf(flags[ROWS - 1 - i]) ? 2 : 1) : 0]),
  ],
  ALLOCATE: [(f) => f("ALLOCATE")(1e9, P), () => largestRemainder(1e9, pupils)],
  ALLOCATE_2_KEYS: [(f) => f("ALLOCATE")(1e9, PS, [[0.7, 0.3]]), () => largestRemainder(1e9, mixed(P, S, 0.7))],
  HJORRING_SHARE: [(f) => f("HJORRING_SHARE")(1e9, P, S), () => largestRemainder(1e9, mixed(P, S, 0.7))],
  VIBORG_ALLOCATION: [(f) => f("VIBORG_ALLOCATION")(5e8, P, S, 0.6), () => largestRemainder(5e8, mixed(P, S, 0.6))],
  HORSHOLM_DECENTRAL: [(f) => f("HORSHOLM_DECENTRAL")(12000000, P), () => largestRemainder(12000000, pupils)],
  NORDFYNS_SCHOOL_DRAW: [
    (f) => f("NORDFYNS_SCHOOL_DRAW")(1e11, C, 0, SHARES),
    () => largestRemainder(Math.max(0, costs.reduce((s, v) => s + v, 0) - 1e11), shares),
  ],
  AALBORG_SETTLEMENT: [(f) => f("AALBORG_SETTLEMENT")(40, 37.5, 250000, P), () => largestRemainder(2.5 * 250000, pupils)],
  AALBORG_PLACES: [(f) => f("AALBORG_PLACES")(5000, P, S, 0.6), () => largestRemainder(5000, mixed(P, S, 0.6))],
  AALBORG_SETTLEMENT_BY_AREA: [(f) => f("AALBORG_SETTLEMENT_BY_AREA")(SCHOOL_AREAS, P, AREAS, AREA_PLACES, AREA_USED, 250000), byArea],
  HORSHOLM_ALLOCATION: [
    (f) => f("HORSHOLM_ALLOCATION")(SCHOOLS, REFERRAL_SCHOOLS, C, STARTS, ENDS, periodStart, periodEnd),
    horsholmAllocation,
  ],
};

/** Functions that reduce a range to one number: measured too, though the targets are for the ones above. */
const AGGREGATES: typeof CASES = {
  NORDFYNS_COMMON_FUNDS: [(f) => f("NORDFYNS_COMMON_FUNDS")(1e11, C, 0), () => ore(Math.max(0, 1e11 - costs.reduce((s, v) => s + v, 0)))],
};

function gzip(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** gzip bytes of taskpane.html and every local script and stylesheet it loads. */
function taskpaneBytes(): number {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // minified HTML may leave attribute values unquoted
  const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  return [path.join(DIST, "taskpane.html"), ...assets.map((a) => path.join(DIST, a))].reduce((s, f) => s + gzip(f), 0);
}

function engineBench(implementations: SpuImplementations, metadata: FunctionsMetadata) {
  const input = costs.map((k) => [null, k]);
  const spu = createSpuEngine({ Data: [["", "Omkostning", "Skolens betaling"], ...input.map((r, i) => (i === 0 ? [...r, `=SPU.ROSKILDE_COST(B2:B${ROWS + 1})`] : r))] }, implementations, metadata);
  const native = createSpuEngine(
    { Data: [["", "Omkostning", "Skolens betaling"], ...input.map((r, i) => [...r, `=MIN(MIN(B${i + 2},354000)+0.25*MAX(0,B${i + 2}-354000),666000)`])] },
    implementations,
    metadata
  );
  const sum = (e: typeof spu) => e.values("Data").reduce((s, r, i) => s + (i > 0 ? (r[2] as number) : 0), 0);
  if (Math.abs(sum(spu) - sum(native)) > 0.01 * ROWS) throw new Error("SPU and native formulas disagree");
  let step = 0;
  /** A what-if edit of every input (all costs +1 % … +5 %): both sheets recalculate every row. */
  const column = () => {
    step = (step % 5) + 1;
    return costs.map((k) => [Math.round(k * (1 + step / 100))]);
  };
  /** Milliseconds of the recalculation alone: the edit is written with evaluation suspended. */
  const recalc = (e: typeof spu, content: () => unknown) =>
    median(
      () => e.hf.resumeEvaluation(),
      () => {
        e.hf.suspendEvaluation();
        e.hf.setCellContents({ sheet: 0, row: 1, col: 1 }, content() as number[][]);
      }
    );
  const spuColumn = recalc(spu, column);
  const nativeColumn = recalc(native, column);
  const spuCell = recalc(spu, () => 400000 + ++step);
  const nativeCell = recalc(native, () => 400000 + ++step);
  return { spu_formula_ms: spuColumn, native_formula_ms: nativeColumn, single_cell_edit: { spu_formula_ms: spuCell, native_formula_ms: nativeCell } };
}

/**
 * A municipality's tables as SPU.COMPARE reads them, `schools` schools with 30 referrals each on
 * average (one municipality: 50 schools, 1,500 referrals; Denmark: 1,300 schools, 35,000), ten
 * schools to an area, and the budget 5 % above the referrals' cost.
 */
function municipality(schools: number, referralCount: number) {
  const next = mulberry32(schools);
  const names = Array.from({ length: schools }, (_, i) => `Skole ${i + 1}`);
  const schoolRows = names.map((name, i) => [
    name,
    100 + Math.floor(next() * 700),
    4 + Math.floor(next() * 30),
    Math.round(60 + next() * 100) / 100,
    `Område ${Math.floor(i / 10) + 1}`,
    Math.round(5e6 + next() * 4e7),
  ]);
  const offerCodes = ["normal", "behandling", "central", "område", "kommune", null];
  const referralRows = Array.from({ length: referralCount }, () => [
    names[Math.floor(next() * schools)],
    offerCodes[Math.floor(next() * offerCodes.length)],
    Math.round(50000 + next() * 1200000) + (next() < 0.3 ? Math.floor(next() * 100) / 100 : 0),
    [1, 0.75, 0.5, 0.25][Math.floor(next() * 4)],
  ]);
  const budget = Math.round(referralRows.reduce((t, r) => t + (r[2] as number), 0) * 1.05);
  const settings = [
    ["viborg.class_weight", 0.5],
    ["aalborg.pupil_weight", 0.6],
    ["nordfyns.opening_balance", 1000000],
    ["horsholm.decentral_share", 0.3],
  ];
  return { schools: schoolRows, referrals: referralRows, budget, settings };
}

const SCALES = { municipality: [50, 1500], schools_200: [200, 6000], national: [1300, 35000], national_doubled: [2600, 70000] } as const;
const ALL_MODELS = [["Nordfyns", "Hørsholm", "Aalborg", "Roskilde", "Viborg", "Hjørring"]];
/** The targets (issue 12), in ms. */
const TARGETS = { compare_national: 300, marginal_cost_national: 1500, marginal_cost_municipality: 50, sensitivity_municipality: 300, solve_municipality: 500 };

/** SPU.COMPARE, SPU.MARGINAL_COST (all six models), SPU.SENSITIVITY and SPU.SOLVE on municipalities of growing size. */
function comparingBench(f: (id: string) => Fn) {
  const runs = 5;
  const scales: Record<string, { schools: number; referrals: number; compare_ms: number; marginal_cost_ms: number }> = {};
  for (const [name, [schools, referralCount]] of Object.entries(SCALES)) {
    const m = municipality(schools, referralCount);
    const compare = () => f("COMPARE")(m.schools, m.referrals, m.budget, m.settings);
    const marginal = () => f("MARGINAL_COST")(ALL_MODELS, 400000, m.schools, m.referrals, m.budget, null, null, m.settings);
    for (const [label, call] of [["COMPARE", compare], ["MARGINAL_COST", marginal]] as const) {
      const result = call() as unknown[][];
      if (!Array.isArray(result) || result.flat().some((cell) => typeof cell !== "number" && typeof cell !== "string")) throw new Error(`${label} failed at ${name}`);
    }
    scales[name] = { schools, referrals: referralCount, compare_ms: median(compare, undefined, runs), marginal_cost_ms: median(marginal, undefined, runs) };
    log(`${name.padEnd(18)} ${String(schools).padStart(5)} schools ${String(referralCount).padStart(6)} referrals: COMPARE ${scales[name].compare_ms} ms, MARGINAL_COST (6 models) ${scales[name].marginal_cost_ms} ms`);
  }
  const one = municipality(...SCALES.municipality);
  const sensitivity = () => f("SENSITIVITY")("Viborg", "rate", [[50000, 100000, 135000, 200000, 300000]], one.schools, one.referrals, one.budget, one.settings);
  const solve = () => f("SOLVE")("Viborg", "rate", "school_share", 0.4, one.schools, one.referrals, one.budget, one.settings);
  if (typeof solve() !== "number") throw new Error(`SOLVE answered ${JSON.stringify(solve())}`);
  const planning = { sensitivity_5_values_ms: median(sensitivity, undefined, runs), solve_ms: median(solve, undefined, runs) };
  log(`one municipality: SENSITIVITY (5 values) ${planning.sensitivity_5_values_ms} ms, SOLVE ${planning.solve_ms} ms`);
  const measured = {
    compare_national: scales.national.compare_ms,
    marginal_cost_national: scales.national.marginal_cost_ms,
    marginal_cost_municipality: scales.municipality.marginal_cost_ms,
    sensitivity_municipality: planning.sensitivity_5_values_ms,
    solve_municipality: planning.solve_ms,
  };
  const within = Object.fromEntries(Object.entries(TARGETS).map(([k, target]) => [k, measured[k as keyof typeof measured] <= target]));
  // Doubling the data at most doubles the time.
  const doubling = {
    compare: Math.round((scales.national_doubled.compare_ms / scales.national.compare_ms) * 100) / 100,
    marginal_cost: Math.round((scales.national_doubled.marginal_cost_ms / scales.national.marginal_cost_ms) * 100) / 100,
  };
  log(`targets ${JSON.stringify(TARGETS)} met: ${JSON.stringify(within)}; time ratio when the national data doubles: ${JSON.stringify(doubling)}`);
  return { scales, ...planning, targets_ms: TARGETS, within_targets: within, doubling_ratio: doubling };
}

/** The targets (issue 13), in ms: SPU.RISK at 1,000 runs on one municipality. */
const RISK_TARGETS = { all_six_models: 3000, one_model: 1000 };

/** SPU.RISK of every model, 1,000 simulated years of one municipality (50 schools, 1,500 referrals). */
function riskBench(f: (id: string) => Fn) {
  const one = municipality(...SCALES.municipality);
  const models = ALL_MODELS[0];
  const per_model_ms: Record<string, number> = {};
  for (const model of models) {
    const call = () => f("RISK")(model, one.schools, one.referrals, one.budget, one.settings, 1000, 1);
    const result = call() as unknown[][];
    if (!Array.isArray(result) || result.flat().some((cell) => typeof cell !== "number" && typeof cell !== "string")) throw new Error(`RISK failed for ${model}`);
    per_model_ms[model] = median(call, undefined, 3);
  }
  const all_six_models_ms = Math.round(Object.values(per_model_ms).reduce((a, b) => a + b, 0));
  const slowest_model_ms = Math.max(...Object.values(per_model_ms));
  const within = { all_six_models: all_six_models_ms <= RISK_TARGETS.all_six_models, one_model: slowest_model_ms <= RISK_TARGETS.one_model };
  log(`RISK, 1,000 runs, 50 schools, 1,500 referrals: ${JSON.stringify(per_model_ms)} ms; all six ${all_six_models_ms} ms; targets ${JSON.stringify(RISK_TARGETS)} met: ${JSON.stringify(within)}`);
  return { runs: 1000, per_model_ms, all_six_models_ms, slowest_model_ms, targets_ms: RISK_TARGETS, within_targets: within };
}

function main(): void {
  const { implementations, metadata } = loadBundle();
  const associated = (id: string): Fn => {
    const fn = implementations.get(id);
    if (!fn) throw new Error(`${id} is not in dist/functions.js`);
    return fn;
  };
  const measure = (cases: typeof CASES) => {
    const out: Record<string, { ms: number; reference_ms: number; ratio: number }> = {};
    for (const [name, [call, reference]] of Object.entries(cases)) {
      const result = call(associated);
      if (!Array.isArray(result) && typeof result !== "number") throw new Error(`${name} answered ${JSON.stringify(result)}`);
      const ms = median(() => call(associated));
      const referenceMs = median(reference);
      out[name] = { ms, reference_ms: referenceMs, ratio: Math.round((ms / Math.max(referenceMs, 0.01)) * 10) / 10 };
      log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(9)} ms   reference ${referenceMs.toFixed(1).padStart(7)} ms   ×${out[name].ratio}`);
    }
    return out;
  };
  const functions = measure(CASES);
  const aggregates = measure(AGGREGATES);
  const bundles = { functions_gzip_bytes: gzip(path.join(DIST, "functions.js")), taskpane_gzip_bytes: taskpaneBytes() };
  log(`bundles: functions.js ${bundles.functions_gzip_bytes} B gzip, task pane ${bundles.taskpane_gzip_bytes} B gzip`);
  const comparing = comparingBench(associated);
  const risk = riskBench(associated);
  const engine = engineBench(implementations, metadata);
  log(`engine, ${ROWS} rows, recalculation after editing every input: SPU formula ${engine.spu_formula_ms} ms, native formulas ${engine.native_formula_ms} ms`);
  log(`engine, recalculation after editing one input: SPU formula ${engine.single_cell_edit.spu_formula_ms} ms, native formulas ${engine.single_cell_edit.native_formula_ms} ms`);
  console.log(JSON.stringify({ rows: ROWS, functions, aggregates, comparing, risk, bundles, engine }));
}

main();
