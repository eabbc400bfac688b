import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { nameKey } from "../money/names";
import { COMPARED, ModelId } from "../municipalities";
import { Calc, DECIMAL, EXACT, Exact, NOT_EXACT, Num } from "../money/calc";
import { MAX_SAFE, POW10 } from "../money/fixed";
import { Comparison, ExtraReferral, Model, Positions, SettingReader, SettingSpec, Split, Tally, Terms, decimalPositions, toDecimal } from "./contribution";
import { Municipality } from "./municipality";

/**
 * The six models of the catalogue applied to one municipality's own schools, referrals and
 * budget: what each school's net position would be (what it receives for special education
 * minus what it pays for its referrals) and what stays with the centre. Under every model the
 * school positions plus the centre's sum to budget − total referral cost: each model only
 * decides who receives which part of the budget and who pays which part of each referral.
 */

export const MODEL_IDS: readonly ModelId[] = COMPARED.map((c) => c.id);

/** A model by its municipality's name, case-insensitive, ø also written o or oe. */
export function parseModel(text: string): ModelId | undefined {
  const key = nameKey(text).replace(/ø|oe/g, "o");
  return MODEL_IDS.find((id) => id === key);
}

/** Every setting of the comparison by its full name (`viborg.rate`), with its spec. */
export const SETTINGS: ReadonlyMap<string, SettingSpec> = new Map(
  COMPARED.flatMap((c) => Object.entries<SettingSpec>(c.settings).map(([key, spec]) => [`${c.id}.${key}`, spec] as const))
);

/**
 * A setting's given value by its full name, or undefined when it is not given. Reading a setting
 * whose given value is not valid throws, so the error stays in the column of the model that reads it.
 */
export type Settings = (name: string) => Decimal | undefined;

function comparison(id: ModelId): Comparison<ModelId, string> {
  return COMPARED.find((c) => c.id === id) as unknown as Comparison<ModelId, string>;
}

function reader(c: Comparison<ModelId, string>, settings: Settings): SettingReader<string> {
  const given = (key: string) => settings(`${c.id}.${key}`);
  return {
    given,
    get: (key) => {
      const value = given(key);
      if (value !== undefined) return value;
      const fallback = c.settings[key].default;
      return fallback !== undefined ? new Decimal(fallback) : fail("value", "missingSetting", { param: "settings", value: `${c.id}.${key}` });
    },
  };
}

function model(id: ModelId, m: Municipality, settings: Settings): Model {
  const c = comparison(id);
  return c.model(m, reader(c, settings));
}

/** A referral on a calculator: its school and its terms. */
type OnCalc<N> = Terms<N> & { school: number };

/**
 * Each municipality's referrals on EXACT (null: one does not fit), converted once for every model
 * and setting: SOLVE and SENSITIVITY settle many times.
 */
const exactReferrals = new WeakMap<Municipality, OnCalc<Exact>[] | null>();

function referralsOn<N extends Num<N>>(calc: Calc<N>, m: Municipality): OnCalc<N>[] {
  if ((calc as unknown) === DECIMAL) return decimalReferrals(m) as unknown as OnCalc<N>[];
  if (!exactReferrals.has(m)) {
    try {
      exactReferrals.set(m, m.referrals.map((r) => ({ school: r.school, offer: r.offer, cost: EXACT.of(r.cost), fraction: EXACT.of(r.fraction) })));
    } catch (error) {
      if (error !== NOT_EXACT) throw error;
      exactReferrals.set(m, null);
    }
  }
  const exact = exactReferrals.get(m);
  if (!exact) throw NOT_EXACT;
  return exact as unknown as OnCalc<N>[];
}

/** A Decimal of at most 15 significant digits (any number read from a cell) survives the trip through a double, with no Decimal arithmetic. */
const decimalReferralsOf = new WeakMap<Municipality, OnCalc<Decimal>[]>();

/** Each municipality's referrals on DECIMAL, converted once for every model. */
function decimalReferrals(m: Municipality): OnCalc<Decimal>[] {
  let converted = decimalReferralsOf.get(m);
  if (!converted) {
    converted = m.referrals.map((r) => ({ school: r.school, offer: r.offer, cost: new Decimal(r.cost), fraction: new Decimal(r.fraction) }));
    decimalReferralsOf.set(m, converted);
  }
  return converted;
}

/**
 * Each referral's tallied amounts as whole numbers, one scale per amount (n·10^-scale): what its
 * school pays, its cost, and its pupil-years and cost where the model counts it.
 */
