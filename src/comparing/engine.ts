import { Decimal, ZERO } from "../money/decimal";
import { fail } from "../money/errors";
import { COMPARED, ModelId } from "../municipalities";
import { Comparison, ExtraReferral, Model, Positions, SettingReader, SettingSpec, Tally } from "./contribution";
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
  const key = text.normalize("NFC").trim().toLowerCase().replace(/ø|oe/g, "o");
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

/** The referrals summed per school, accumulated in place: one pass, linear in schools + referrals. */
function tally(m: Model, municipality: Municipality): Tally {
  const n = municipality.schools.length;
  const t: Tally = { paid: new Array<Decimal>(n).fill(ZERO), years: new Array<Decimal>(n).fill(ZERO), cost: new Array<Decimal>(n).fill(ZERO), total: ZERO };
  for (const referral of municipality.referrals) {
    const { paid, counted } = m.split(referral);
    const i = referral.school;
    t.total = t.total.plus(referral.cost);
    t.paid[i] = t.paid[i].plus(paid);
    if (counted) {
      t.years[i] = t.years[i].plus(referral.fraction);
      t.cost[i] = t.cost[i].plus(referral.cost);
    }
  }
  return t;
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
