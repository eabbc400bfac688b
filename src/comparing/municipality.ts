import { Decimal } from "../money/decimal";
import { fail } from "../money/errors";
import { OfferType } from "../money/offers";

/**
 * One municipality's own data, as every model of the comparison reads it: its schools and the
 * year's referrals (visitationer) to special offers.
 */

/** The numeric columns of the schools table, by the name used in messages. */
export type SchoolColumn = "pupils" | "classes" | "socio" | "base_budget";

/** The columns of the schools table only some models read: each model's comparison declares which. */
export type OptionalSchoolColumn = "classes" | "area" | "base_budget";

/**
 * A school row. A blank cell is null: only the models that use that column need it, so a
 * municipality without (say) areas can still compare the models that do not use them.
 */
export interface School {
  name: string;
  /** 1-based row in the schools range. */
  row: number;
  pupils: number | null;
  classes: number | null;
  /** The socio-economic weight the municipality computes its own way. */
  socio: number | null;
  area: string | null;
  base_budget: number | null;
}

/** A referral: the school that refers (index into the schools), the offer, its cost in the year. */
export interface Referral {
  school: number;
  offer: OfferType;
  /** Cost of the part of the year the pupil is in the offer, as read (exact: a cell's shortest decimal). */
  cost: number;
  /** That part of the year, in (0, 1]: the referral counts as this many pupil-years. */
  fraction: number;
}

export interface Municipality {
  schools: School[];
  referrals: Referral[];
  /** The year's total special-education budget. */
  budget: Decimal;
}

/** The column `name` of every school; a blank cell is an error naming the column and row. */
export function schoolColumn(schools: readonly School[], name: SchoolColumn): number[] {
  return schools.map((school) => school[name] ?? fail("value", "required", { param: `schools (${name})`, row: school.row }));
}

/** Every school's area; a blank cell is an error naming the row. */
export function schoolAreas(schools: readonly School[]): string[] {
  return schools.map((school) => school.area ?? fail("value", "required", { param: "schools (area)", row: school.row }));
}
