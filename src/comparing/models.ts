import { allocate } from "../money/allocate";
import { DECIMAL } from "../money/calc";
import { aalborgPlaces, aalborgSettlementByArea } from "../municipalities/aalborg/rules";
import { Decimal, ZERO, roundTo, sum } from "../money/decimal";
import { fail } from "../money/errors";
import { hjorringRate, hjorringShares, HJORRING_DEFAULTS } from "../municipalities/hjorring/rules";
import { horsholmDecentral } from "../municipalities/horsholm/rules";
import { Municipality, Referral, schoolAreas, schoolColumn } from "./municipality";
import { nameKey } from "../money/names";
import { nordfynsSchoolDraws } from "../municipalities/nordfyns/rules";
import { ROSKILDE_DEFAULTS, RoskildeRules, roskildeSchoolPayment } from "../municipalities/roskilde/rules";
import { VIBORG_DEFAULTS, viborgAllocation, viborgSchoolPayment } from "../municipalities/viborg/rules";

/**
 * The six models of the catalogue applied to one municipality's own schools, referrals and
 * budget: what each school's net position would be (what it receives for special education
 * minus what it pays for its referrals) and what stays with the centre. Under every model the
 * school positions plus the centre's sum to budget − total referral cost: each model only
 * decides who receives which part of the budget and who pays which part of each referral.
 */

export const MODELS = ["nordfyns", "horsholm", "aalborg", "roskilde", "viborg", "hjorring"] as const;
export type ModelId = (typeof MODELS)[number];

/** The municipality names, as the comparison's header shows them. */
export const MODEL_TITLES: Record<ModelId, string> = {
  nordfyns: "Nordfyns",
  horsholm: "Hørsholm",
  aalborg: "Aalborg",
  roskilde: "Roskilde",
  viborg: "Viborg",
  hjorring: "Hjørring",
};

/** A model by its municipality's name, case-insensitive, ø also written o or oe. */
export function parseModel(text: string): ModelId | undefined {
  const key = text.trim().toLowerCase().replace(/ø|oe/g, "o");
  return MODELS.find((id) => id === key);
}

