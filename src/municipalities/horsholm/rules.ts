import { allocateKeys } from "../../money/allocate";
import { Calc, Num, exactly } from "../../money/calc";
import { Decimal } from "../../money/decimal";
import { fail } from "../../money/errors";
import { NamedRow, nameIndex, nameKey } from "../../money/names";

/**
 * Hørsholm: the cooperation model (samarbejdsmodel). A central, activity-based pool pays special
 * classes, special school, offers in other municipalities and support of at least 9 hours a week
 * in general classes; it is distributed twice a year and support is granted for periods shorter
 * than a year. Schools also get decentral money by pupil count for prevention and support under
 * 9 hours.
 */

/** The decentral money: `pool` shared by pupil count, rounded to `decimals` by the largest remainder. */
export function horsholmDecentral(pool: Decimal, pupils: readonly number[], decimals: number): number[] {
  return allocateKeys(pool, [pupils], null, decimals, ["pupils"]);
}

/**
 * Excel date serials (1900 date system) the model accepts: 61 = 1 March 1900 up to
 * 2958465 = 31 December 9999. Serials 1..60 are refused: Excel counts a 29 February 1900 that
 * never was (serial 60), so below 61 its serials are one day off the calendar.
 */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465;

/** Days from 1 January of year 1 to 1 January of `year`, proleptic Gregorian, integers only. */
function daysBefore(year: number): number {
  const y = year - 1;
  return 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400);
}

function floorDiv(a: number, b: number): number {
  return (a - (((a % b) + b) % b)) / b;
}

/** Excel's day 0 for serials ≥ 61: 30 December 1899, two days before 1 January 1900. */
const SERIAL_ZERO = daysBefore(1900) - 2;

/** The serial of 1 January of `year` (for 1900 the calendar's 2, not Excel's 1: only serials ≥ 61 are used). */
function newYearSerial(year: number): number {
  return daysBefore(year) - SERIAL_ZERO;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The calendar year a serial ≥ 61 falls in. */
function yearOf(serial: number): number {
  let year = 1900 + floorDiv(serial * 400, 146097);
  while (newYearSerial(year) > serial) year--;
  while (newYearSerial(year + 1) <= serial) year++;
  return year;
}

/** A span of days between two Excel date serials, both ends inclusive. */
export interface DateSpan {
  start: number;
  end: number;
}

/**
 * Checks two serials and makes them a span: whole numbers in FIRST_SERIAL..LAST_SERIAL (#VALUE!)
 * and the end not before the start (#VALUE!), naming the parameters and the row.
 */
export function dateSpan(start: number, end: number, params: { start: string; end: string }, row?: number): DateSpan {
  checkSerial(start, params.start, row);
  checkSerial(end, params.end, row);
  if (end < start) fail("value", "dateOrder", { param: params.end, row });
  return { start, end };
}

function checkSerial(value: number, param: string, row?: number): void {
  if (!Number.isInteger(value)) fail("value", "notInteger", { param, row, value });
  if (value < FIRST_SERIAL || value > LAST_SERIAL) fail("value", "range", { param, row, value, min: FIRST_SERIAL, max: LAST_SERIAL });
}

/**
 * The cost of a referral falling in a period: annual_cost × Σ over calendar years of
 * overlap_days / days_in_year. Exact: the days in common years and in leap years are counted
 * apart and the sum is taken over the one denominator 365 × 366, so a whole calendar year costs
 * exactly `annualCost` (leap years included) and splitting a period adds up to the whole up to
 * the 100th significant digit; with `places`, rounded to them in the same division. A referral
 * entirely outside the period costs 0.
 */
export function horsholmPeriodCost<N extends Num<N>>(calc: Calc<N>, annualCost: N, referral: DateSpan, period: DateSpan, places?: number): N {
  const weight = overlapWeight(referral.start, referral.end, period);
  if (weight === 0) return calc.zero;
  const numerator = annualCost.times(calc.of(weight));
  const denominator = calc.of(YEAR_DENOMINATOR);
  return places === undefined ? calc.div(numerator, denominator) : calc.divRound(numerator, denominator, places);
}

/** 365 × 366: a day of a common year is 366 of these, a day of a leap year 365. */
const YEAR_DENOMINATOR = 365 * 366;

/**
 * The days of start..end inside `period` as a numerator over YEAR_DENOMINATOR: Σ over calendar
 * years of overlap days × (days of the other kind of year). 0 when they do not overlap.
 */
function overlapWeight(start: number, end: number, period: DateSpan): number {
  const from = Math.max(start, period.start);
  const to = Math.min(end, period.end);
  if (from > to) return 0;
  let commonDays = 0;
  let leapDays = 0;
  for (let year = yearOf(from), last = yearOf(to); year <= last; year++) {
    const days = Math.min(to, newYearSerial(year + 1) - 1) - Math.max(from, newYearSerial(year)) + 1;
    if (isLeap(year)) leapDays += days;
    else commonDays += days;
  }
  return commonDays * 366 + leapDays * 365;
}


/** A referral of the allocation round; `row` is its 1-based row in the range. */
export interface HorsholmReferral {
  school: string;
  annualCost: number;
  span: DateSpan;
  row: number;
}

/**
 * The central allocation for one round, aligned with `schools`: each school's sum of its
 * referrals' costs in the period (horsholmPeriodCost), rounded to the øre once: the numerators
 * over the one denominator 365 × 366 are summed, then divided once. School names match trimmed
 * and case-insensitive; a school listed twice → #VALUE!; a referral whose school is not among
 * `schools` → #N/A naming its row. A school without referrals gets 0.
 */
export function horsholmAllocation(schools: readonly NamedRow[], referrals: readonly HorsholmReferral[], period: DateSpan): number[] {
  const index = nameIndex(schools, "schools");
  // A range of referrals names a few schools: each name is resolved once.
  const resolved = new Map<string, number>();
  const weighted = referrals.map((referral) => {
    let school = resolved.get(referral.school);
    if (school === undefined) {
      school = index.get(nameKey(referral.school));
      if (school === undefined) fail("na", "unknownSchool", { param: "referral_schools", row: referral.row, value: referral.school, other: "schools" });
      resolved.set(referral.school, school);
    }
    return { school, cost: referral.annualCost, weight: overlapWeight(referral.span.start, referral.span.end, period) };
  });
  return exactly((calc) => {
    const numerators = schools.map(() => calc.zero);
    for (const { school, cost, weight } of weighted) {
      if (weight !== 0) numerators[school] = numerators[school].plus(calc.of(cost).times(calc.of(weight)));
    }
    const denominator = calc.of(YEAR_DENOMINATOR);
    return numerators.map((n) => calc.divRound(n, denominator, 2).toNumber());
  });
}
