/**
 * What each model asks of the user and what the pane writes for it: its input tables and
 * columns, its parameters with the seeds' defaults (none where the seeds give no figure: the
 * user must fill those in), and the output tables as live SPU formulas. Texts are in i18n.ts
 * under `model.<id>`, `group.<id>`, `col.<id>`, `param.<id>` and `out.<id>`.
 */
export type ModelId = "roskilde" | "viborg" | "hjorring" | "aalborg" | "nordfyns" | "horsholm" | "efterskole" | "compare";

/** The models SPU.COMPARE sets side by side, in the order of its columns. */
export const COMPARED: ModelId[] = ["nordfyns", "horsholm", "aalborg", "roskilde", "viborg", "hjorring"];

export type ColumnKind = "text" | "number" | "flag" | "date";
export interface InputColumn {
  id: string;
  kind: ColumnKind;
  optional?: boolean;
}
export interface InputGroup {
  id: string;
  columns: InputColumn[];
}

/** `model`: one of COMPARED, by its index (the sheet shows its name). */
export type ParamKind = "money" | "share" | "number" | "date" | "year" | "model";
export interface Param {
  id: string;
  kind: ParamKind;
  /** The seed's figure; undefined: the seeds give none, so the user must (unless `blank`). */
  default?: number;
  /** It may stay blank: the i18n key saying what a blank means (the function's own default, or the model that then shows an error). */
  blank?: string;
  /** Written as a name/value row that SPU reads by its name (the id): SPU.COMPARE's settings. */
  named?: boolean;
}

export type Format = "money" | "share" | "number" | "integer" | "date" | "text";

/** Where a formula finds things; every address is absolute. */
export interface Refs {
  /** A mapped input column ("Skoler!$B$2:$B$11"), or `""` when an optional one is not mapped. */
  input(group: string, column: string): string;
  /** One cell of an input column, row i (0-based). */
  inputCell(group: string, column: string, i: number): string;
  /** The cell holding a parameter on the output sheet. */
  param(id: string): string;
  /** An output table's column, all data rows. */
  column(table: string, column: string): string;
  /** One cell of an output table's column. */
  cell(table: string, column: string, i: number): string;
  /** A text in the user's language, as a formula string literal. */
  text(key: string): string;
}

export interface OutColumn {
  id: string;
  format: Format;
  /** Adds a totals row entry. */
  total?: boolean;
  /** One spilling formula in the first row (true) or one formula per row. */
  spill?: boolean;
  formula(r: Refs, i: number): string;
}

export interface OutTable {
  id: string;
  /** The input group whose rows it follows, or a fixed number of rows. */
  rows: string | number;
  columns: OutColumn[];
  /** Bar chart of the first column (categories) against the next `chart` columns. */
  chart?: number;
}

export interface Summary {
  id: string;
  format: Format;
  formula(r: Refs): string;
}

export interface Model {
  id: ModelId;
  groups: InputGroup[];
  params: Param[];
  summary: Summary[];
  tables: OutTable[];
}

/** `=SPU.NAME(a, b, …)`: Office.js formulas are always en-US, so `,` separates. */
export function spu(name: string, ...args: string[]): string {
  return `=SPU.${name}(${args.join(", ")})`;
}

const text = (g: string, c: string): OutColumn => ({ id: c, format: "text", formula: (r, i) => (r.input(g, c) ? `=""&${r.inputCell(g, c, i)}` : "") });
const copy = (g: string, c: string, id: string, format: Format): OutColumn => ({ id, format, total: true, formula: (r, i) => `=${r.inputCell(g, c, i)}` });
const spill = (id: string, format: Format, formula: (r: Refs) => string): OutColumn => ({ id, format, total: true, spill: true, formula });
/** Per school: the sum of a referral column over the referrals of that school. */
const perSchool = (id: string, referralColumn: string): OutColumn => ({
  id,
  format: "money",
  total: true,
  formula: (r, i) => `=SUMIF(${r.input("referrals", "school")}, ${r.cell("schools", "name", i)}, ${r.column("referrals", referralColumn)})`,
});
const net = (plus: string, minus: string): OutColumn => ({
  id: "net",
  format: "money",
  total: true,
  formula: (r, i) => `=${r.cell("schools", plus, i)}-${r.cell("schools", minus, i)}`,
});

const num = (id: string, optional = false): InputColumn => ({ id, kind: "number", optional });
const txt = (id: string, optional = false): InputColumn => ({ id, kind: "text", optional });

/** A setting of SPU.COMPARE: the seed's figure, or the i18n key of what a blank means. */
const setting = (id: string, kind: ParamKind, fallback: number | string): Param =>
  typeof fallback === "number" ? { id, kind, named: true, default: fallback } : { id, kind, named: true, blank: fallback };

