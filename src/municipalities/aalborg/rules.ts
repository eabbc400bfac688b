import { allocateKeys } from "../../money/allocate";
import { Decimal, ONE } from "../../money/decimal";
import { fail } from "../../money/errors";
import { nameIndex, nameKey } from "../../money/names";

/**
 * Aalborg: the area model (områdemodel). Each of the ten areas gets a number of special-class
 * places (Fokusklasser, area offers) from pupils and socio-economics; places left unused release
 * money to the area's schools, extra places used are paid by them, and a distribution key
 * (fordelingsnøgle) decides each school's part. Municipality-wide offers stay central.
 */

/**
 * Whole places per area: `totalPlaces` shared by pupil_weight × pupils + (1 − pupil_weight) ×
 * socio (each column as a share of its total), by the largest remainder, so the places sum to
 * `totalPlaces`; ties go to the earlier area. `totalPlaces` is a whole number ≥ 0,
 * `pupilWeight` in 0..1. A weighted column whose values are all zero raises #DIV/0!.
 */
export function aalborgPlaces(totalPlaces: Decimal, pupils: readonly number[], socio: readonly number[], pupilWeight: Decimal): number[] {
  return allocateKeys(totalPlaces, [pupils, socio], [pupilWeight, ONE.minus(pupilWeight)], 0, ["pupils", "socio"]);
}

/**
 * One area's settlement: (places − used) × price shared among its schools by `keys`, rounded
 * to `decimals` by the largest remainder so it sums to the amount exactly. Positive: money
 * released to the school; negative: the school's part of the extra places.
 */
export function aalborgSettlement(places: Decimal, used: Decimal, price: Decimal, keys: readonly number[], decimals: number): number[] {
  return allocateKeys(places.minus(used).times(price), [keys], null, decimals, ["keys"]);
}

/** A school row of the municipality-wide settlement; `row` is its 1-based row in the range. */
export interface AalborgSchool {
  area: string;
  key: number;
  row: number;
}

/** An area row: its places and the places its pupils used. */
export interface AalborgArea {
  name: string;
  places: Decimal;
  used: Decimal;
  row: number;
}

/**
 * The settlement of every area in one go, aligned with `schools`: each area's
 * (places − used) × price is shared among the schools of that area by their keys, so money is
 * conserved per area. Area names match trimmed and case-insensitive. A school whose area is not
 * among `areas` → #N/A; an area listed twice → #VALUE!; an area whose schools' keys sum to zero
 * (or that has no schools) → #DIV/0!, since its money would otherwise vanish.
 */
export function aalborgSettlementByArea(schools: readonly AalborgSchool[], areas: readonly AalborgArea[], price: Decimal, decimals: number): number[] {
  const index = nameIndex(areas, "areas");
  const members: number[][] = areas.map(() => []);
  // A range of schools names a few areas: each name is resolved once.
  const resolved = new Map<string, number>();
  schools.forEach((school, i) => {
    let area = resolved.get(school.area);
    if (area === undefined) {
      area = index.get(nameKey(school.area));
      if (area === undefined) fail("na", "unknownArea", { param: "school_areas", row: school.row, value: school.area, other: "areas" });
      resolved.set(school.area, area);
    }
    members[area].push(i);
  });
  const result: number[] = new Array(schools.length);
  areas.forEach((area, a) => {
    const keys = members[a].map((i) => schools[i].key);
    if (keys.every((key) => key === 0)) fail("div0", "allZero", { param: "areas", row: area.row });
    const parts = aalborgSettlement(area.places, area.used, price, keys, decimals);
    members[a].forEach((i, k) => (result[i] = parts[k]));
  });
  return result;
}
