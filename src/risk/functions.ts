import { modelArg, municipalityArgs, settingsArg } from "../comparing/arguments";
import { scalarNumber } from "../excel/args";
import { label } from "../excel/messages";
import { guard, money } from "../excel/results";
import { TableCell, schoolRows } from "../excel/rows";
import { Band, risk } from "./risk";

const RUNS = { positive: true, integer: true, max: 100_000 };
const SEED = { min: 0, integer: true, max: 4_294_967_295 };

const line = (name: string, b: Band): TableCell[] => [name, money(b.p10), money(b.p50), money(b.p90), b.deficit];

/**
 * The risk a model puts on each school: P10, P50 and P90 of its net position and the probability
 * of a deficit over `runs` simulated next years. Each school's number of referrals is drawn
 * (Poisson) around its share by pupils of the municipality's referrals, each drawn referral's
 * offer, cost and year fraction resampled from this year's referrals; budget and settings fixed;
 * every simulated year settled as SPU.COMPARE does. The same seed gives the same table. A decentral
 * model puts the swing on a school that may be too small to absorb it; a central one pools it.
 * @customfunction RISK
 * @helpurl https://localhost:3000/docs/planning.html#risk
 * @param model Model name (Nordfyns, Hørsholm, Aalborg, Roskilde, Viborg, Hjørring).
 * @param schools Schools table, 6 columns, as for COMPARE (pupils required).
 * @param referrals Referrals table, 4 columns, as for COMPARE.
 * @param budget The year's total special-education budget (kr.).
 * @param [settings] Name/value table of model settings, as for COMPARE.
 * @param [runs] Number of simulated years, 1 to 100,000 (blank: 1,000).
 * @param [seed] Whole number that fixes the simulation (blank: 1): the same seed gives the same table.
 * @returns A header row, one row per school (aligned with the schools range) and a centre row: P10, P50, P90 (kr.) and the probability of a deficit.
 */
export function riskTable(
  model: unknown,
  schools: unknown[][],
  referrals: unknown[][],
  budget: unknown,
  settings?: unknown[][],
  runs?: unknown,
  seed?: unknown
): unknown[][] {
  return guard(() => {
    const id = modelArg(model);
    const { municipality, count } = municipalityArgs(schools, referrals, budget);
    const read = settingsArg(settings);
    const bands = risk(id, municipality, read, scalarNumber(runs, "runs", RUNS, 1000).toNumber(), scalarNumber(seed, "seed", SEED, 1).toNumber());
    return [
      [label("school"), "P10", "P50", "P90", label("deficit")],
      ...schoolRows(count, municipality.schools.map((s) => s.row), (i) => line(municipality.schools[i].name, bands.schools[i]), 5),
      line(label("centre"), bands.centre),
    ];
  });
}
