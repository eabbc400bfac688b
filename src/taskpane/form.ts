import type { Workbook as ExampleBook } from "../examples/workbook";
import type { en } from "../texts/en";

/**
 * What a model asks of the user and what the pane writes for it (each model's home has its form
 * in pane.ts): its input tables and columns, its parameters with the seeds' defaults (none where
 * the seeds give no figure: the user must fill those in), and the output tables as live SPU
 * formulas. Every id names a text of the catalogue (`group.<id>`, `col.<id>`, `param.<id>`,
 * `out.<id>`): `satisfies FormOf<typeof texts>` fails typecheck on an id without its text.
 */
export type ColumnKind = "text" | "number" | "flag" | "date";

/** The ids a set of text keys allows under `prefix`: `param.pool` allows the param id `pool`. */
type Under<K, P extends string> = string extends K ? string : K extends `${P}.${infer X}` ? X : never;

export interface InputColumn<C extends string = string> {
  id: C;
  kind: ColumnKind;
  optional?: boolean;
  /** Optional for the whole, required by these models (the comparison's classes: Viborg). */
  neededBy?: string[];
}
export interface InputGroup<G extends string = string, C extends string = string> {
  id: G;
  columns: InputColumn<C>[];
}

/** `model`: one of the compared models, by its index (the sheet shows its name). */
export type ParamKind = "money" | "share" | "number" | "date" | "year" | "model";
export interface Param<P extends string = string, B extends string = string> {
  id: P;
  kind: ParamKind;
  /** The seed's figure; undefined: the seeds give none, so the user must (unless `blank`). */
  default?: number;
  /** It may stay blank: the text key saying what a blank means (the function's own default, or the model that then shows an error). */
  blank?: B;
  /** Written as a name/value row that SPU reads by its name (the id): SPU.COMPARE's settings. */
  named?: boolean;
  /** The text key of its label, when not `param.<id>` (a comparison setting's `setting.<id>`). */
  label?: string;
}

/** `money`: whole kroner; `money_ore`: kroner and øre, for results a model computes to the øre. */
export type Format = "money" | "money_ore" | "share" | "number" | "integer" | "date" | "text";

/** Where a formula finds things; every address is absolute. */
export interface Refs {
  /** A mapped input column ("Skoler!$B$2:$B$11" or "Skoletabel[Skole]"), undefined when an optional one is not mapped. */
  input(group: string, column: string): string | undefined;
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

export interface OutColumn<O extends string = string> {
  id: O;
  format: Format;
  /** Adds a totals row entry. */
  total?: boolean;
  /** One spilling formula in the first row (true) or one formula per row. */
  spill?: boolean;
  formula(r: Refs, i: number): string;
}

export interface OutTable<O extends string = string, G extends string = string> {
  id: O;
  /** The input group whose rows it follows, or a fixed number of rows. */
  rows: G | number;
  columns: OutColumn<O>[];
  /** Bar chart of the first column (categories) against these columns' ids. */
  chart?: O[];
}

export interface Summary<O extends string = string> {
  id: O;
  format: Format;
  formula(r: Refs): string;
}

/**
 * Rows that name an entry of another list (a referral its school, a school its area): the
 * reconciliation block checks that each one's amount is attributed to a name on that list.
 * Each is a `group.column`; without `amounts` (or with an optional one not mapped) each row
 * counts one. The block is written when `items` and `list` are mapped.
 */
export interface Reconcile {
  items: string;
  list: string;
  amounts?: string;
  /** The amounts are kroner (the default) or a number (pupil-years). */
  format?: "money" | "number";
}

export interface PaneForm<K extends string = string> {
  id: string;
  groups: InputGroup<Under<K, "group">, Under<K, "col">>[];
  params: Param<Under<K, "param">, K>[];
  summary: Summary<Under<K, "out">>[];
  tables: OutTable<Under<K, "out">, Under<K, "group">>[];
  reconcile?: Reconcile;
  /** The help page, docs/<help>.html (Danish: docs/da/<help>.html). */
  help: string;
  /** Its texts (texts.ts in its home), merged into the catalogue. */
  texts?: { en: Record<string, string>; da: Record<string, string> };
  example?: () => ExampleBook;
}

/** A model's form, its ids checked against the catalogue's texts and its own. */
export type FormOf<T extends { en: object }> = PaneForm<(keyof typeof en | keyof T["en"]) & string>;

/** A mapped text column copied cell by cell (`""&` keeps a blank blank). */
export const text = <O extends string>(g: string, c: O): OutColumn<O> => ({
  id: c,
  format: "text",
  formula: (r, i) => (r.input(g, c) ? `=""&${r.inputCell(g, c, i)}` : ""),
});
export const copy = <O extends string>(g: string, c: string, id: O, format: Format): OutColumn<O> => ({
  id,
  format,
  total: true,
  formula: (r, i) => `=${r.inputCell(g, c, i)}`,
});
export const spill = <O extends string>(id: O, format: Format, formula: (r: Refs) => string): OutColumn<O> => ({ id, format, total: true, spill: true, formula });

/** Per school: the sum of a referral column over the referrals of that school. */
export const perSchool = <O extends string>(id: O, referralColumn: string, format: Format = "money"): OutColumn<O> => ({
  id,
  format,
  total: true,
  formula: (r, i) => `=SUMIF(${r.input("referrals", "school")}, ${r.cell("schools", "name", i)}, ${r.column("referrals", referralColumn)})`,
});
export const net = (plus: string, minus: string, format: Format = "money"): OutColumn<"net"> => ({
  id: "net",
  format,
  total: true,
  formula: (r, i) => `=${r.cell("schools", plus, i)}-${r.cell("schools", minus, i)}`,
});

export const num = <C extends string>(id: C, optional = false): InputColumn<C> => ({ id, kind: "number", optional });
export const txt = <C extends string>(id: C, optional = false): InputColumn<C> => ({ id, kind: "text", optional });
