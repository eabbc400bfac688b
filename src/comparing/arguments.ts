import { SETTINGS, Settings, parseModel } from "./engine";
import { COMPARED, ModelId } from "../municipalities";
import { fail } from "../money/errors";
import { Municipality, Referral, School } from "./municipality";
import { nameIndex, nameKey } from "../money/names";
import { Arg, Cell, RULES, grid, isBlank, offerType, optionalNumber, requiredNumber, scalar, scalarNumber, tableCells, tableRows, text } from "../excel/args";

/**
 * The municipality tables SPU.COMPARE and SPU.MARGINAL_COST read: a schools table (name, pupils,
 * classes, socio-economic weight, area, base budget), a referrals table (school, offer type,
 * cost in the year, year fraction), the budget and a name/value settings table.
 */

/** The rows with data of a table of `width` columns, with their 1-based rows, and the row count. */
function tableWithRows(param: string, arg: Arg, width: number): { rows: { cells: Cell[]; row: number }[]; count: number } {
  const cells = tableCells({ param, arg }, width);
  const { used, count } = tableRows(param, cells);
  return { rows: used.map((i) => ({ cells: cells[i], row: i + 1 })), count };
}

/** A number ≥ 0 of the schools table, or null when blank (only the models that use the column need it). */
function plainOrBlank(cell: Cell, param: string, row: number): number | null {
  return isBlank(cell) ? null : requiredNumber(cell, param, RULES.nonNegative, row);
}

/** The schools table: rows with data, in order, and the range's row count (for aligned output). */
function schoolsArg(arg: Arg): { schools: School[]; count: number } {
  const { rows, count } = tableWithRows("schools", arg, 6);
  const schools = rows.map(({ cells: [name, pupils, classes, socio, area, base], row }) => ({
    name: text(name, "schools (name)", row),
    row,
    pupils: plainOrBlank(pupils, "schools (pupils)", row),
    classes: plainOrBlank(classes, "schools (classes)", row),
    socio: plainOrBlank(socio, "schools (socio)", row),
    area: isBlank(area) ? null : text(area, "schools (area)", row),
    base_budget: plainOrBlank(base, "schools (base_budget)", row),
  }));
  return { schools, count };
}

/** The referrals table; each referral's school must be a name in the schools table. */
function referralsArg(arg: Arg, schools: readonly School[]): Referral[] {
  const index = nameIndex(schools, "schools");
  // Thousands of referrals name a few schools: each name as typed is matched once.
  const matched = new Map<string, number | undefined>();
  const schoolOf = (name: string) => {
    if (!matched.has(name)) matched.set(name, index.get(nameKey(name)));
    return matched.get(name);
  };
  return tableWithRows("referrals", arg, 4).rows.map(({ cells: [school, offer, cost, fraction], row }) => {
    const name = text(school, "referrals (school)", row);
    return {
      school: schoolOf(name) ?? fail("na", "unknownSchool", { param: "referrals (school)", row, value: name, other: "schools" }),
      offer: offerType(offer, "referrals (offer)", row),
      cost: requiredNumber(cost, "referrals (cost)", RULES.nonNegative, row),
      fraction: isBlank(fraction) ? 1 : requiredNumber(fraction, "referrals (year_fraction)", RULES.fraction, row),
    };
  });
}

export function municipalityArgs(schools: Arg, referrals: Arg, budget: Arg): { municipality: Municipality; count: number } {
  const parsed = schoolsArg(schools);
  return {
    municipality: {
      schools: parsed.schools,
      referrals: referralsArg(referrals, parsed.schools),
      budget: scalarNumber(budget, "budget", RULES.nonNegative),
    },
    count: parsed.count,
  };
}

/**
 * The settings table: 2 columns, name and value; blank rows skipped, an omitted or blank table
 * means no settings. An unknown or repeated name fails the whole function (a typo must not silently
 * leave a default in place). A value is checked only when a model reads it, so a bad value
 * spoils only that model's column; a blank value counts as not given.
 */
export function settingsArg(arg: Arg): Settings {
  if (grid(arg).every((line) => line.every(isBlank))) return () => undefined;
  const { rows } = tableWithRows("settings", arg, 2);
  const named = rows.map(({ cells: [name, value], row }) => {
    const key = nameKey(text(name, "settings", row));
    if (!SETTINGS.has(key)) fail("value", "unknownSetting", { param: "settings", row, value: String(name) });
    return { name: key, value, row };
  });
  const index = nameIndex(named, "settings");
  return (name) => {
    const i = index.get(name);
    if (i === undefined) return undefined;
    const { value, row } = named[i];
    return optionalNumber(value, "settings", SETTINGS.get(name)!.rule, row) ?? undefined;
  };
}

/** The `model` argument: one model by its municipality's name. */
export function modelArg(arg: Arg): ModelId {
  const name = text(scalar(arg, "model"), "model");
  return parseModel(name) ?? fail("na", "unknownModel", { param: "model", value: name, valid: COMPARED.map((c) => c.title).join(", ") });
}
