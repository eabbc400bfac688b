import { allocate } from "../money/allocate";
import { Decimal, ZERO, min, max, roundTo, sum } from "../money/decimal";

/**
 * Phasing in a new allocation model (indfasning) with a cap on each school's yearly loss, as
 * England's minimum funding guarantee does: no school loses more than `maxLoss` × its current
 * allocation in a year, and the schools that gain are paid from what the losing schools give up.
 */

/** A school's allocation today and under the new model; `row` is its 1-based row. */
export interface PhaseInSchool {
  current: Decimal;
  target: Decimal;
  row: number;
}

function ceilToOre(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_CEIL);
}

/** `amount` shared by `rooms` to the øre; nothing to share needs no keys. */
function share(amount: Decimal, rooms: readonly Decimal[]): Decimal[] {
  return amount.isZero() ? rooms.map(() => ZERO) : allocate(amount, rooms, 2, "target");
}

/** The path and whether its last year is the target. */
export interface PhaseInPath {
  path: Decimal[][];
  reached: boolean;
}

/**
 * The yearly path, one row per school and one column per year 1..`years`, in øre (inputs are
 * rounded to the øre first). Every year's column sums to the year's total: the current total
 * moved in equal steps to the target total (equal totals: the same total every year). In a year:
 *  - a school whose target is below last year's amount falls to max(target, last year − cap),
 *    where cap = maxLoss × current, rounded up to the øre;
 *  - a school whose target is above gets, from what is left of the year's total, a part in
 *    proportion to how far it still is from its target (never past it);
 *  - money left after every gaining school has reached its target (a growing total) goes back
 *    to the losing schools in proportion to what they gave up.
 * The last year is the target exactly where every school can reach it within its cap; where it
 * cannot (the target is out of reach in `years` years), the cap holds and the path ends short of
 * the target. Only a total that falls faster than the caps allow breaks a cap: the year's total
 * is the budget, so every school then gives up in proportion to what it has.
 */
export function phaseIn(schools: readonly PhaseInSchool[], maxLoss: Decimal, years: number): PhaseInPath {
  const current = schools.map((s) => roundTo(s.current, 2));
  const target = schools.map((s) => roundTo(s.target, 2));
  const caps = current.map((c) => ceilToOre(c.times(maxLoss)));
  const from = sum(current);
  const to = sum(target);
  const path: Decimal[][] = schools.map(() => []);
  let last = current;
  let reached = false;
  for (let year = 1; year <= years; year++) {
    reached = year === years && last.every((amount, i) => !amount.minus(target[i]).greaterThan(caps[i]));
    const next = reached ? target : step(last, target, caps, roundTo(from.plus(to.minus(from).times(year).div(years)), 2));
    next.forEach((amount, i) => path[i].push(amount));
    last = next;
  }
  return { path, reached };
}

/** The most years PHASE_IN_YEARS looks ahead. */
export const MAX_YEARS = 100;

/** The fewest years (1..MAX_YEARS) whose path reaches every target within the cap; undefined when none does. */
export function phaseInYears(schools: readonly PhaseInSchool[], maxLoss: Decimal): number | undefined {
  for (let years = 1; years <= MAX_YEARS; years++) if (phaseIn(schools, maxLoss, years).reached) return years;
  return undefined;
}

/** One year before the last: the amounts that sum to `total`. */
function step(last: readonly Decimal[], target: readonly Decimal[], caps: readonly Decimal[], total: Decimal): Decimal[] {
  const gains = last.map((l, i) => max(ZERO, target[i].minus(l)));
  const floors = last.map((l, i) => (gains[i].isZero() ? max(target[i], l.minus(caps[i])) : l));
  const left = total.minus(sum(floors));
  if (left.isNegative()) {
    // The total falls faster than the cap lets the schools lose: cut in proportion, the check names who.
    const cuts = share(left, floors);
    return floors.map((f, i) => f.plus(cuts[i]));
  }
  const toGainers = min(left, sum(gains));
  const given = share(toGainers, gains);
  const back = share(left.minus(toGainers), last.map((l, i) => l.minus(floors[i])));
  return floors.map((f, i) => f.plus(given[i]).plus(back[i]));
}
