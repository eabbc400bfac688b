import { NumberRule } from "../excel/args";
import { Calc, DECIMAL, Exact, NOT_EXACT, Num } from "../money/calc";
import { Decimal, ZERO } from "../money/decimal";
import { fixedOf } from "../money/fixed";
import { OfferType } from "../money/offers";
import { Municipality, OptionalSchoolColumn } from "./municipality";

/**
 * What one model contributes to the comparison (SPU.COMPARE, SPU.MARGINAL_COST): its settings,
 * declared once (name, rule, the seed's default), and how it splits each referral and settles
 * the year. The engine (engine.ts) runs every contribution the registry lists.
 */

/** A setting of the comparison, `<model>.<key>` in the settings table. */
export interface SettingSpec {
  readonly rule: NumberRule;
  /** The seed's figure; none and not `fromData`: the setting is required. */
  readonly default?: number;
  /** A blank is computed from the municipality's own data (an average rate, the places used). */
  readonly fromData?: boolean;
}

/** A model's settings as its rules read them. */
export interface SettingReader<K extends string> {
  /** The value given, else the seed's default; a required setting not given raises an error naming it. */
  get(key: K): Decimal;
  /** The value given, or undefined (for settings computed from the data when blank). */
  given(key: K): Decimal | undefined;
}

/** Each school's net position and what stays with the centre, on a calculator (Decimal unless said). */
export interface Positions<N = Decimal> {
  schools: N[];
  centre: N;
  /** What the schools paid for their referrals, together; the centre paid the rest of their cost. */
  paid: N;
}

/** A referral's terms on a calculator, as a model's per-referral rule reads them: no model asks which school. */
export interface Terms<N> {
  offer: OfferType;
  cost: N;
  fraction: N;
}

/** One more referral, by any school: its offer, its cost in the year and its part of the year. */
export type ExtraReferral = Terms<Decimal>;

/** What the school pays for one referral when it pays per referral, and whether the model counts the referral. */
export interface Split<N> {
  paid: N;
  counted: boolean;
}

/** The referrals summed per school, as a model's settlement reads them, on a calculator (Decimal unless said). */
export interface Tally<N = Decimal> {
  /** What each school paid for its referrals by the model's per-referral rule (to the øre). */
  paid: N[];
  /** Pupil-years of the referrals the model counts (Hjørring: all; Aalborg: area offers). */
  years: N[];
  /** The cost of those counted referrals. */
  cost: N[];
  /** The cost of every referral. */
  total: N;
}

export interface Model {
  /** The per-referral rule on a calculator: the engine sums the referrals on EXACT where their numbers fit, else on DECIMAL. */
  split<N extends Num<N>>(calc: Calc<N>): (referral: Terms<N>) => Split<N>;
  /**
   * The year settled on a calculator: the engine settles on EXACT where every number fits (SPU.RISK
   * settles a thousand years), else on DECIMAL; both exact, so the same positions.
   */
  settle<N extends Num<N>>(calc: Calc<N>, tally: Tally<N>): Positions<N>;
  /**
   * Element i: school i's net position had school i alone referred `extra` as well, exactly as
   * settle would give it on that tally, but for all schools in time linear in their number
   * (SPU.MARGINAL_COST), not one settlement per school.
   */
  withExtra(tally: Tally, extra: ExtraReferral): Decimal[];
}

export interface Comparison<Id extends string, K extends string> {
  /** The model id, lower case: the prefix of its settings and its name in SPU.MARGINAL_COST. */
  readonly id: Id;
  /** The municipality's name, as the comparison's header shows it. */
  readonly title: string;
  readonly settings: Readonly<Record<K, SettingSpec>>;
  /** The optional columns of the schools table this model reads (so the pane marks them required for it). */
  readonly needs: readonly OptionalSchoolColumn[];
  model(m: Municipality, settings: SettingReader<K>): Model;
}

/**
 * Schools receive `received` (what an allocation gave them) and pay `paid`; the centre keeps the
 * rest of the budget and pays the rest of the referrals' cost. This is the one place positions
 * are formed, so budget neutrality holds by construction.
 */
export function positions<N extends Num<N>>(calc: Calc<N>, budget: Decimal, received: readonly number[], paid: readonly N[], total: N): Positions<N> {
  const schoolsPaid = sumOn(calc, paid);
  const got = received.map((r) => calc.of(r));
  return {
    schools: got.map((r, i) => r.minus(paid[i])),
    centre: on(calc, budget).minus(sumOn(calc, got)).minus(total.minus(schoolsPaid)),
    paid: schoolsPaid,
  };
}

export function sumOn<N extends Num<N>>(calc: Calc<N>, values: readonly N[]): N {
  let total = calc.zero;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A number on either calculator as the Decimal it is exactly: n·10^-s read as such, a division would cost more. */
export function toDecimal(value: Exact | Decimal): Decimal;
export function toDecimal<N extends Num<N>>(value: N): Decimal;
export function toDecimal(value: unknown): Decimal {
  if (!(value instanceof Exact)) return value as Decimal;
  return value.n === 0 ? ZERO : new Decimal(value.s === 0 ? value.n : `${value.n}e-${value.s}`);
}

/** Positions on a calculator as Decimals. */
export function decimalPositions(p: Positions<Exact | Decimal>): Positions;
export function decimalPositions<N extends Num<N>>(p: Positions<N>): Positions;
export function decimalPositions(p: Positions<Exact | Decimal>): Positions {
  return { schools: p.schools.map((v) => toDecimal(v)), centre: toDecimal(p.centre), paid: toDecimal(p.paid) };
}

/**
 * withExtra where what each school receives does not depend on which school referred (a pool
 * shared by fixed keys): `received` is what the schools receive once the extra referral is made,
 * and each school pays its own `extraPaid` on top of what it paid. The same arithmetic as
 * positions() on the tally with the referral added.
 */
export function ownPayment(received: readonly Decimal[], paid: readonly Decimal[], extraPaid: Decimal): Decimal[] {
  return received.map((r, i) => r.minus(paid[i].plus(extraPaid)));
}

/** A setting on a calculator: itself on DECIMAL; EXACT throws NOT_EXACT where it cannot hold it. */
export function on<N extends Num<N>>(calc: Calc<N>, value: Decimal): N {
  if ((calc as unknown) === DECIMAL) return value as unknown as N;
  const fixed = fixedOf(value);
  if (!fixed) throw NOT_EXACT;
  return new Exact(fixed.n, fixed.s) as unknown as N;
}

/** Parts computed as plain numbers (allocations) as the Decimals positions are formed from. */
export function decimals(values: readonly number[]): Decimal[] {
  return values.map((v) => new Decimal(v));
}
