import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { COMPARED, ModelId } from "../municipalities";
import { marginalCosts, modelPositions, parseModel } from "./engine";
import { MAX_YEARS, PhaseInSchool, phaseIn, phaseInYears } from "./phase-in";
import { Arg, RULES, alignedColumns, grid, isBlank, number, offerType, scalar, scalarNumber, text } from "../excel/args";
import { label } from "../excel/messages";
import { municipalityArgs, settingsArg } from "./arguments";
import { guard, money, toExcelError } from "../excel/results";
import { TableCell, schoolRows } from "../excel/rows";

type Cell = TableCell;

/** One model's amounts, or its error in every cell: an error in one model never spoils another. */
function perModel(compute: () => Decimal[]): (i: number) => Cell {
  try {
    const values = compute();
    return (i) => money(values[i]);
  } catch (error) {
    const cell = toExcelError(error);
    return () => cell;
  }
}

/**
 * Compares the six models of the catalogue on the municipality's own schools, referrals and
 * budget: each school's net position under each model (what it receives for special education
 * minus what it pays for its referrals) and what stays with the centre. Under every model the
 * school rows plus the centre row sum to budget − total referral cost. A model whose required
 * setting is missing shows an error naming it; the other models still compute.
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/docs/compare.html#compare
 * @param schools Schools table, 6 columns: name, pupils, classes, socio-economic weight, area, base budget.
 * @param referrals Referrals table, 4 columns: school name, offer type, cost in the year (kr.), year fraction (blank: 1).
 * @param budget The year's total special-education budget (kr.).
 * @param [settings] Name/value table of model settings, e.g. viborg.class_weight | 0.5 (see the help page).
 * @returns A header row, one row per school (aligned with the schools range) and a centre row, one column per model.
 */
export function compare(schools: unknown[][], referrals: unknown[][], budget: unknown, settings?: unknown[][]): unknown[][] {
  return guard(() => {
    const { municipality, count } = municipalityArgs(schools, referrals, budget);
    const read = settingsArg(settings);
    // Each model's cells: its schools in order, then the centre at index n.
    const columns = COMPARED.map(({ id }) =>
      perModel(() => {
        const p = modelPositions(id, municipality, read);
        return [...p.schools, p.centre];
      })
    );
    const n = municipality.schools.length;
    return [
      [label("school"), ...COMPARED.map((c) => c.title)],
      ...schoolRows(count, municipality.schools.map((s) => s.row), (i) => [municipality.schools[i].name, ...columns.map((c) => c(i))], COMPARED.length + 1),
      [label("centre"), ...columns.map((c) => c(n))],
    ];
  });
}

/** The `model` argument: one model name, or a row or column of them; blank cells stay blank columns. */
function modelsArg(arg: Arg): (ModelId | null)[] {
  const g = grid(arg);
  if (g.length > 1 && g[0].length > 1) fail("value", "shape", { param: "model", expected: "1×n", rows: g.length, cols: g[0].length });
  const cells = g.length === 1 ? g[0] : g.map((line) => line[0]);
  const valid = COMPARED.map((c) => c.title).join(", ");
  return cells.map((cell) => {
    if (isBlank(cell)) return null;
    const name = text(cell, "model");
    return parseModel(name) ?? fail("na", "unknownModel", { param: "model", value: name, valid });
  });
}

/**
 * The incentive under a model: for each school, how much lower its net position would be if it
 * referred one more pupil at `cost`, everything else equal: the change SPU.COMPARE would show in
 * its row. Roskilde: the co-payment plus the school's share of the extra compensation; Viborg:
 * the rate plus its share of the extra residual; Hjørring: the average rate (which the referral
 * moves); Aalborg: its key share of a place; Nordfyns: its key share of an overrun; Hørsholm: 0.
 * @customfunction MARGINAL_COST
 * @helpurl https://localhost:3000/docs/compare.html#marginal_cost
 * @param model Model name (Nordfyns, Hørsholm, Aalborg, Roskilde, Viborg, Hjørring), or a row of names: one column each.
 * @param cost Cost of the extra referral in the year (kr.).
 * @param schools Schools table, 6 columns, as for COMPARE.
 * @param referrals Referrals table, 4 columns, as for COMPARE.
 * @param budget The year's total special-education budget (kr.).
 * @param [offer] Offer type of the extra referral (blank: normal).
 * @param [year_fraction] Part of the year of the extra referral, >0 and ≤1 (blank: 1).
 * @param [settings] Name/value table of model settings, as for COMPARE.
 * @returns One row per school (aligned with the schools range), one column per model: the cost to that school, kr.
 */
