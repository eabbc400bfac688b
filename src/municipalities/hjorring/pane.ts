import { signatureOf } from "../../excel/elementwise";
import { formula } from "../../excel/signature";
import { FormOf, num, spill, text, txt } from "../../taskpane/form";
import { HJORRING_BALANCE, HJORRING_SHARE } from "./declarations";
import { hjorring } from "./example";
import { HJORRING_DEFAULTS } from "./rules";
import * as texts from "./texts";

export const hjorringPane = {
  id: "hjorring",
  help: "hjorring",
  texts,
  example: hjorring,
  groups: [
    { id: "schools", columns: [txt("name"), num("pupils"), num("socio"), num("referrals")] },
    // The referral list behind the counts, optional: it reconciles against the schools.
    { id: "referrals", columns: [txt("school", true), num("year_fraction", true)] },
  ],
  params: [
    { id: "pool", kind: "money" },
    { id: "pupil_weight", kind: "share", default: HJORRING_DEFAULTS.pupilWeight },
    { id: "rate", kind: "money", default: HJORRING_DEFAULTS.rate },
  ],
  summary: [],
  reconcile: { items: "referrals.school", amounts: "referrals.year_fraction", format: "number", list: "schools.name" },
  tables: [
    {
      id: "schools",
      rows: "schools",
      chart: ["share", "referral_cost"],
      columns: [
        text("schools", "name"),
        spill("share", "money", (r) =>
          formula(HJORRING_SHARE, { pool: r.param("pool"), pupils: r.input("schools", "pupils"), socio: r.input("schools", "socio"), pupil_weight: r.param("pupil_weight") })
        ),
        { id: "referral_cost", format: "money", total: true, formula: (r, i) => `=${r.inputCell("schools", "referrals", i)}*${r.param("rate")}` },
        spill("balance", "money", (r) =>
          formula(signatureOf(HJORRING_BALANCE), { share: r.column("schools", "share"), referrals: r.input("schools", "referrals"), rate: r.param("rate") })
        ),
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
