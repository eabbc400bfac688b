import { ALLOCATE } from "../../common/declarations";
import { signatureOf } from "../../excel/elementwise";
import { formula } from "../../excel/signature";
import { FormOf, Refs, copy, net, num, perSchool, spill, text, txt } from "../../taskpane/form";
import { ROSKILDE_CENTRAL, ROSKILDE_COST } from "./declarations";
import { roskilde } from "./example";
import { ROSKILDE_DEFAULTS } from "./rules";
import * as texts from "./texts";

const COST = signatureOf(ROSKILDE_COST);
const CENTRAL = signatureOf(ROSKILDE_CENTRAL);

/** ROSKILDE_COST and ROSKILDE_CENTRAL take the same arguments. */
const args = (r: Refs) => ({
  cost: r.input("referrals", "cost"),
  offer: r.input("referrals", "offer"),
  year_fraction: r.input("referrals", "year_fraction"),
  threshold: r.param("threshold"),
  compensation: r.param("compensation"),
  treatment_threshold: r.param("treatment_threshold"),
  treatment_compensation: r.param("treatment_compensation"),
  cap: r.param("cap"),
});

export const roskildePane = {
  id: "roskilde",
  help: "roskilde",
  texts,
  example: roskilde,
  groups: [
    { id: "schools", columns: [txt("name"), num("socio")] },
    { id: "referrals", columns: [txt("school"), txt("offer", true), num("cost"), num("year_fraction", true)] },
  ],
  params: [
    { id: "pool", kind: "money" },
    { id: "threshold", kind: "money", default: ROSKILDE_DEFAULTS.threshold },
    { id: "compensation", kind: "share", default: ROSKILDE_DEFAULTS.compensation },
    { id: "treatment_threshold", kind: "money", default: ROSKILDE_DEFAULTS.treatmentThreshold },
    { id: "treatment_compensation", kind: "share", default: ROSKILDE_DEFAULTS.treatmentCompensation },
    { id: "cap", kind: "money", default: ROSKILDE_DEFAULTS.cap },
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
        spill("allocation", "money", (r) => formula(ALLOCATE, { amount: r.param("pool"), keys: r.input("schools", "socio") })),
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
        spill("central", "money_ore", (r) => formula(CENTRAL, args(r))),
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
