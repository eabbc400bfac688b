import { Comparison, decimals, positions } from "../../comparing/contribution";
import { schoolAreas, schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { Decimal, ZERO, sum } from "../../money/decimal";
import { fail } from "../../money/errors";
import { exactSum } from "../../money/fixed";
import { nameKey } from "../../money/names";
import { aalborgPlaces, aalborgSettlementByArea } from "./rules";

/**
 * Aalborg in the comparison: area offers are places. The places (default: the pupil-years used)
 * are shared out per area by pupils and socio-economics; each area's (places − used) × price
 * (default: the area offers' average cost per pupil-year) is settled among its schools by pupils.
 * Other offers are central.
 */
export const aalborgComparison: Comparison<"aalborg", "pupil_weight" | "places" | "price"> = {
  id: "aalborg",
  title: "Aalborg",
  settings: {
    pupil_weight: { rule: RULES.share },
    places: { rule: RULES.count, fromData: true },
    price: { rule: RULES.nonNegative, fromData: true },
  },
  model(m, settings) {
    const weight = settings.get("pupil_weight");
    const pupils = schoolColumn(m.schools, "pupils");
    const socio = schoolColumn(m.schools, "socio");
    const areaOf = schoolAreas(m.schools).map(nameKey);
    const areas = [...new Set(areaOf)];
    const members = areas.map((a) => m.schools.map((_, i) => i).filter((i) => areaOf[i] === a));
    const areaPupils = members.map((ids) => exactSum(ids.map((i) => pupils[i])));
    members.forEach((ids, a) => {
      if (areaPupils[a].isZero()) fail("div0", "allZero", { param: "schools (pupils)", row: m.schools[ids[0]].row });
    });
    const areaSocio = members.map((ids) => exactSum(ids.map((i) => socio[i])));
    return {
      split: (r) => ({ paid: ZERO, counted: r.offer === "omraade" }),
      settle: (t) => {
        const used = sum(t.years);
        const total = settings.given("places") ?? used;
        const price: Decimal = settings.given("price") ?? (used.isZero() ? (total.isZero() ? ZERO : settings.get("price")) : sum(t.cost).div(used));
        const places = aalborgPlaces(total, areaPupils.map(Number), areaSocio.map(Number), weight);
        const settlement = aalborgSettlementByArea(
          m.schools.map((s, i) => ({ area: areaOf[i], key: pupils[i], row: s.row })),
          areas.map((name, a) => ({ name, places: new Decimal(places[a]), used: sum(members[a].map((i) => t.years[i])), row: a + 1 })),
          price,
          0
        );
        return positions(m.budget, decimals(settlement), t.paid, t.total);
      },
    };
  },
};