export const SETTING_NAMES = [
  "roskilde.threshold",
  "roskilde.compensation",
  "roskilde.treatment_threshold",
  "roskilde.treatment_compensation",
  "roskilde.cap",
  "viborg.rate",
  "viborg.class_weight",
  "hjorring.pupil_weight",
  "hjorring.rate",
  "aalborg.pupil_weight",
  "aalborg.places",
  "aalborg.price",
  "nordfyns.opening_balance",
  "horsholm.decentral_share",
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/**
 * A setting's value, or undefined when it is not given. Reading a setting whose given value is
 * not valid throws, so the error stays in the column of the model that reads it.
 */
export type Settings = (name: SettingName) => Decimal | undefined;

function required(settings: Settings, name: SettingName): Decimal {
  return settings(name) ?? fail("value", "missingSetting", { param: "settings", value: name });
}

function orDefault(settings: Settings, name: SettingName, fallback: number): Decimal {
  return settings(name) ?? new Decimal(fallback);
}

/** Each school's net position and what stays with the centre. */
export interface Positions {
  schools: Decimal[];
  centre: Decimal;
}

/** The referrals summed per school, as a model's settlement reads them. */
export interface Tally {
  /** What each school paid for its referrals by the model's per-referral rule (to the øre). */
  paid: Decimal[];
  /** Pupil-years of the referrals the model counts (Hjørring: all; Aalborg: area offers). */
  years: Decimal[];
  /** The cost of those counted referrals. */
  cost: Decimal[];
  /** The cost of every referral. */
  total: Decimal;
}

interface Model {
  /** What the school pays for one referral when it pays per referral, and whether the model counts it. */
  split(referral: Referral): { paid: Decimal; counted: boolean };
  settle(tally: Tally): Positions;
}

/**
 * Schools receive `received` and pay `paid`; the centre keeps the rest of the budget and pays
 * the rest of the referrals' cost. This is the one place positions are formed, so budget
 * neutrality holds by construction.
 */
function positions(budget: Decimal, received: readonly Decimal[], paid: readonly Decimal[], total: Decimal): Positions {
  return {
    schools: received.map((r, i) => r.minus(paid[i])),
    centre: budget.minus(sum(received)).minus(total.minus(sum(paid))),
  };
}

const NOTHING = { paid: ZERO, counted: false };

/** Nordfyns: the pool pays every referral; an overrun beyond the common funds is drawn from base budgets. */
function nordfyns(m: Municipality, settings: Settings): Model {
  const opening = required(settings, "nordfyns.opening_balance");
  const bases = schoolColumn(m.schools, "base_budget");
  return {
    split: () => NOTHING,
    settle: (t) => {
      const draws = nordfynsSchoolDraws(m.budget, [t.total], opening, bases, 0);
      return positions(m.budget, draws.map((d) => ZERO.minus(d)), t.paid, t.total);
    },
  };
}

/** Hørsholm: the centre pays every referral; a decentral share of the budget goes out by pupils. */
function horsholm(m: Municipality, settings: Settings): Model {
  const share = required(settings, "horsholm.decentral_share");
  const pupils = schoolColumn(m.schools, "pupils");
  return {
    split: () => NOTHING,
    settle: (t) => positions(m.budget, horsholmDecentral(m.budget.times(share), pupils, 0), t.paid, t.total),
  };
}

/**
 * Aalborg: area offers are places. The places (default: the pupil-years used) are shared out per
 * area by pupils and socio-economics; each area's (places − used) × price (default: the area
 * offers' average cost per pupil-year) is settled among its schools by pupils. Other offers are central.
 */
function aalborg(m: Municipality, settings: Settings): Model {
  const weight = required(settings, "aalborg.pupil_weight");
  const pupils = schoolColumn(m.schools, "pupils");
  const socio = schoolColumn(m.schools, "socio");
  const areaOf = schoolAreas(m.schools).map(nameKey);
  const areas = [...new Set(areaOf)];
  const members = areas.map((a) => m.schools.map((_, i) => i).filter((i) => areaOf[i] === a));
  const areaPupils = members.map((ids) => sum(ids.map((i) => pupils[i])));
  members.forEach((ids, a) => {
    if (areaPupils[a].isZero()) fail("div0", "allZero", { param: "schools (pupils)", row: m.schools[ids[0]].row });
  });
  const areaSocio = members.map((ids) => sum(ids.map((i) => socio[i])));
  return {
    split: (r) => ({ paid: ZERO, counted: r.offer === "omraade" }),
    settle: (t) => {
      const used = sum(t.years);
      const total = settings("aalborg.places") ?? used;
      const price = settings("aalborg.price") ?? (used.isZero() ? (total.isZero() ? ZERO : required(settings, "aalborg.price")) : sum(t.cost).div(used));
      const places = aalborgPlaces(total, areaPupils, areaSocio, weight);
      const settlement = aalborgSettlementByArea(
        m.schools.map((s, i) => ({ area: areaOf[i], key: pupils[i], row: s.row })),
        areas.map((name, a) => ({ name, places: places[a], used: sum(members[a].map((i) => t.years[i])), row: a + 1 })),
        price,
        0
      );
      return positions(m.budget, settlement, t.paid, t.total);
    },
  };
}

/**
 * Roskilde: schools pay their co-payments; the centre keeps exactly the compensation its rules
 * owe (and pays central offers); the rest goes to the schools by socio-economic weight.
 * Area and municipal offers count as ordinary ones.
 */
function roskilde(m: Municipality, settings: Settings): Model {
  const rules: RoskildeRules<Decimal> = {
    threshold: orDefault(settings, "roskilde.threshold", ROSKILDE_DEFAULTS.threshold),
    compensation: orDefault(settings, "roskilde.compensation", ROSKILDE_DEFAULTS.compensation),
    treatmentThreshold: orDefault(settings, "roskilde.treatment_threshold", ROSKILDE_DEFAULTS.treatmentThreshold),
    treatmentCompensation: orDefault(settings, "roskilde.treatment_compensation", ROSKILDE_DEFAULTS.treatmentCompensation),
    cap: orDefault(settings, "roskilde.cap", ROSKILDE_DEFAULTS.cap),
  };
  const socio = schoolColumn(m.schools, "socio");
  return {
    split: (r) => ({ paid: roskildeSchoolPayment(DECIMAL, r.cost, r.offer, r.fraction, rules), counted: false }),
    settle: (t) => {
      const kept = t.total.minus(sum(t.paid));
      return positions(m.budget, allocate(m.budget.minus(kept), socio, 0, "schools (socio)"), t.paid, t.total);
    },
  };
}

/**
 * Viborg: schools pay the rate × year fraction for every referral, whatever the offer; the centre
 * keeps the residual of every referral; the rest goes out by classes and socio-economics.
 */
function viborg(m: Municipality, settings: Settings): Model {
  const rules = { rate: orDefault(settings, "viborg.rate", VIBORG_DEFAULTS.rate) };
  const weight = required(settings, "viborg.class_weight");
  const classes = schoolColumn(m.schools, "classes");
  const socio = schoolColumn(m.schools, "socio");
  return {
    split: (r) => ({ paid: roundTo(viborgSchoolPayment(r.fraction, rules), 2), counted: false }),
    settle: (t) => {
      const kept = t.total.minus(sum(t.paid));
      return positions(m.budget, viborgAllocation(m.budget.minus(kept), classes, socio, weight, 0), t.paid, t.total);
    },
  };
}

/**
 * Hjørring: the whole budget goes out by pupils and socio-economics; each school pays the
 * average rate (default: the year's cost per referred pupil-year) for its referred pupil-years.
 */
function hjorring(m: Municipality, settings: Settings): Model {
  const weight = orDefault(settings, "hjorring.pupil_weight", HJORRING_DEFAULTS.pupilWeight);
  const pupils = schoolColumn(m.schools, "pupils");
  const socio = schoolColumn(m.schools, "socio");
  return {
    split: () => ({ paid: ZERO, counted: true }),
    settle: (t) => {
      const rate = settings("hjorring.rate") ?? hjorringRate(sum(t.cost), sum(t.years));
      const paid = t.years.map((y) => roundTo(rate.times(y), 2));
      return positions(m.budget, hjorringShares(m.budget, pupils, socio, weight, 0), paid, t.total);
    },
  };
}

const FACTORIES: Record<ModelId, (m: Municipality, settings: Settings) => Model> = { nordfyns, horsholm, aalborg, roskilde, viborg, hjorring };

function emptyTally(schools: number): Tally {
  const zeros = () => new Array<Decimal>(schools).fill(ZERO);
  return { paid: zeros(), years: zeros(), cost: zeros(), total: ZERO };
}

/** The tally with one more referral; the original is left as it was. */
function addReferral(model: Model, tally: Tally, referral: Referral): Tally {
  const { paid, counted } = model.split(referral);
  const next = { paid: [...tally.paid], years: [...tally.years], cost: [...tally.cost], total: tally.total.plus(referral.cost) };
  const i = referral.school;
  next.paid[i] = next.paid[i].plus(paid);
  if (counted) {
    next.years[i] = next.years[i].plus(referral.fraction);
    next.cost[i] = next.cost[i].plus(referral.cost);
  }
  return next;
}

function tally(model: Model, m: Municipality): Tally {
  return m.referrals.reduce((t, r) => addReferral(model, t, r), emptyTally(m.schools.length));
}

/**
 * SPU.COMPARE's core: the positions under one model. Throws what keeps the model from computing
 * (a missing setting, keys that are all zero), so the caller can confine it to that model.
 */
export function modelPositions(id: ModelId, m: Municipality, settings: Settings): Positions {
  const model = FACTORIES[id](m, settings);
  return model.settle(tally(model, m));
}

/** One more referral, by any school: its offer, its cost in the year and its part of the year. */
export type ExtraReferral = Omit<Referral, "school">;

/**
 * The incentive: for each school, how much lower its net position would be under the model if it
 * referred one more pupil (`extra`), everything else equal: the change SPU.COMPARE would show in
 * that school's row. It is the school's own payment for the referral plus its share of what the
 * model's shared money loses (Roskilde's extra compensation and Viborg's extra residual come out
 * of the schools' pool; Hjørring's default rate moves with the year's average cost; Aalborg's
 * places are settled by key; Nordfyns' overrun is drawn by key).
 */
export function marginalCosts(id: ModelId, m: Municipality, settings: Settings, extra: ExtraReferral): Decimal[] {
  const model = FACTORIES[id](m, settings);
  const base = tally(model, m);
  const before = model.settle(base).schools;
  return m.schools.map((_, i) => before[i].minus(model.settle(addReferral(model, base, { ...extra, school: i })).schools[i]));
}
