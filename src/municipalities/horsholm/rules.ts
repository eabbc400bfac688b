import { allocate, allocateFast } from "../../money/allocate";
import { Decimal, ZERO } from "../../money/decimal";
import { fail } from "../../money/errors";
import { MAX_SAFE, POW10, mulDivFloor, scaleOf, toCommonScale } from "../../money/fixed";
import { NamedRow, nameIndex, nameKey } from "../../money/names";

/**
 * Hørsholm: the cooperation model (samarbejdsmodel). A central, activity-based pool pays special
 * classes, special school, offers in other municipalities and support of at least 9 hours a week
 * in general classes; it is distributed twice a year and support is granted for periods shorter
 * than a year. Schools also get decentral money by pupil count for prevention and support under
 * 9 hours.
 */

/** The decentral money: `pool` shared by pupil count, rounded to `decimals` by the largest remainder. */
export function horsholmDecentral(pool: Decimal, pupils: readonly Decimal[], decimals: number): Decimal[] {
  return allocate(pool, pupils, decimals, "pupils");
}

/** horsholmDecentral on plain pupil counts ≥ 0, as numbers (allocateFast); undefined: take the Decimal path. */
export function horsholmDecentralFast(pool: Decimal, pupils: readonly number[], decimals: number): number[] | undefined {
  return allocateFast(pool, pupils, decimals);
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
 * Checks two serials and makes them a span: whole numbers in FIRST_SERIAL..LAST_SERIAL (#NUM!)
 * and the end not before the start (#NUM!), naming the parameters and the row.
 */
export function dateSpan(start: number, end: number, params: { start: string; end: string }, row?: number): DateSpan {
  for (const [value, param] of [
    [start, params.start],
    [end, params.end],
  ] as const) {
    if (!Number.isInteger(value)) fail("num", "notInteger", { param, row, value });
    if (value < FIRST_SERIAL || value > LAST_SERIAL) fail("num", "range", { param, row, value, min: FIRST_SERIAL, max: LAST_SERIAL });
  }
  if (end < start) fail("num", "dateOrder", { param: params.end, row });
  return { start, end };
}

/**
 * The cost of a referral falling in a period: annual_cost × Σ over calendar years of
 * overlap_days / days_in_year. Exact: the days in common years and in leap years are counted
 * apart and the sum is taken over the one denominator 365 × 366, so a whole calendar year costs
 * exactly `annualCost` (leap years included) and splitting a period adds up to the whole up to
 * the 100th significant digit. A referral entirely outside the period costs 0.
 */
export function horsholmPeriodCost(annualCost: Decimal, referral: DateSpan, period: DateSpan): Decimal {
  const weight = overlapWeight(referral.start, referral.end, period);
  return weight === 0 ? ZERO : annualCost.times(weight).div(YEAR_DENOMINATOR);
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

/** A date serial dateSpan accepts: a whole number in FIRST_SERIAL..LAST_SERIAL. */
function isSerial(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= FIRST_SERIAL && value <= LAST_SERIAL;
}

/**
 * The øre of annual × weight / YEAR_DENOMINATOR with annual = A / 10^scale, rounded half away
 * from zero once: A·weight may pass 2^53, so it is split by mulDivFloor. Decimal's rounding to
 * 100 digits before the øre changes nothing (a quotient of integers below 10^17 never has more
 * than 17 nines in a row). Undefined when not representable.
 */
function periodOre(units: number, scale: number, weight: number): number | undefined {
  const d = YEAR_DENOMINATOR * POW10[scale];
  const q = mulDivFloor(units, weight * 100, d, REMAINDER, 0);
  if (!(q <= MAX_SAFE)) return undefined;
  return 2 * REMAINDER[0] >= d ? q + 1 : q;
}
const REMAINDER = new Float64Array(1);

/**
 * horsholmPeriodCost on plain numbers, as the number Excel gets (rounded to the øre): an annual
 * cost ≥ 0 and the referral's first and last day as serials. Undefined where the serials are not
 * a valid span (dateSpan raises that) or a number is not representable: take the Decimal path.
 */
export function horsholmPeriodCostFast(annualCost: number, start: unknown, end: unknown, period: DateSpan): number | undefined {
  if (!isSerial(start) || !isSerial(end) || end < start) return undefined;
  const scale = scaleOf(annualCost);
  if (scale < 0) return undefined;
  const weight = overlapWeight(start, end, period);
  if (weight === 0) return 0;
  const ore = periodOre(Math.round(annualCost * POW10[scale]), scale, weight);
  return ore === undefined ? undefined : ore / 100;
}

/** A referral of the allocation round; `row` is its 1-based row in the range. */
export interface HorsholmReferral {
  school: string;
  annualCost: Decimal;
  span: DateSpan;
  row: number;
}

/**
 * The central allocation for one round, aligned with `schools`: each school's sum of its
 * referrals' costs in the period (horsholmPeriodCost), unrounded and exact: the numerators over
 * the one denominator 365 × 366 are summed, then divided once. School names match trimmed and
 * case-insensitive; a school listed twice → #VALUE!; a referral whose school is not among
 * `schools` → #N/A naming its row. A school without referrals gets 0.
 */
export function horsholmAllocation(schools: readonly NamedRow[], referrals: readonly HorsholmReferral[], period: DateSpan): Decimal[] {
  const index = nameIndex(schools, "schools");
  const numerators = schools.map(() => ZERO);
  for (const referral of referrals) {
    const school = index.get(nameKey(referral.school));
    if (school === undefined) fail("na", "unknownSchool", { param: "referral_schools", row: referral.row, value: referral.school, other: "schools" });
    const weight = overlapWeight(referral.span.start, referral.span.end, period);
    if (weight !== 0) numerators[school] = numerators[school].plus(referral.annualCost.times(weight));
  }
  return numerators.map((n) => n.div(YEAR_DENOMINATOR));
}

/** Plain-number referrals for horsholmAllocationFast, one list per column, aligned. */
export interface HorsholmPlainReferrals {
  schools: readonly string[];
  annualCosts: readonly number[];
  starts: readonly number[];
  ends: readonly number[];
}

/**
 * horsholmAllocation on plain numbers (annual costs ≥ 0, valid spans: isReferralSpan), as the
 * numbers Excel gets, each school's sum rounded to the øre once. Exact: in units of 10^-E kr.
 * (E ≥ 2 the costs' largest scale) each referral's cost A·w / (365 × 366) is split into an integer
 * quotient and remainder (mulDivFloor); a school's quotients and remainders are summed apart,
 * which keeps every sum within 2^53. A school listed twice raises #VALUE! as the Decimal path
 * does. Undefined where a referral's school is unknown or a number is not representable: take
 * the Decimal path, which raises that error.
 */
export function horsholmAllocationFast(schools: readonly NamedRow[], referrals: HorsholmPlainReferrals, period: DateSpan): number[] | undefined {
  const index = nameIndex(schools, "schools");
  const { annualCosts, starts, ends } = referrals;
  const count = annualCosts.length;
  // Costs at one scale of at least øre, so each school's total rounds to the øre once.
  const common = toCommonScale(annualCosts, 2);
  if (common === undefined) return undefined;
  // A range of referrals names a few schools: each name is resolved once.
  const resolved = new Map<string, number>();
  const quotients = new Float64Array(schools.length);
  const remainders = new Float64Array(schools.length);
  for (let i = 0; i < count; i++) {
    const name = referrals.schools[i];
    let school = resolved.get(name);
    if (school === undefined) {
      school = index.get(nameKey(name));
      if (school === undefined) return undefined;
      resolved.set(name, school);
    }
    const weight = overlapWeight(starts[i], ends[i], period);
    if (weight === 0) continue;
    const units = common.units[i];
    const q = mulDivFloor(units, weight, YEAR_DENOMINATOR, REMAINDER, 0);
    if (!(units <= MAX_SAFE && q <= MAX_SAFE)) return undefined;
    quotients[school] += q;
    remainders[school] += REMAINDER[0];
  }
  const unit = POW10[common.scale - 2];
  const totals: number[] = new Array(schools.length);
  for (let k = 0; k < schools.length; k++) {
    const carry = Math.floor(remainders[k] / YEAR_DENOMINATOR);
    const q = quotients[k] + carry;
    const r = remainders[k] - carry * YEAR_DENOMINATOR;
    if (!(q <= MAX_SAFE && remainders[k] <= MAX_SAFE)) return undefined;
    // q + r / D units of 10^-scale kr. = whole + (part · D + r) / (unit · D) øre, part = q mod unit.
    const part = q % unit;
    const whole = (q - part) / unit;
    totals[k] = (2 * (part * YEAR_DENOMINATOR + r) >= unit * YEAR_DENOMINATOR ? whole + 1 : whole) / 100;
  }
  return totals;
}

/** Whether two cells are a referral span dateSpan accepts (whole serials in range, in order). */
export function isReferralSpan(start: unknown, end: unknown): boolean {
  return isSerial(start) && isSerial(end) && end >= start;
}
