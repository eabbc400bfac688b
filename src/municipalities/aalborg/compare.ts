import { Comparison, Tally, Terms, ownPayment, positions, sumOn, toDecimal } from "../../comparing/contribution";
import { Calc, DECIMAL, Num } from "../../money/calc";
import { schoolAreas, schoolColumn } from "../../comparing/municipality";
import { RULES } from "../../excel/args";
import { Decimal, ZERO, sum } from "../../money/decimal";
import { fail } from "../../money/errors";
import { exactSum } from "../../money/fixed";
import { nameKey } from "../../money/names";
import { aalborgPlaces, aalborgSettlement, aalborgSettlementByArea } from "./rules";

/**
 * Aalborg in the comparison: area offers are places. The places (default: the pupil-years used)
 * are shared out per area by pupils and socio-economics; each area's (places − used) × price
 * (default: the area offers' average cost per pupil-year) is settled among its schools by pupils.
 * Other offers are central.
 */
export const aalborgComparison: Comparison<"aalborg", "pupil_weight" | "places" | "price"> = {
  id: "aalborg",
  title: "Aalborg",
  needs: ["area"],
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
    // Each area's schools in one pass: a municipality has an area per handful of schools.
    const byArea = new Map<string, number[]>();
    areaOf.forEach((a, i) => (byArea.get(a) ?? byArea.set(a, []).get(a)!).push(i));
    const areas = [...byArea.keys()];
    const members = [...byArea.values()];
    const areaPupils = members.map((ids) => exactSum(ids.map((i) => pupils[i])));
    members.forEach((ids, a) => {
      if (areaPupils[a].isZero()) fail("div0", "allZero", { param: "schools (pupils)", row: m.schools[ids[0]].row });
    });
    const areaSocio = members.map((ids) => exactSum(ids.map((i) => socio[i])));
    /** The places (whole, per area) and the price, from the pupil-years used and the cost of the area offers. */
    const terms = (used: Decimal, cost: Decimal) => {
      const total = settings.given("places") ?? used;
      const price: Decimal = settings.given("price") ?? (used.isZero() ? (total.isZero() ? ZERO : settings.get("price")) : cost.div(used));
      return { places: aalborgPlaces(total, areaPupils.map(Number), areaSocio.map(Number), weight), price };
    };
    const areaUsed = <N extends Num<N>>(calc: Calc<N>, t: Tally<N>) => members.map((ids) => toDecimal(sumOn(calc, ids.map((i) => t.years[i]))));
    const split = <N extends Num<N>>(calc: Calc<N>) => (r: Terms<N>) => ({ paid: calc.zero, counted: r.offer === "omraade" });
    const settle = <N extends Num<N>>(calc: Calc<N>, t: Tally<N>) => {
      const { places, price } = terms(toDecimal(sumOn(calc, t.years)), toDecimal(sumOn(calc, t.cost)));
      const used = areaUsed(calc, t);
      const settlement = aalborgSettlementByArea(
        m.schools.map((s, i) => ({ area: areaOf[i], key: pupils[i], row: s.row })),
        areas.map((name, a) => ({ name, places: new Decimal(places[a]), used: used[a], row: a + 1 })),
        price,
        0
      );
      return positions(calc, m.budget, settlement, t.paid, t.total);
    };
    return {
      split,
      settle,
      // Any other offer is central: no school's position moves. An area offer moves the places and
      // the price alike for every school, and the used places of the referring school's area only:
      // one settlement per area, as that area's school would see it.
      withExtra: (t, extra) => {
        if (!split(DECIMAL)(extra).counted) return settle(DECIMAL, t).schools;
        const { places, price } = terms(sum(t.years).plus(extra.fraction), sum(t.cost).plus(extra.cost));
        const used = areaUsed(DECIMAL, t);
        const received = new Array<Decimal>(m.schools.length);
        members.forEach((ids, a) => {
          const parts = aalborgSettlement(new Decimal(places[a]), used[a].plus(extra.fraction), price, ids.map((i) => pupils[i]), 0);
          ids.forEach((i, k) => (received[i] = new Decimal(parts[k])));
        });
        return ownPayment(received, t.paid, ZERO);
      },
    };
  },
};