interface Columns {
  cost: Float64Array;
  paid: Float64Array;
  years: Float64Array;
  counted: Float64Array;
  scale: { cost: number; paid: number; years: number };
}

/**
 * One pass splitting each referral, kept as integers and scales in typed columns (no split kept
 * alive: 35,000 of them would outlive the young generation), then one bringing each column to its
 * largest scale; NOT_EXACT when an amount passes 2^53.
 */
function columnsOf(referrals: readonly OnCalc<Exact>[], split: (referral: OnCalc<Exact>) => Split<Exact>): Columns {
  const n = referrals.length;
  const c = { cost: new Float64Array(n), paid: new Float64Array(n), years: new Float64Array(n), counted: new Float64Array(n), scale: { cost: 0, paid: 0, years: 0 } };
  const places = { cost: new Int8Array(n), paid: new Int8Array(n), years: new Int8Array(n) };
  const { scale } = c;
  for (let j = 0; j < n; j++) {
    const { cost, fraction } = referrals[j];
    const { paid, counted } = split(referrals[j]);
    c.cost[j] = cost.n;
    places.cost[j] = cost.s;
    c.paid[j] = paid.n;
    places.paid[j] = paid.s;
    scale.cost = Math.max(scale.cost, cost.s);
    scale.paid = Math.max(scale.paid, paid.s);
    if (counted) {
      c.years[j] = fraction.n;
      places.years[j] = fraction.s;
      c.counted[j] = 1;
      scale.years = Math.max(scale.years, fraction.s);
    }
  }
  let largest = 0;
  for (let j = 0; j < n; j++) {
    c.cost[j] *= POW10[scale.cost - places.cost[j]];
    c.paid[j] *= POW10[scale.paid - places.paid[j]];
    c.years[j] *= POW10[scale.years - places.years[j]];
    c.counted[j] *= c.cost[j];
    largest = Math.max(largest, Math.abs(c.cost[j]), Math.abs(c.paid[j]), c.years[j]);
  }
  if (!(largest <= MAX_SAFE)) throw NOT_EXACT;
  return c;
}

/** What is done with a tally, on whichever calculator it was summed. */
type Use<R> = <N extends Num<N>>(calc: Calc<N>, tally: Tally<N>) => R;

/**
 * How a model tallies any selection of a municipality's referrals (a sum per school of what the
 * schools pay and of the counted pupil-years and cost) and uses the tally: on EXACT, from whole
 * numbers (each referral's amounts scaled once) summed by plain additions, where every amount and
 * sum fits below 2^53 and `use` does not leave EXACT; else on DECIMAL. Both exact, so the same result.
 */
function tallier(rules: Model, m: Municipality): <R>(drawn: ArrayLike<number>, schoolOf: ArrayLike<number>, use: Use<R>) => R {
  let columns: Columns | null;
  try {
    const referrals = referralsOn(EXACT, m);
    columns = columnsOf(referrals, rules.split(EXACT));
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    columns = null;
  }
  let decimal: { referrals: OnCalc<Decimal>[]; parts: Split<Decimal>[] } | undefined;
  return (drawn, schoolOf, use) => {
    const whole = columns ? wholeTally(columns, m.schools.length, drawn, schoolOf) : undefined;
    if (whole) {
      try {
        return use(EXACT, whole);
      } catch (error) {
        if (error !== NOT_EXACT) throw error;
        // The tally is exact; only `use` left EXACT (Hjørring's cost × years at national scale).
        return use(DECIMAL, decimalTallyOf(whole));
      }
    }
    if (!decimal) {
      const referrals = decimalReferrals(m);
      decimal = { referrals, parts: referrals.map(rules.split(DECIMAL)) };
    }
    return use(DECIMAL, decimalTally(decimal.referrals, decimal.parts, m.schools.length, drawn, schoolOf));
  };
}

/**
 * The tally of the referrals `drawn` (indices into the municipality's), referral k by school
 * `schoolOf[k]`, on whole numbers; undefined when a sum may pass 2^53. Every partial sum is at
 * most its column's sum of absolute values, so those sums below 2^53 make every sum exact.
 */
