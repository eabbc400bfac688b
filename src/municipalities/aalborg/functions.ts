import * as model from "./rules";
import { RULES, alignedColumns, decimalsArg, number, requiredNumber, scalarNumber, text } from "../../excel/args";
import { column, guard } from "../../excel/results";
import { byKeys, keyColumns } from "../../excel/keys";

/**
 * Aalborg (områdemodel): the number of special-class places (Fokusklasser) each area gets.
 * total_places is shared by pupil_weight × the area's share of pupils + (1 − pupil_weight) ×
 * its share of socio-economics, in whole places by the largest remainder, so the column sums
 * to total_places exactly (ties go to the earlier area). Blank rows stay blank.
 * @customfunction AALBORG_PLACES
 * @helpurl https://localhost:3000/docs/aalborg.html#aalborg_places
 * @param total_places Places to share out, a whole number ≥ 0.
 * @param pupils Pupils per area (one row per area).
 * @param socio Socio-economic weight per area, aligned with pupils.
 * @param pupil_weight Weight of pupils vs socio-economics, 0..1 (required: the seed gives none).
 * @returns Whole places per area.
 */
export function aalborgPlaces(total_places: unknown, pupils: unknown[][], socio: unknown[][], pupil_weight: unknown): unknown[][] {
  return guard(() => {
    const keys = keyColumns([
      { param: "pupils", arg: pupils },
      { param: "socio", arg: socio },
    ]);
    const total = scalarNumber(total_places, "total_places", RULES.count);
    const weight = scalarNumber(pupil_weight, "pupil_weight", RULES.share);
    return byKeys(keys, ([p, s]) => model.aalborgPlaces(total, p, s, weight));
  });
}

/**
 * Aalborg (områdemodel): one area's settlement per school. (places − used) × price is shared
 * among the area's schools by keys (fordelingsnøgle), rounded to decimals by the largest
 * remainder so the column sums to the amount exactly. Positive: money released to the school;
 * negative: the school's part of the extra places the area used.
 * @customfunction AALBORG_SETTLEMENT
 * @helpurl https://localhost:3000/docs/aalborg.html#aalborg_settlement
 * @param places The area's places.
 * @param used Places the area's pupils used (may be fractional: a place used part of the year).
 * @param price Price per place, kr. per year (required: the seed gives none).
 * @param keys Distribution key per school of the area.
 * @param [decimals] Decimals of the result, 0..10 (default 0: whole kroner).
 * @returns Each school's share, kr.: positive released, negative paid.
 */
export function aalborgSettlement(places: unknown, used: unknown, price: unknown, keys: unknown[][], decimals?: unknown): unknown[][] {
  return guard(() => {
    const rows = keyColumns([{ param: "keys", arg: keys }]);
    const placesValue = scalarNumber(places, "places", RULES.nonNegative);
    const usedValue = scalarNumber(used, "used", RULES.nonNegative);
    const priceValue = scalarNumber(price, "price", RULES.nonNegative);
    const digits = decimalsArg(decimals);
    return byKeys(rows, ([k]) => model.aalborgSettlement(placesValue, usedValue, priceValue, k, digits));
  });
}

/**
 * Aalborg (områdemodel): the settlement of every area in one call, aligned with the school rows.
 * Each school names its area; each area's (places − used) × price is shared among its schools by
 * their keys, rounded to decimals so every area's schools sum to its amount exactly. Area names
 * match trimmed and case-insensitive.
 * @customfunction AALBORG_SETTLEMENT_BY_AREA
 * @helpurl https://localhost:3000/docs/aalborg.html#aalborg_settlement_by_area
 * @param school_areas The area of each school.
 * @param school_keys Distribution key of each school, aligned with school_areas.
 * @param areas Area names, one row per area.
 * @param places Places per area, aligned with areas.
 * @param used Places used per area, aligned with areas.
 * @param price Price per place, kr. per year (required: the seed gives none).
 * @param [decimals] Decimals of the result, 0..10 (default 0: whole kroner).
 * @returns Each school's share, kr.: positive released, negative paid.
 */
export function aalborgSettlementByArea(
  school_areas: unknown[][],
  school_keys: unknown[][],
  areas: unknown[][],
  places: unknown[][],
  used: unknown[][],
  price: unknown,
  decimals?: unknown
): unknown[][] {
  return guard(() => {
    const schoolRows = alignedColumns([
      { param: "school_areas", arg: school_areas },
      { param: "school_keys", arg: school_keys },
    ]);
    const areaRows = alignedColumns([
      { param: "areas", arg: areas },
      { param: "places", arg: places },
      { param: "used", arg: used },
    ]);
    const priceValue = scalarNumber(price, "price", RULES.nonNegative);
    const digits = decimalsArg(decimals);
    const [areaOf, keyOf] = schoolRows.cells;
    const schools: model.AalborgSchool[] = schoolRows.used.map((i) => ({
      area: text(areaOf[i], "school_areas", i + 1),
      key: requiredNumber(keyOf[i], "school_keys", RULES.nonNegative, i + 1),
      row: i + 1,
    }));
    const [names, placesOf, usedOf] = areaRows.cells;
    const areaList: model.AalborgArea[] = areaRows.used.map((i) => ({
      name: text(names[i], "areas", i + 1),
      places: number(placesOf[i], "places", RULES.nonNegative, undefined, i + 1),
      used: number(usedOf[i], "used", RULES.nonNegative, undefined, i + 1),
      row: i + 1,
    }));
    return column(schoolRows.count, schoolRows.used, model.aalborgSettlementByArea(schools, areaList, priceValue, digits));
  });
}
