import { signatureOf } from "../../excel/elementwise";
import { formula } from "../../excel/signature";
import { FormOf, spill, text, txt } from "../../taskpane/form";
import { EFTERSKOLE_BASIS_YEAR, EFTERSKOLE_CATEGORY, EFTERSKOLE_GRANT } from "./declarations";
import { efterskole } from "./example";
import * as texts from "./texts";

export const efterskolePane = {
  id: "efterskole",
  help: "efterskole",
  texts,
  example: efterskole,
  groups: [
    {
      id: "pupils",
      columns: [txt("name", true), { id: "ppr_9h", kind: "flag" }, { id: "ppr_extensive", kind: "flag" }, { id: "plan", kind: "flag" }, txt("efterskole", true)],
    },
    // Pupils of several efterskoler: each pupil's school is reconciled against the list.
    { id: "efterskoler", columns: [txt("name", true)] },
  ],
  params: [
    { id: "fiscal_year", kind: "year" },
    { id: "grundtakst", kind: "money" },
    { id: "tillaeg1", kind: "money" },
    { id: "tillaeg2", kind: "money" },
  ],
  reconcile: { items: "pupils.efterskole", list: "efterskoler.name" },
  summary: [
    { id: "basis_year", format: "text", formula: (r) => formula(signatureOf(EFTERSKOLE_BASIS_YEAR), { fiscal_year: r.param("fiscal_year") }) },
    {
      id: "grant",
      format: "money",
      formula: (r) => formula(EFTERSKOLE_GRANT, { categories: r.column("pupils", "category"), grundtakst: r.param("grundtakst"), tillaeg1: r.param("tillaeg1"), tillaeg2: r.param("tillaeg2") }),
    },
  ],
  tables: [
    {
      id: "categories",
      rows: 3,
      chart: ["grant"],
      columns: [
        { id: "category", format: "text", formula: (r, i) => r.text(`out.cat${i}`) },
        {
          id: "grant",
          format: "money",
          total: true,
          formula: (r, i) => `=${r.cell("categories", "count", i)}*(${[r.param("grundtakst"), ...(i ? [r.param(`tillaeg${i}`)] : [])].join("+")})`,
        },
        { id: "count", format: "integer", total: true, formula: (r, i) => `=COUNTIF(${r.column("pupils", "category")}, ${i})` },
      ],
    },
    {
      id: "pupils",
      rows: "pupils",
      columns: [
        text("pupils", "name"),
        {
          ...spill("category", "integer", (r) =>
            formula(signatureOf(EFTERSKOLE_CATEGORY), { ppr_9h: r.input("pupils", "ppr_9h"), ppr_extensive: r.input("pupils", "ppr_extensive"), plan: r.input("pupils", "plan") })
          ),
          total: false,
        },
      ],
    },
  ],
} satisfies FormOf<typeof texts>;
