import { SETTING_NAMES, SettingName, Settings } from "./models";
import { fail } from "../money/errors";
import { Municipality, Referral, School } from "./municipality";
import { nameIndex, nameKey } from "../money/names";
import { Arg, Cell, NumberRule, RULES, grid, isBlank, number, offerType, optionalNumber, scalarNumber, tableCells, tableRows, text } from "../excel/args";

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

/** The schools table: rows with data, in order, and the range's row count (for aligned output). */
function schoolsArg(arg: Arg): { schools: School[]; count: number } {
  const { rows, count } = tableWithRows("schools", arg, 6);
  const schools = rows.map(({ cells: [name, pupils, classes, socio, area, base], row }) => ({
    name: text(name, "schools (name)", row),
    row,
    pupils: optionalNumber(pupils, "schools (pupils)", RULES.nonNegative, row),
    classes: optionalNumber(classes, "schools (classes)", RULES.nonNegative, row),
    socio: optionalNumber(socio, "schools (socio)", RULES.nonNegative, row),
    area: isBlank(area) ? null : text(area, "schools (area)", row),
    base_budget: optionalNumber(base, "schools (base_budget)", RULES.nonNegative, row),
  }));
  return { schools, count };
}

/** The referrals table; each referral's school must be a name in the schools table. */
function referralsArg(arg: Arg, schools: readonly School[]): Referral[] {
  const index = nameIndex(schools, "schools");
  return tableWithRows("referrals", arg, 4).rows.map(({ cells: [school, offer, cost, fraction], row }) => {
    const name = text(school, "referrals (school)", row);
    return {
      school: index.get(nameKey(name)) ?? fail("na", "unknownSchool", { param: "referrals (school)", row, value: name, other: "schools" }),
      offer: offerType(offer, "referrals (offer)", row),
      cost: number(cost, "referrals (cost)", RULES.nonNegative, undefined, row),
      fraction: number(fraction, "referrals (year_fraction)", RULES.fraction, 1, row),
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

/** What each setting's value must be. */
const SETTING_RULES: Record<SettingName, NumberRule> = {
  "roskilde.threshold": RULES.nonNegative,
  "roskilde.compensation": RULES.share,
  "roskilde.treatment_threshold": RULES.nonNegative,
  "roskilde.treatment_compensation": RULES.share,
  "roskilde.cap": RULES.nonNegative,
  "viborg.rate": RULES.nonNegative,
  "viborg.class_weight": RULES.share,
  "hjorring.pupil_weight": RULES.share,
  "hjorring.rate": RULES.nonNegative,
  "aalborg.pupil_weight": RULES.share,
  "aalborg.places": RULES.count,
  "aalborg.price": RULES.nonNegative,
  "nordfyns.opening_balance": RULES.nonNegative,
  "horsholm.decentral_share": RULES.share,
};

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
    const key = text(name, "settings", row).toLowerCase();
    if (!(SETTING_NAMES as readonly string[]).includes(key)) fail("value", "unknownSetting", { param: "settings", row, value: String(name) });
    return { name: key, value, row };
  });
  const index = nameIndex(named, "settings");
  return (name) => {
    const i = index.get(name);
    if (i === undefined) return undefined;
    const { value, row } = named[i];
    return optionalNumber(value, "settings", SETTING_RULES[name], row) ?? undefined;
  };
}
