import { signatureOf } from "../../excel/elementwise";
import { formula } from "../../excel/signature";
import { FormOf, Refs, copy, net, num, perSchool, spill, text, txt } from "../../taskpane/form";
import { VIBORG_ALLOCATION, VIBORG_CENTRAL, VIBORG_COST } from "./declarations";
import { viborg } from "./example";
import { VIBORG_DEFAULTS } from "./rules";
import * as texts from "./texts";

const COST = signatureOf(VIBORG_COST);
const CENTRAL = signatureOf(VIBORG_CENTRAL);
const args = (r: Refs) => ({ cost: r.input("referrals", "cost"), year_fraction: r.input("referrals", "year_fraction"), rate: r.param("rate") });

export const viborgPane = {
  id: "viborg",
  help: "viborg",
  texts,
  example: viborg,
  groups: [
    { id: "schools", columns: [txt("name"), num("classes"), num("socio")] },
    { id: "referrals", columns: [txt("school"), num("cost"), num("year_fraction", true)] },
  ],
  params: [
    { id: "pool", kind: "money" },
    { id: "class_weight", kind: "share" },
    { id: "rate", kind: "money", default: VIBORG_DEFAULTS.rate },
  ],
  summary: [],
  reconcile: { items: "referrals.school", amounts: "referrals.cost", list: "schools.name" },
  tables: [
    {
      id: "schools",
      rows: "schools",
      chart: ["allocation", "payments"],
      columns: [
        text("schools", "name"),
        spill("allocation", "money", (r) =>
          formula(VIBORG_ALLOCATION, { pool: r.param("pool"), classes: r.input("schools", "classes"), socio: r.input("schools", "socio"), class_weight: r.param("class_weight") })
        ),
        perSchool("payments", "school_payment", "money_ore"),
        net("allocation", "payments", "money_ore"),
      ],
    },
    {
      id: "referrals",
      rows: "referrals",
      columns: [
        text("referrals", "school"),
        copy("referrals", "cost", "cost", "money"),
        spill("school_payment", "money_ore", (r) => formula(COST, args(r))),
        spill("central_rest", "money_ore", (r) => formula(CENTRAL, args(r))),
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
