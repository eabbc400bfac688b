import { signatureOf } from "../../excel/elementwise";
import { formula } from "../../excel/signature";
import { FormOf, Refs, copy, num, spill, text, txt } from "../../taskpane/form";
import { HORSHOLM_ALLOCATION, HORSHOLM_DECENTRAL, HORSHOLM_PERIOD_COST } from "./declarations";
import { horsholm } from "./example";
import * as texts from "./texts";

const period = (r: Refs) => ({
  annual_cost: r.input("referrals", "annual_cost"),
  start: r.input("referrals", "start"),
  end: r.input("referrals", "end"),
  period_start: r.param("period_start"),
  period_end: r.param("period_end"),
});

export const horsholmPane = {
  id: "horsholm",
  help: "horsholm",
  texts,
  example: horsholm,
  groups: [
    { id: "schools", columns: [txt("name"), num("pupils")] },
    { id: "referrals", columns: [txt("school"), num("annual_cost"), { id: "start", kind: "date" }, { id: "end", kind: "date" }] },
  ],
  params: [
    { id: "pool", kind: "money" },
    { id: "period_start", kind: "date" },
    { id: "period_end", kind: "date" },
  ],
  summary: [],
  reconcile: { items: "referrals.school", amounts: "referrals.annual_cost", list: "schools.name" },
  tables: [
    {
      id: "schools",
      rows: "schools",
      chart: ["decentral", "central_allocation"],
      columns: [
        text("schools", "name"),
        spill("decentral", "money", (r) => formula(HORSHOLM_DECENTRAL, { pool: r.param("pool"), pupils: r.input("schools", "pupils") })),
        spill("central_allocation", "money_ore", (r) => {
          const { annual_cost, start, end, period_start, period_end } = period(r);
          return formula(HORSHOLM_ALLOCATION, {
            schools: r.input("schools", "name"),
            referral_schools: r.input("referrals", "school"),
            annual_costs: annual_cost,
            starts: start,
            ends: end,
            period_start,
            period_end,
          });
        }),
      ],
    },
    {
      id: "referrals",
      rows: "referrals",
      columns: [
        text("referrals", "school"),
        copy("referrals", "annual_cost", "cost", "money"),
        spill("period_cost", "money_ore", (r) => formula(signatureOf(HORSHOLM_PERIOD_COST), period(r))),
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
