import { Decimal, ZERO } from "../money/decimal";
import { fail } from "../money/errors";
import { nameKey } from "../money/names";
import { COMPARED, ModelId } from "../municipalities";
import { Calc, DECIMAL, EXACT, Exact, NOT_EXACT, Num } from "../money/calc";
import { MAX_SAFE, POW10 } from "../money/fixed";
import { Comparison, ExtraReferral, Model, Positions, SettingReader, SettingSpec, Split, Tally, Terms } from "./contribution";
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

/** One tallied amount of every referral as whole numbers at one scale (n·10^-scale), and the largest of them. */
interface Scaled {
  n: number[];
  scale: number;
  largest: number;
}

function scaled(values: readonly Exact[]): Scaled {
  const scale = values.reduce((top, v) => Math.max(top, v.s), 0);
  const n = values.map((v) => v.n * POW10[scale - v.s]);
  const largest = n.reduce((top, x) => Math.max(top, Math.abs(x)), 0);
  if (!(largest <= MAX_SAFE)) throw NOT_EXACT;
  return { n, scale, largest };
}


/** n·10^-scale read as such: a division would cost more than the whole tally (and most sums of a model that counts nothing are 0). */
function fromScaled(n: number, scale: number): Decimal {
  return n === 0 ? ZERO : new Decimal(scale === 0 ? n : `${n}e-${scale}`);
}

/** Each referral's four tallied amounts on whole numbers: what its school pays, and its cost and pupil-years if counted. */
interface Columns {
  cost: Scaled;
  paid: Scaled;
  years: Scaled;
  counted: Scaled;
}

/**
 * How a model tallies any selection of a municipality's referrals: a sum per school of what the
 * schools pay and of the counted pupil-years and cost. On whole numbers (each referral's amounts
 * scaled once, EXACT's arithmetic) where every amount and sum fits below 2^53, plain additions;
 * else on DECIMAL: both exact, so the same sums.
 */
function tallier(rules: Model, m: Municipality): (drawn: ArrayLike<number>, schoolOf: ArrayLike<number>) => Tally {
  let columns: Columns | null;
  try {
    const referrals = referralsOn(EXACT, m);
    const parts = referrals.map(rules.split(EXACT));
    columns = {
      cost: scaled(referrals.map((r) => r.cost)),
      paid: scaled(parts.map((p) => p.paid)),
      years: scaled(referrals.map((r, j) => (parts[j].counted ? r.fraction : EXACT.zero))),
      counted: scaled(referrals.map((r, j) => (parts[j].counted ? r.cost : EXACT.zero))),
    };
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    columns = null;
  }
  let decimal: { referrals: OnCalc<Decimal>[]; parts: Split<Decimal>[] } | undefined;
  return (drawn, schoolOf) => {
    if (columns && drawn.length * Math.max(columns.cost.largest, columns.paid.largest, columns.years.largest) <= MAX_SAFE) {
      return wholeTally(columns, m.schools.length, drawn, schoolOf);
    }
    if (!decimal) {
      const referrals = decimalReferrals(m);
      decimal = { referrals, parts: referrals.map(rules.split(DECIMAL)) };
    }
    return decimalTally(decimal.referrals, decimal.parts, m.schools.length, drawn, schoolOf);
  };
}

/** The tally of the referrals `drawn` (indices into the municipality's), referral k by school `schoolOf[k]`, on whole numbers. */
function wholeTally(c: Columns, n: number, drawn: ArrayLike<number>, schoolOf: ArrayLike<number>): Tally {
  const paid = new Array<number>(n).fill(0);
  const years = new Array<number>(n).fill(0);
  const cost = new Array<number>(n).fill(0);
  let total = 0;
  for (let k = 0; k < drawn.length; k++) {
    const j = drawn[k];
    const i = schoolOf[k];
    total += c.cost.n[j];
    paid[i] += c.paid.n[j];
    years[i] += c.years.n[j];
    cost[i] += c.counted.n[j];
  }
  return {
    paid: paid.map((x) => fromScaled(x, c.paid.scale)),
    years: years.map((x) => fromScaled(x, c.years.scale)),
    cost: cost.map((x) => fromScaled(x, c.counted.scale)),
    total: fromScaled(total, c.cost.scale),
  };
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

/** This year's tally: every referral, by its own school. */
function tally(rules: Model, m: Municipality): Tally {
  return tallier(rules, m)(
    m.referrals.map((_, j) => j),
    m.referrals.map((r) => r.school)
  );
}

/**
 * SPU.COMPARE's core: the positions under one model. Throws what keeps the model from computing
 * (a missing setting, keys that are all zero), so the caller can confine it to that model.
 */
export function modelPositions(id: ModelId, m: Municipality, settings: Settings): Positions {
  const rules = model(id, m, settings);
  return rules.settle(tally(rules, m));
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
  const base = tally(rules, m);
  const before = rules.settle(base).schools;
  const after = rules.withExtra(base, extra);
  return before.map((b, i) => b.minus(after[i]));
}

/**
 * SPU.RISK's core: one model settling simulated years whose referrals are drawn from the
 * municipality's own, a year being `drawn` (indices into its referrals), referral k by school
 * `schoolOf[k]`. The model's rules and each referral's split are computed once, for every year:
 * no model reads the referrals but through the tally, and each splits a referral by its terms alone.
 */
export function yearSettler(id: ModelId, m: Municipality, settings: Settings): (drawn: ArrayLike<number>, schoolOf: ArrayLike<number>) => Positions {
  const rules = model(id, m, settings);
  const tallyOf = tallier(rules, m);
  return (drawn, schoolOf) => rules.settle(tallyOf(drawn, schoolOf));
}
