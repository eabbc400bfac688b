import { formula } from "../../excel/signature";
import { FormOf, copy, num, spill, text, txt } from "../../taskpane/form";
import { AALBORG_PLACES, AALBORG_SETTLEMENT_BY_AREA } from "./declarations";
import { aalborg } from "./example";
import * as texts from "./texts";

export const aalborgPane = {
  id: "aalborg",
  help: "aalborg",
  texts,
  example: aalborg,
  groups: [
    { id: "areas", columns: [txt("area"), num("pupils"), num("socio"), num("used")] },
    { id: "schools", columns: [txt("name"), txt("area"), num("key")] },
  ],
  params: [
    { id: "total_places", kind: "number" },
    { id: "pupil_weight", kind: "share" },
    { id: "price", kind: "money" },
  ],
  summary: [],
  reconcile: { items: "schools.area", amounts: "schools.key", format: "number", list: "areas.area" },
  tables: [
    {
      id: "schools",
      rows: "schools",
      chart: ["settlement"],
      columns: [
        text("schools", "name"),
        spill("settlement", "money", (r) =>
          formula(AALBORG_SETTLEMENT_BY_AREA, {
            school_areas: r.input("schools", "area"),
            school_keys: r.input("schools", "key"),
            areas: r.input("areas", "area"),
            places: r.column("areas", "places"),
            used: r.input("areas", "used"),
            price: r.param("price"),
          })
        ),
        text("schools", "area"),
      ],
    },
    {
      id: "areas",
      rows: "areas",
      chart: ["places", "used"],
      columns: [
        text("areas", "area"),
        spill("places", "integer", (r) =>
          formula(AALBORG_PLACES, { total_places: r.param("total_places"), pupils: r.input("areas", "pupils"), socio: r.input("areas", "socio"), pupil_weight: r.param("pupil_weight") })
        ),
        copy("areas", "used", "used", "integer"),
        {
          id: "released",
          format: "money",
          total: true,
          formula: (r, i) => `=(${r.cell("areas", "places", i)}-${r.cell("areas", "used", i)})*${r.param("price")}`,
        },
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
