import type { Cell } from "../excel/args";
import { random, schools, yearFraction } from "../examples/random";

/**
 * Østerby Kommune, fictional: one municipality's tables as SPU.COMPARE and SPU.RISK read them,
 * with schools from 60 to 1.000 pupils (the catalogue's Aalborg argument is about 50 against
 * 1.000), three areas, 1.100 referrals spread by pupils, and the budget 2 % above their cost.
 */
export function comparisonExample(): { schools: Cell[][]; referrals: Cell[][]; budget: number; settings: Cell[][] } {
  const rng = random(2026);
  const list = schools(rng, 36).map((school, i) => {
    // A few small rural schools and a few large town schools beside the ordinary ones.
    const pupils = i < 6 ? rng.int(60, 140) : i >= 32 ? rng.int(850, 1000) : school.pupils;
    return { ...school, pupils, classes: Math.max(3, Math.round(pupils / 22)), area: ["Nord", "Syd", "Midt"][i % 3] };
  });
  const table = list.map((s) => [s.name, s.pupils, s.classes, s.socio, s.area, s.pupils * 62000]);
  const weighted = list.map((s) => [s.name, s.pupils] as [string, number]);
  const referrals = Array.from({ length: 1100 }, () => {
    const offer = rng.weighted([
      ["normal", 55],
      ["behandling", 20],
      ["område", 15],
      ["central", 10],
    ]);
    const annual = offer === "behandling" ? rng.amount(350000, 950000, 1000) : rng.amount(150000, 700000, 1000);
    const f = yearFraction(rng);
    return [rng.weighted(weighted), offer, annual * f, f];
  });
  const cost = referrals.reduce((total, r) => total + (r[2] as number), 0);
  return {
    schools: table,
    referrals,
    budget: Math.round(cost * 1.02),
    settings: [
      ["viborg.class_weight", 0.5],
      ["aalborg.pupil_weight", 0.5],
      ["nordfyns.opening_balance", 0],
      ["horsholm.decentral_share", 0.3],
    ],
  };
}
