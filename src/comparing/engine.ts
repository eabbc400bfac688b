import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { nameKey } from "../money/names";
import { COMPARED, ModelId } from "../municipalities";
import { Calc, DECIMAL, EXACT, Exact, NOT_EXACT, Num, exactly } from "../money/calc";
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

function toDecimal<N extends Num<N>>(value: N): Decimal {
  // n·10^-s read as such: a division would cost more than the whole tally.
  return value instanceof Exact ? new Decimal(value.s === 0 ? value.n : `${value.n}e-${value.s}`) : (value as unknown as Decimal);
}

/**
 * The referrals summed per school, accumulated in place: one pass, linear in schools + referrals.
 * On EXACT (scaled integers) where every number fits, else on DECIMAL: both exact, so the same sums.
 */
function tally(m: Model, municipality: Municipality): Tally {
  return exactly((calc) => tallyOn(calc, m.split(calc), municipality));
}

function tallyOn<N extends Num<N>>(calc: Calc<N>, split: (r: Terms<N>) => Split<N>, municipality: Municipality): Tally {
  const n = municipality.schools.length;
  const paid = new Array<N>(n).fill(calc.zero);
  const years = new Array<N>(n).fill(calc.zero);
  const cost = new Array<N>(n).fill(calc.zero);
  let total = calc.zero;
  for (const referral of referralsOn(calc, municipality)) {
    const part = split(referral);
    const i = referral.school;
    total = total.plus(referral.cost);
    paid[i] = paid[i].plus(part.paid);
    if (part.counted) {
      years[i] = years[i].plus(referral.fraction);
      cost[i] = cost[i].plus(referral.cost);
    }
  }
  return { paid: paid.map(toDecimal), years: years.map(toDecimal), cost: cost.map(toDecimal), total: toDecimal(total) };
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
