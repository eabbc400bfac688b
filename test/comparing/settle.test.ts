import fc from "fast-check";
import { municipalityArgs, settingsArg } from "../../src/comparing/arguments";
import { Model, Positions, SettingReader, Tally, decimalPositions } from "../../src/comparing/contribution";
import { Municipality } from "../../src/comparing/municipality";
import { Calc, DECIMAL, EXACT, NOT_EXACT, Num } from "../../src/money/calc";
import { Decimal } from "../../src/money/decimal";
import { SpuError } from "../../src/money/errors";
import { COMPARED } from "../../src/municipalities";
import { SCHOOLS, SETTINGS, randomMunicipality, tablesOf } from "../fixtures/municipality";
import { modelPositions } from "../../src/comparing/engine";

/** The settings as a model reads them: given, else the seed's default. */
function reader(id: string, settings: (name: string) => Decimal | undefined, defaults: Record<string, { default?: number }>): SettingReader<string> {
  const given = (key: string) => settings(`${id}.${key}`);
  return { given, get: (key) => given(key) ?? new Decimal(defaults[key].default ?? NaN) };
}

/** The tally by its definition, on a calculator: each referral split by the model and summed for its school. */
function tallyOn<N extends Num<N>>(calc: Calc<N>, rules: Model, m: Municipality): Tally<N> {
  const split = rules.split(calc);
  const zeros = () => m.schools.map(() => calc.zero);
  const t: Tally<N> = { paid: zeros(), years: zeros(), cost: zeros(), total: calc.zero };
  for (const r of m.referrals) {
    const terms = { offer: r.offer, cost: calc.of(r.cost), fraction: calc.of(r.fraction) };
    const part = split(terms);
    t.total = t.total.plus(terms.cost);
    t.paid[r.school] = t.paid[r.school].plus(part.paid);
    if (part.counted) {
      t.years[r.school] = t.years[r.school].plus(terms.fraction);
      t.cost[r.school] = t.cost[r.school].plus(terms.cost);
    }
  }
  return t;
}

/** Positions as their digits: Excel shows −0 as 0, and so does Decimal's toString. */
const text = (p: Positions) => ({ schools: p.schools.map(String), centre: String(p.centre), paid: String(p.paid) });

test("property: every model settles a year to the same positions on EXACT as on DECIMAL", () => {
  let compared = 0;
  fc.assert(
    fc.property(randomMunicipality(8, 20), (random) => {
      const { schools, referrals: rows } = tablesOf(random);
      // Year fractions EXACT holds (7/12 and 1/3 only fit DECIMAL), so that both calculators settle.
      const referrals = rows.map(([school, offer, cost, fraction]) => [school, offer, cost, Number.isInteger((fraction as number) * 4) ? fraction : 0.75]);
      const { municipality } = municipalityArgs(schools, referrals, random.budget);
      const settings = settingsArg(SETTINGS);
      for (const c of COMPARED) {
        let rules: Model;
        let exact;
        try {
          rules = c.model(municipality, reader(c.id, settings, c.settings));
          exact = decimalPositions(rules.settle(EXACT, tallyOn(EXACT, rules, municipality)));
        } catch (error) {
          if (error === NOT_EXACT || error instanceof SpuError) continue; // 1/3 of a year; all keys zero
          throw error;
        }
        expect(text(exact)).toEqual(text(rules.settle(DECIMAL, tallyOn(DECIMAL, rules, municipality))));
        compared++;
      }
    }),
    { numRuns: 150 }
  );
  expect(compared).toBeGreaterThan(300);
});

test("sums past 2^53 are tallied on DECIMAL, and the columns stay budget-neutral to the øre", () => {
  // 100 referrals of 999.999.999.999,99 kr.: each fits in øre below 2^53 (10^14), their sum (10^16) does not.
  const cost = 999999999999.99;
  const referrals = Array.from({ length: 100 }, (_, i) => [i % 2 ? "Asylskolen" : "Bakkeskolen", "normal", cost, 1]);
  const budget = 1e12;
  const { municipality } = municipalityArgs(SCHOOLS, referrals, budget);
  const settings = settingsArg(SETTINGS);
  const expected = new Decimal(budget).minus(new Decimal(cost).times(100));
  for (const c of COMPARED) {
    const p = modelPositions(c.id, municipality, settings);
    expect({ model: c.id, total: p.schools.reduce((t, x) => t.plus(x), p.centre).toString() }).toEqual({ model: c.id, total: expected.toString() });
  }
});