function wholeTally(c: Columns, n: number, drawn: ArrayLike<number>, schoolOf: ArrayLike<number>): Tally<Exact> | undefined {
  const paid = new Array<number>(n).fill(0);
  const years = new Array<number>(n).fill(0);
  const cost = new Array<number>(n).fill(0);
  let [total, costBound, paidBound, yearsBound] = [0, 0, 0, 0];
  for (let k = 0; k < drawn.length; k++) {
    const j = drawn[k];
    const i = schoolOf[k];
    total += c.cost[j];
    costBound += Math.abs(c.cost[j]);
    paidBound += Math.abs(c.paid[j]);
    yearsBound += Math.abs(c.years[j]);
    paid[i] += c.paid[j];
    years[i] += c.years[j];
    cost[i] += c.counted[j];
  }
  if (!(costBound <= MAX_SAFE && paidBound <= MAX_SAFE && yearsBound <= MAX_SAFE)) return undefined;
  return {
    paid: paid.map((x) => new Exact(x, c.scale.paid)),
    years: years.map((x) => new Exact(x, c.scale.years)),
    cost: cost.map((x) => new Exact(x, c.scale.cost)),
    total: new Exact(total, c.scale.cost),
  };
}

/** A tally on either calculator as the same tally on DECIMAL. */
function decimalTallyOf<N extends Num<N>>(t: Tally<N>): Tally {
  return { paid: t.paid.map(toDecimal), years: t.years.map(toDecimal), cost: t.cost.map(toDecimal), total: toDecimal(t.total) };
}

/** The same tally on DECIMAL. */
function decimalTally(terms: readonly Terms<Decimal>[], parts: readonly Split<Decimal>[], n: number, drawn: ArrayLike<number>, schoolOf: ArrayLike<number>): Tally {
  const paid = new Array<Decimal>(n).fill(DECIMAL.zero);
  const years = new Array<Decimal>(n).fill(DECIMAL.zero);
  const cost = new Array<Decimal>(n).fill(DECIMAL.zero);
  let total = DECIMAL.zero;
  for (let k = 0; k < drawn.length; k++) {
    const referral = terms[drawn[k]];
    const part = parts[drawn[k]];
    const i = schoolOf[k];
    total = total.plus(referral.cost);
    paid[i] = paid[i].plus(part.paid);
    if (part.counted) {
      years[i] = years[i].plus(referral.fraction);
      cost[i] = cost[i].plus(referral.cost);
    }
  }
  return { paid, years, cost, total };
}

/** This year's tally, every referral by its own school, used as `use` says. */
function thisYear<R>(rules: Model, m: Municipality, use: Use<R>): R {
  return tallier(rules, m)(
    m.referrals.map((_, j) => j),
    m.referrals.map((r) => r.school),
    use
  );
}

/**
 * SPU.COMPARE's core: the positions under one model. Throws what keeps the model from computing
 * (a missing setting, keys that are all zero), so the caller can confine it to that model.
 */
export function modelPositions(id: ModelId, m: Municipality, settings: Settings): Positions {
  const rules = model(id, m, settings);
  return thisYear(rules, m, (calc, t) => decimalPositions(rules.settle(calc, t)));
}

/**
 * The incentive: for each school, how much lower its net position would be under the model if it
 * referred one more pupil (`extra`), everything else equal: the change SPU.COMPARE would show in
 * that school's row. It is the school's own payment for the referral plus its share of what the
 * model's shared money loses (Roskilde's extra compensation and Viborg's extra residual come out
 * of the schools' pool; Hjørring's default rate moves with the year's average cost; Aalborg's
 * places are settled by key; Nordfyns' overrun is drawn by key). One settlement and one
 * withExtra: linear in schools + referrals.
 */
export function marginalCosts(id: ModelId, m: Municipality, settings: Settings, extra: ExtraReferral): Decimal[] {
  const rules = model(id, m, settings);
  const base = thisYear(rules, m, (_, t) => decimalTallyOf(t));
  const before = rules.settle(DECIMAL, base).schools;
  const after = rules.withExtra(base, extra);
  return before.map((b, i) => b.minus(after[i]));
}

/**
 * SPU.RISK's core: one model settling simulated years whose referrals are drawn from the
 * municipality's own, a year being `drawn` (indices into its referrals), referral k by school
 * `schoolOf[k]`. The model's rules and each referral's split are computed once, for every year:
 * no model reads the referrals but through the tally, and each splits a referral by its terms alone.
 */
export function yearSettler(id: ModelId, m: Municipality, settings: Settings): (drawn: ArrayLike<number>, schoolOf: ArrayLike<number>) => Positions<Exact | Decimal> {
  const rules = model(id, m, settings);
  const year = tallier(rules, m);
  return (drawn, schoolOf) => year(drawn, schoolOf, (calc, t): Positions<Exact | Decimal> => rules.settle(calc, t) as Positions<never>);
}
