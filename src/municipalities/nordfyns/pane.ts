import { formula } from "../../excel/signature";
import { FormOf, copy, num, spill, text, txt } from "../../taskpane/form";
import { NORDFYNS_COMMON_FUNDS, NORDFYNS_SCHOOL_DRAW } from "./declarations";
import { nordfyns } from "./example";
import * as texts from "./texts";

export const nordfynsPane = {
  id: "nordfyns",
  help: "nordfyns",
  texts,
  example: nordfyns,
  groups: [
    { id: "schools", columns: [txt("name"), num("base_budget")] },
    // The referral's school is optional: the pool pays, the reconciliation checks the names.
    { id: "referrals", columns: [txt("school", true), num("cost")] },
  ],
  params: [
    { id: "budget", kind: "money" },
    { id: "opening_balance", kind: "money" },
  ],
  reconcile: { items: "referrals.school", amounts: "referrals.cost", list: "schools.name" },
  summary: [
    { id: "costs", format: "money", formula: (r) => `=SUM(${r.input("referrals", "cost")})` },
    {
      id: "common_funds",
      format: "money",
      formula: (r) => formula(NORDFYNS_COMMON_FUNDS, { budget: r.param("budget"), costs: r.input("referrals", "cost"), opening_balance: r.param("opening_balance") }),
    },
  ],
  tables: [
    {
      id: "schools",
      rows: "schools",
      // The draw alone: beside the base budgets (millions) it would not show.
      chart: ["draw"],
      columns: [
        text("schools", "name"),
        spill("draw", "money", (r) =>
          formula(NORDFYNS_SCHOOL_DRAW, {
            budget: r.param("budget"),
            costs: r.input("referrals", "cost"),
            opening_balance: r.param("opening_balance"),
            base_budgets: r.input("schools", "base_budget"),
          })
        ),
        copy("schools", "base_budget", "base_budget", "money"),
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
