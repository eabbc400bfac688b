import { toDecimal } from "../comparing/contribution";
import { Settings, yearSettler } from "../comparing/engine";
import { Exact } from "../money/calc";
import { Municipality, schoolColumn } from "../comparing/municipality";
import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { ModelId } from "../municipalities";
import { mulberry32 } from "./random";

/**
 * SPU.RISK's model of variation. Next year each school refers a Poisson-distributed number of
 * pupils around its expected number, the municipality's referrals shared by pupils (a school with
 * 5 % of the pupils expects 5 % of the referrals), and each drawn referral's offer, cost and year
 * fraction is one of this year's referrals, drawn with replacement: so each school expects its
 * share by pupils of the municipality's referral pupil-years (SPEC's "expected level"). Budget and settings stay as
 * given. Every simulated year is settled by the model exactly as SPU.COMPARE settles this one,
 * so every simulated year is budget-neutral to the øre. Schools refer independently of one
 * another; the mix of next year's referrals resembles this year's.
 */

/** A school's (or the centre's) net position over the simulated years. */
export interface Band {
  p10: Decimal;
  p50: Decimal;
  p90: Decimal;
  /** The share of simulated years with a net position below 0. */
  deficit: number;
}

export interface Risk {
  schools: Band[];
  centre: Band;
}

/** Below e^-700 a double underflows; a sum of Poissons is Poisson, so larger means are drawn in parts. */
const POISSON_PART = 500;

/** A Poisson-distributed count with mean `lambda`, by inversion: one uniform number per part. */
export function poisson(lambda: number, random: () => number): number {
  let count = 0;
  for (let rest = lambda; rest > 0; rest -= POISSON_PART) {
    const mean = Math.min(rest, POISSON_PART);
    let p = Math.exp(-mean);
    let below = p;
    const u = random();
    for (let k = 1; u > below && p > 0; k++) {
      p *= mean / k;
      below += p;
      count++;
    }
  }
  return count;
}

/** A simulated net position, on whichever calculator its year was settled. */
type Value = Exact | Decimal;

/**
 * Excel's PERCENTILE.INC of sorted values at `tenths`/10: linear between the two nearest ranks,
 * the rank (n − 1)·p computed in whole numbers so that the interpolation stays exact.
 */
export function percentile(sorted: readonly Value[], tenths: number): Decimal {
  const rank = (sorted.length - 1) * tenths;
  const low = Math.floor(rank / 10);
  const part = rank % 10;
  const at = toDecimal(sorted[low]);
  if (part === 0) return at;
  return at.plus(toDecimal(sorted[low + 1]).minus(at).times(part).div(10));
}

function band(values: Value[]): Band {
  const deficits = values.filter((v) => v.isNegative() && !v.isZero()).length;
  // Doubles keep the order of the values they round (compared exactly where two round alike), and compare fast.
  const keys = values.map((v) => v.toNumber());
  const order = values.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || toDecimal(values[a]).comparedTo(toDecimal(values[b])));
  const sorted = order.map((i) => values[i]);
  return { p10: percentile(sorted, 1), p50: percentile(sorted, 5), p90: percentile(sorted, 9), deficit: deficits / values.length };
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** Each school's and the centre's band of net positions under model `id` over `runs` simulated years. */
export function risk(id: ModelId, m: Municipality, settings: Settings, runs: number, seed: number): Risk {
  const pupils = schoolColumn(m.schools, "pupils");
  const total = pupils.reduce((a, b) => a + b, 0);
  if (total === 0) fail("value", "allZero", { param: "schools (pupils)" });
  const expected = pupils.map((p) => (m.referrals.length * p) / total);
  const settle = yearSettler(id, m, settings);
  const random = mulberry32(seed);
  const schools = m.schools.map(() => new Array<Value>(runs));
  const centre = new Array<Value>(runs);
  // One year's draws, referral k by school schoolOf[k]; grown when a year draws more.
  let drawn = new Int32Array(2 * m.referrals.length + 16);
  let schoolOf = new Int32Array(drawn.length);
  for (let run = 0; run < runs; run++) {
    let k = 0;
    expected.forEach((lambda, school) => {
      for (let count = poisson(lambda, random); count > 0; count--) {
        if (k === drawn.length) [drawn, schoolOf] = [grown(drawn), grown(schoolOf)];
        drawn[k] = Math.floor(random() * m.referrals.length);
        schoolOf[k++] = school;
      }
    });
    const year = settle(drawn.subarray(0, k), schoolOf.subarray(0, k));
    year.schools.forEach((position, i) => (schools[i][run] = position));
    centre[run] = year.centre;
  }
  return { schools: schools.map(band), centre: band(centre) };
}