export function marginalCost(
  model: unknown[][],
  cost: unknown,
  schools: unknown[][],
  referrals: unknown[][],
  budget: unknown,
  offer?: unknown,
  year_fraction?: unknown,
  settings?: unknown[][]
): unknown[][] {
  return guard(() => {
    const models = modelsArg(model);
    const extra = {
      cost: scalarNumber(cost, "cost", RULES.nonNegative),
      offer: offerType(scalar(offer, "offer"), "offer"),
      fraction: scalarNumber(year_fraction, "year_fraction", RULES.fraction, 1),
    };
    const { municipality, count } = municipalityArgs(schools, referrals, budget);
    const read = settingsArg(settings);
    const columns = models.map((id) => (id === null ? () => "" : perModel(() => marginalCosts(id, municipality, read, extra))));
    return schoolRows(count, municipality.schools.map((s) => s.row), (i) => columns.map((c) => c(i)), models.length);
  });
}

const YEARS = { positive: true, integer: true, max: MAX_YEARS };

/** The current and target allocations, aligned and read as PHASE_IN and PHASE_IN_YEARS take them. */
function phaseInSchools(current: Arg, target: Arg): { schools: PhaseInSchool[]; used: number[]; count: number } {
  const { cells, used, count } = alignedColumns([
    { param: "current", arg: current },
    { param: "target", arg: target },
  ]);
  const schools = used.map((i) => ({
    current: number(cells[0][i], "current", RULES.nonNegative, undefined, i + 1),
    target: number(cells[1][i], "target", RULES.nonNegative, undefined, i + 1),
    row: i + 1,
  }));
  return { schools, used, count };
}

/**
 * Phases a new allocation in over `years` years, capping each school's yearly loss like
 * England's minimum funding guarantee: no school loses more than max_loss × its current
 * allocation in a year; the schools that gain are paid from what the others give up. Every
 * year's column sums to the year's total (current total moved in equal steps to the target
 * total). The last year is the target where the cap allows it; where the target is out of reach
 * in `years` years, the cap holds and the path ends short of it (PHASE_IN_YEARS tells how many
 * years it takes). Amounts in øre.
 * @customfunction PHASE_IN
 * @helpurl https://localhost:3000/docs/compare.html#phase_in
 * @param current Each school's allocation today (kr.), one row per school.
 * @param target Each school's allocation under the new model (kr.), aligned with current.
 * @param max_loss Largest yearly loss as a fraction of the school's current allocation, 0 to 1 (e.g. 0.02).
 * @param years Number of years to the target, a whole number 1 to 100.
 * @returns One row per school (aligned with current), one column per year.
 */
export function phaseInPath(current: unknown[][], target: unknown[][], max_loss: unknown, years: unknown): unknown[][] {
  return guard(() => {
    const cap = scalarNumber(max_loss, "max_loss", RULES.share);
    const span = scalarNumber(years, "years", YEARS).toNumber();
    const { schools, used, count } = phaseInSchools(current, target);
    const { path } = phaseIn(schools, cap, span);
    return schoolRows(count, used.map((i) => i + 1), (k) => path[k].map(money), span);
  });
}

/**
 * The fewest years in which a phase-in with yearly losses capped at max_loss brings every school
 * to its target (the `years` to give PHASE_IN so that its last year is the target). #N/A when no
 * number of years up to 100 does (a cap of 0 with targets below today's).
 * @customfunction PHASE_IN_YEARS
 * @helpurl https://localhost:3000/docs/compare.html#phase_in_years
 * @param current Each school's allocation today (kr.), one row per school.
 * @param target Each school's allocation under the new model (kr.), aligned with current.
 * @param max_loss Largest yearly loss as a fraction of the school's current allocation, 0 to 1 (e.g. 0.02).
 * @returns The number of years, 1 to 100.
 */
export function phaseInYearsOf(current: unknown[][], target: unknown[][], max_loss: unknown): unknown {
  return guard(() => {
    const cap = scalarNumber(max_loss, "max_loss", RULES.share);
    const { schools } = phaseInSchools(current, target);
    return phaseInYears(schools, cap) ?? fail("na", "unreachable", { param: "max_loss", value: cap.toNumber(), max: MAX_YEARS });
  });
}
