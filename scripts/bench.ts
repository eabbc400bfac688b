/**
 * npm run bench [-- --json]: what exact arithmetic costs. Each elementwise and allocation function
 * of the built dist/functions.js is called over 100,000 rows through the adapter Excel calls,
 * beside a plain-number reference of the same formula; one SPU formula over 100,000 rows is
 * recalculated in HyperFormula beside the same calculation as native per-row formulas; and the
 * bundles' gzip sizes are measured. With --json the last line is one JSON object.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { loadFunctions } from "../test/engine/load-functions";
import { createSpuEngine } from "../test/engine/spu-engine";

const ROWS = 100000;
const RUNS = 5;
const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const json = process.argv.includes("--json");
const log = (line: string) => !json && console.log(line);

/** Median milliseconds of `RUNS` calls of `timed` after one warm-up; `setup` runs untimed before each. */
function median(timed: () => unknown, setup?: () => void): number {
  setup?.();
  timed();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    setup?.();
    const start = process.hrtime.bigint();
    timed();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 100) / 100;
}

/** A seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = random(42);
const list = <T>(make: () => T): T[] => Array.from({ length: ROWS }, make);
const col = (values: unknown[]) => values.map((v) => [v]);

const costs = list(() => Math.round(50000 + rng() * 1200000));
const fractions = list(() => [1, 0.75, 0.5, 0.25][Math.floor(rng() * 4)]);
const pupils = list(() => 100 + Math.floor(rng() * 700));
const socio = list(() => Math.round(60 + rng() * 100) / 100);
const hours = list(() => Math.floor(rng() * 20));
const flags = list(() => (rng() < 0.3 ? "ja" : "nej"));
const starts = list(() => 45505 + Math.floor(rng() * 300)); // from 1 Aug 2024
const ends = starts.map((s) => s + 30 + Math.floor(rng() * 400));
const periodStart = 45658; // 1 Jan 2025
const periodEnd = 45838; // 30 Jun 2025

const ore = (x: number) => Math.round(x * 100) / 100;

/** Plain-number largest remainder: whole units, ties to the earlier row. */
function largestRemainder(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (amount * w) / sum);
  const out = raw.map(Math.floor);
  let left = amount - out.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => [r - out[i], i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k][1]] += 1;
  return out;
}
function mixed(a: number[], b: number[], wa: number): number[] {
  const [sa, sb] = [a.reduce((s, v) => s + v, 0), b.reduce((s, v) => s + v, 0)];
  return a.map((x, i) => (wa * x) / sa + ((1 - wa) * b[i]) / sb);
}
function roskildeSchool(k: number): number {
  return ore(Math.min(Math.min(k, 354000) + 0.25 * Math.max(0, k - 354000), 666000));
}
function periodCost(annual: number, start: number, end: number): number {
  const a = Math.max(start, periodStart);
  const b = Math.min(end, periodEnd);
  if (a > b) return 0;
  let cost = 0;
  for (let s = a; s <= b; ) {
    const year = new Date(Date.UTC(1899, 11, 30) + s * 86400000).getUTCFullYear();
    const yearEnd = (Date.UTC(year, 11, 31) - Date.UTC(1899, 11, 30)) / 86400000;
    const days = Math.min(b, yearEnd) - s + 1;
    cost += (annual * days) / (year % 4 === 0 ? 366 : 365);
    s += days;
  }
  return ore(cost);
}

/** id → [the arguments Excel would pass, the plain-number reference]. */
const CASES: Record<string, [unknown[], () => unknown]> = {
  ROSKILDE_COST: [[col(costs)], () => costs.map(roskildeSchool)],
  ROSKILDE_CENTRAL: [[col(costs)], () => costs.map((k) => ore(k - roskildeSchool(k)))],
  VIBORG_COST: [[col(costs), col(fractions)], () => fractions.map((f) => ore(135000 * f))],
  VIBORG_CENTRAL: [[col(costs), col(fractions)], () => costs.map((k, i) => ore(k - 135000 * fractions[i]))],
  VIBORG_ALLOCATION: [[50000000, col(pupils), col(socio), 0.6], () => largestRemainder(50000000, mixed(pupils, socio, 0.6))],
  HJORRING_SHARE: [[300000000, col(pupils), col(socio)], () => largestRemainder(300000000, mixed(pupils, socio, 0.7))],
  HJORRING_BALANCE: [[col(costs), col(fractions)], () => costs.map((s, i) => ore(s - fractions[i] * 293000))],
  AALBORG_PLACES: [[250000, col(pupils), col(socio), 0.5], () => largestRemainder(250000, mixed(pupils, socio, 0.5))],
  AALBORG_SETTLEMENT: [[1000, 800, 310000, col(pupils)], () => largestRemainder(200 * 310000, pupils)],
  NORDFYNS_SCHOOL_DRAW: [
    [1000000000, col(costs), 0, col(pupils)],
    () => largestRemainder(Math.max(0, costs.reduce((s, v) => s + v, 0) - 1000000000), pupils),
  ],
  HORSHOLM_DECENTRAL: [[12000000, col(pupils)], () => largestRemainder(12000000, pupils)],
  HORSHOLM_PERIOD_COST: [[col(costs), col(starts), col(ends), periodStart, periodEnd], () => costs.map((k, i) => periodCost(k, starts[i], ends[i]))],
  ALLOCATE: [[100000000, col(pupils)], () => largestRemainder(100000000, pupils)],
  SUPPORT_CATEGORY: [[col(hours)], () => hours.map((h) => (h >= 9 ? "specialundervisning" : "almen"))],
  EFTERSKOLE_CATEGORY: [
    [col(flags), col(flags.slice().reverse()), col(flags)],
    () => flags.map((f, i) => (f === "ja" && flags[i] === "ja" ? (flags[ROWS - 1 - i] === "ja" ? 2 : 1) : 0)),
  ],
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

function engineBench(implementations: ReturnType<typeof loadFunctions>["implementations"], metadata: ReturnType<typeof loadFunctions>["metadata"]) {
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

function main(): void {
  const { implementations, metadata } = loadFunctions({ dist: DIST });
  const functions: Record<string, { ms: number; reference_ms: number; ratio: number }> = {};
  for (const [id, [args, reference]] of Object.entries(CASES)) {
    const fn = implementations.get(id);
    if (!fn) throw new Error(`${id} is not in dist/functions.js`);
    const ms = median(() => fn(...args));
    const referenceMs = median(reference);
    functions[id] = { ms, reference_ms: referenceMs, ratio: Math.round((ms / Math.max(referenceMs, 0.01)) * 10) / 10 };
    log(`${id.padEnd(22)} ${ms.toFixed(1).padStart(9)} ms   reference ${referenceMs.toFixed(1).padStart(7)} ms   ×${functions[id].ratio}`);
  }
  const bundles = { functions_gzip_bytes: gzip(path.join(DIST, "functions.js")), taskpane_gzip_bytes: taskpaneBytes() };
  log(`bundles: functions.js ${bundles.functions_gzip_bytes} B gzip, task pane ${bundles.taskpane_gzip_bytes} B gzip`);
  const engine = engineBench(implementations, metadata);
  log(`engine, ${ROWS} rows, recalculation after editing every input: SPU formula ${engine.spu_formula_ms} ms, native formulas ${engine.native_formula_ms} ms`);
  log(`engine, recalculation after editing one input: SPU formula ${engine.single_cell_edit.spu_formula_ms} ms, native formulas ${engine.single_cell_edit.native_formula_ms} ms`);
  console.log(JSON.stringify({ rows: ROWS, functions, bundles, engine }));
}

main();