const roskildeArgs = (r: Refs) => [
  r.input("referrals", "cost"),
  r.input("referrals", "offer") || '""',
  r.input("referrals", "year_fraction") || '""',
  ...["threshold", "compensation", "treatment_threshold", "treatment_compensation", "cap"].map((p) => r.param(p)),
];

const viborgArgs = (r: Refs) => [r.input("referrals", "cost"), r.input("referrals", "year_fraction") || '""', r.param("rate")];

const horsholmPeriod = (r: Refs) => [
  r.input("referrals", "annual_cost"),
  r.input("referrals", "start"),
  r.input("referrals", "end"),
  r.param("period_start"),
  r.param("period_end"),
];

export const MODELS: Model[] = [
  {
    id: "roskilde",
    groups: [
      { id: "schools", columns: [txt("name"), num("socio")] },
      { id: "referrals", columns: [txt("school"), txt("offer", true), num("cost"), num("year_fraction", true)] },
    ],
    params: [
      { id: "pool", kind: "money" },
      { id: "threshold", kind: "money", default: 354000 },
      { id: "compensation", kind: "share", default: 0.75 },
      { id: "treatment_threshold", kind: "money", default: 413000 },
      { id: "treatment_compensation", kind: "share", default: 0.5 },
      { id: "cap", kind: "money", default: 666000 },
    ],
    summary: [],
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 2,
        columns: [
          text("schools", "name"),
          spill("allocation", "money", (r) => spu("ALLOCATE", r.param("pool"), r.input("schools", "socio"))),
          perSchool("payments", "school_payment"),
          net("allocation", "payments"),
        ],
      },
      {
        id: "referrals",
        rows: "referrals",
        columns: [
          text("referrals", "school"),
          copy("referrals", "cost", "cost", "money"),
          spill("school_payment", "money", (r) => spu("ROSKILDE_COST", ...roskildeArgs(r))),
          spill("central", "money", (r) => spu("ROSKILDE_CENTRAL", ...roskildeArgs(r))),
        ],
      },
    ],
  },
  {
    id: "viborg",
    groups: [
      { id: "schools", columns: [txt("name"), num("classes"), num("socio")] },
      { id: "referrals", columns: [txt("school"), num("cost"), num("year_fraction", true)] },
    ],
    params: [
      { id: "pool", kind: "money" },
      { id: "class_weight", kind: "share" },
      { id: "rate", kind: "money", default: 135000 },
    ],
    summary: [],
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 2,
        columns: [
          text("schools", "name"),
          spill("allocation", "money", (r) =>
            spu("VIBORG_ALLOCATION", r.param("pool"), r.input("schools", "classes"), r.input("schools", "socio"), r.param("class_weight"))
          ),
          perSchool("payments", "school_payment"),
          net("allocation", "payments"),
        ],
      },
      {
        id: "referrals",
        rows: "referrals",
        columns: [
          text("referrals", "school"),
          copy("referrals", "cost", "cost", "money"),
          spill("school_payment", "money", (r) => spu("VIBORG_COST", ...viborgArgs(r))),
          spill("central_rest", "money", (r) => spu("VIBORG_CENTRAL", ...viborgArgs(r))),
        ],
      },
    ],
  },
  {
    id: "hjorring",
    groups: [{ id: "schools", columns: [txt("name"), num("pupils"), num("socio"), num("referrals")] }],
    params: [
      { id: "pool", kind: "money" },
      { id: "pupil_weight", kind: "share", default: 0.7 },
      { id: "rate", kind: "money", default: 293000 },
    ],
    summary: [],
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 2,
        columns: [
          text("schools", "name"),
          spill("share", "money", (r) =>
            spu("HJORRING_SHARE", r.param("pool"), r.input("schools", "pupils"), r.input("schools", "socio"), r.param("pupil_weight"))
          ),
          { id: "referral_cost", format: "money", total: true, formula: (r, i) => `=${r.inputCell("schools", "referrals", i)}*${r.param("rate")}` },
          spill("balance", "money", (r) => spu("HJORRING_BALANCE", r.column("schools", "share"), r.input("schools", "referrals"), r.param("rate"))),
        ],
      },
    ],
  },
  {
    id: "aalborg",
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
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 1,
        columns: [
          text("schools", "name"),
          spill("settlement", "money", (r) =>
            spu(
              "AALBORG_SETTLEMENT_BY_AREA",
              r.input("schools", "area"),
              r.input("schools", "key"),
              r.input("areas", "area"),
              r.column("areas", "places"),
              r.input("areas", "used"),
              r.param("price")
            )
          ),
          text("schools", "area"),
        ],
      },
      {
        id: "areas",
        rows: "areas",
        chart: 2,
        columns: [
          text("areas", "area"),
          spill("places", "integer", (r) =>
            spu("AALBORG_PLACES", r.param("total_places"), r.input("areas", "pupils"), r.input("areas", "socio"), r.param("pupil_weight"))
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
  },
  {
    id: "nordfyns",
    groups: [
      { id: "schools", columns: [txt("name"), num("base_budget")] },
      { id: "referrals", columns: [num("cost")] },
    ],
    params: [
      { id: "budget", kind: "money" },
      { id: "opening_balance", kind: "money" },
    ],
    summary: [
      { id: "costs", format: "money", formula: (r) => `=SUM(${r.input("referrals", "cost")})` },
      {
        id: "common_funds",
        format: "money",
        formula: (r) => spu("NORDFYNS_COMMON_FUNDS", r.param("budget"), r.input("referrals", "cost"), r.param("opening_balance")),
      },
    ],
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 2,
        columns: [
          text("schools", "name"),
          copy("schools", "base_budget", "base_budget", "money"),
          spill("draw", "money", (r) =>
            spu("NORDFYNS_SCHOOL_DRAW", r.param("budget"), r.input("referrals", "cost"), r.param("opening_balance"), r.input("schools", "base_budget"))
          ),
        ],
      },
    ],
  },
  {
    id: "horsholm",
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
    tables: [
      {
        id: "schools",
        rows: "schools",
        chart: 2,
        columns: [
          text("schools", "name"),
          spill("decentral", "money", (r) => spu("HORSHOLM_DECENTRAL", r.param("pool"), r.input("schools", "pupils"))),
          spill("central_allocation", "money", (r) =>
            spu("HORSHOLM_ALLOCATION", r.input("schools", "name"), r.input("referrals", "school"), ...horsholmPeriod(r))
          ),
        ],
      },
      {
        id: "referrals",
        rows: "referrals",
        columns: [
          text("referrals", "school"),
          copy("referrals", "annual_cost", "cost", "money"),
          spill("period_cost", "money", (r) => spu("HORSHOLM_PERIOD_COST", ...horsholmPeriod(r))),
        ],
      },
    ],
  },
  {
    // The comparison writes its own sheet (compare-layout.ts): no summary or tables here.
    id: "compare",
    groups: [
      { id: "schools", columns: [txt("name"), num("pupils"), num("classes", true), num("socio"), txt("area", true), num("base_budget", true)] },
      { id: "referrals", columns: [txt("school"), txt("offer", true), num("cost"), num("year_fraction", true)] },
    ],
    params: [
      { id: "budget", kind: "money" },
      { id: "marginal_cost", kind: "money" },
      { id: "current_model", kind: "model" },
      { id: "target_model", kind: "model" },
      { id: "max_loss", kind: "share" },
      { id: "years", kind: "number" },
      setting("roskilde.threshold", "money", 354000),
      setting("roskilde.compensation", "share", 0.75),
      setting("roskilde.treatment_threshold", "money", 413000),
      setting("roskilde.treatment_compensation", "share", 0.5),
      setting("roskilde.cap", "money", 666000),
      setting("viborg.rate", "money", 135000),
      setting("viborg.class_weight", "share", "blank.required"),
      setting("hjorring.pupil_weight", "share", 0.7),
      setting("hjorring.rate", "money", "blank.hjorring_rate"),
      setting("aalborg.pupil_weight", "share", "blank.required"),
      setting("aalborg.places", "number", "blank.aalborg_places"),
      setting("aalborg.price", "money", "blank.aalborg_price"),
      setting("nordfyns.opening_balance", "money", "blank.required"),
      setting("horsholm.decentral_share", "share", "blank.required"),
    ],
    summary: [],
    tables: [],
  },
  {
    id: "efterskole",
    groups: [
      {
        id: "pupils",
        columns: [txt("name", true), { id: "ppr_9h", kind: "flag" }, { id: "ppr_extensive", kind: "flag" }, { id: "plan", kind: "flag" }],
      },
    ],
    params: [
      { id: "fiscal_year", kind: "year" },
      { id: "grundtakst", kind: "money" },
      { id: "tillaeg1", kind: "money" },
      { id: "tillaeg2", kind: "money" },
    ],
    summary: [
      { id: "basis_year", format: "text", formula: (r) => spu("EFTERSKOLE_BASIS_YEAR", r.param("fiscal_year")) },
      {
        id: "grant",
        format: "money",
        formula: (r) => spu("EFTERSKOLE_GRANT", r.column("pupils", "category"), r.param("grundtakst"), r.param("tillaeg1"), r.param("tillaeg2")),
      },
    ],
    tables: [
      {
        id: "categories",
        rows: 3,
        chart: 1,
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
              spu("EFTERSKOLE_CATEGORY", r.input("pupils", "ppr_9h"), r.input("pupils", "ppr_extensive"), r.input("pupils", "plan"))
            ),
            total: false,
          },
        ],
      },
    ],
  },
];

export function model(id: string): Model {
  return MODELS.find((m) => m.id === id) ?? MODELS[0];
}
