import { Area, absoluteAddress, cellAddress, columnLetters, rowCount } from "./address";
import { COMPARED } from "../municipalities";
import { Language, TextKey, key, modelName, t } from "../texts";
import { Format, PaneForm, Param, ParamKind, Reconcile, Refs } from "./form";
import type { OutputSheet } from "./workbook";

/**
 * The output sheet of one model, cell by cell from A1: title and the two-line explanation, a
 * labelled parameter block (the cells the formulas reference, so what-if is editing a cell),
 * summary lines, the reconciliation block, then each result table with headers, live SPU
 * formulas, a totals row and a bar chart. Pure: the Office side only writes what this returns.
 */

/** The reconciliation's difference: 0 in green, anything else in red. */
type Difference = "difference" | "difference_number";

/** Number formats in Office.js's en-US codes; Danish Excel shows `#,##0 "kr."` as `1.234.567 kr.` */
const NUMBER_FORMATS: Record<Format | Difference, string> = {
  money: '#,##0 "kr."',
  money_ore: '#,##0.00 "kr."',
  share: "0.0%",
  number: "General",
  integer: "0",
  date: "dd-mm-yyyy",
  text: "General",
  difference: '[Red]#,##0.00 "kr.";[Red]-#,##0.00 "kr.";[Color10]0 "kr."',
  difference_number: "[Red]General;[Red]-General;[Color10]0",
};

export const PARAM_FORMATS: Record<ParamKind, Format> = { money: "money", share: "share", number: "number", date: "date", year: "integer", model: "text" };

export interface LayoutInput {
  model: PaneForm;
  lang: Language;
  /** `group.column` → the user's range; optional columns may be missing. */
  inputs: Record<string, Area>;
  /** `group.column` → the Excel table column it was mapped to ("Skoletabel[Skole]"). */
  structured?: Record<string, string>;
  params: Record<string, number>;
}

/** An output sheet put together row by row from A1; both layouts (one model, the comparison) use it. */
export class SheetBuilder {
  readonly charts: OutputSheet["charts"] = [];
  readonly readBack: string[] = [];
  /** Whether the first two read-back cells are the reconciliation's difference and unknown names, in kroner or a number. */
  reconciled?: "money" | "number";
  private readonly rows: (string | number)[][] = [];
  /** Each parameter's cell and the value written there, to see later what the user changed. */
  readonly paramCells: Record<string, { cell: string; value: string | number }> = {};
  private readonly formats: (Format | Difference)[][] = [];
  private readonly bold: number[] = [];

  constructor(private readonly lang: Language) {}

  /** The 0-based index of the next row. */
  get row(): number {
    return this.rows.length;
  }

  put(cells: (string | number)[], format: (Format | Difference)[] = [], isBold = false): void {
    if (isBold) this.bold.push(this.rows.length);
    this.rows.push(cells);
    this.formats.push(format);
  }

  /** Fills a row put earlier as a placeholder. */
  set(row: number, cells: (string | number)[], format: Format[]): void {
    this.rows[row] = cells;
    this.formats[row] = format;
  }

  /** The title and the two-line explanation of `model.<id>`, then a blank row. */
  intro(id: string): void {
    this.put([t(this.lang, key("model", id))], [], true);
    for (const line of t(this.lang, key("model", `${id}.text`)).split("\n")) this.put([line]);
    this.put([]);
  }

  /**
   * A labelled parameter block (the cells the formulas reference, so what-if is editing a cell):
   * label | value, or for a named parameter name | value | label, the name/value rows SPU reads by
   * name. A parameter without a value stays blank. Returns each parameter's absolute cell.
   */
  params(list: Param[], values: Record<string, number>): Record<string, string> {
    const cells: Record<string, string> = {};
    for (const p of list) {
      cells[p.id] = cellAddress(this.row, 1, true);
      const label = paramLabel(this.lang, p);
      const value = values[p.id] === undefined ? "" : p.kind === "model" ? modelName(this.lang, COMPARED[values[p.id]].id) : values[p.id];
      this.paramCells[p.id] = { cell: cellAddress(this.row, 1), value };
      const format: Format[] = ["text", PARAM_FORMATS[p.kind], "text"];
      this.put(p.named ? [p.id, value, value === "" && p.blank ? `${label} (${t(this.lang, p.blank as TextKey)})` : label] : [label, value], format);
    }
    return cells;
  }

  /**
   * What the items (referrals by school) add up to, what of it is attributed to a name on the list
   * (the schools), the difference (0 in green, else red) and the names not on the list: live
   * formulas, like the rest. MATCH compares as SUMIF does, so this is what the tables attribute.
   * Without `amounts` the rows are counted.
   */
  reconciliation(spec: Reconcile, items: string, amounts: string | undefined, list: string): void {
    const [g] = spec.items.split(".");
    const [lg] = spec.list.split(".");
    const group = t(this.lang, key("group", g));
    const names = { amount: amounts ? t(this.lang, key("col", spec.amounts!.split(".")[1])) : group, list: t(this.lang, key("group", lg)).toLowerCase() };
    const money = amounts !== undefined && spec.format !== "number";
    const [format, difference] = money ? (["money_ore", "difference"] as const) : (["number", "difference_number"] as const);
    const known = `ISNUMBER(MATCH(${items},${list},0))`;
    const top = this.row + 1;
    this.put([t(this.lang, "out.reconcile", { group: group.toLowerCase(), ...names })], [], true);
    this.put([t(this.lang, "out.reconcile.all", names), amounts ? `=SUM(${amounts})` : `=COUNTA(${items})`], ["text", format]);
    this.put([t(this.lang, "out.reconcile.known", names), amounts ? `=SUMPRODUCT(${known}*${amounts})` : `=SUMPRODUCT(${known}*1)`], ["text", format]);
    this.put([t(this.lang, "out.reconcile.difference"), `=B${top + 1}-B${top + 2}`], ["text", difference], true);
    // ""& keeps blanks blank; the quotes show a stray space.
    this.put([t(this.lang, "out.reconcile.unknown", names), `=TEXTJOIN(", ",1,UNIQUE(IF(${known}+(${items}=""),"","'"&${items}&"'")))`], ["text", "text"]);
    this.readBack.push(`B${top + 3}`, `B${top + 4}`);
    this.reconciled = money ? "money" : "number";
    this.put([]);
  }

  finish(title: string): OutputSheet {
    const width = Math.max(2, ...this.rows.map((r) => r.length));
    const pad = <T>(r: T[], blank: T) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : blank));
    return {
      title,
      formulas: this.rows.map((r) => pad(r, "")),
      numberFormats: this.formats.map((r) => pad<Format | Difference>(r, "text").map((f) => NUMBER_FORMATS[f])),
      bold: this.bold,
      charts: this.charts,
      readBack: this.readBack,
      params: this.paramCells,
      reconciled: this.reconciled,
    };
  }
}

/**
 * A text with `{name}` placeholders as a formula expression (no "=") joining its parts with the
 * cells named: `"Under "&$B$5&"-modellen"`, so the text follows the cell.
 */
export function textFormula(template: string, refs: Record<string, string>): string {
  const parts = template.split(/\{(\w+)\}/);
  return parts
    .map((p, k) => (k % 2 ? refs[p] : `"${p.replace(/"/g, '""')}"`))
    .filter((p) => p !== '""')
    .join("&");
}

/** A text in lines of at most `width` characters, broken at spaces: a printed cell does not wrap by itself. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A comparison setting's label where its model is named already (the scenarios): without "Roskilde: ". */
export function settingLabel(lang: Language, p: Param & { model: string }): string {
  const label = paramLabel(lang, p);
  const prefix = `${modelName(lang, p.model)}: `;
  return label.startsWith(prefix) ? label.slice(prefix.length) : label;
}

/** A parameter's label: `param.<id>`, or its own (a comparison setting's). */
export function paramLabel(lang: Language, p: Param): string {
  return t(lang, (p.label as TextKey | undefined) ?? key("param", p.id));
}

export function layout({ model, lang, inputs, structured = {}, params }: LayoutInput): OutputSheet {
  const b = new SheetBuilder(lang);
  b.intro(model.id);
  b.put([t(lang, "out.parameters")], [], true);
  const paramCell = b.params(model.params, params);
  b.put([]);

  // A table column the user mapped as such is referenced by name, so formulas follow its rows.
  const input = (group: string, column: string) => {
    const k = `${group}.${column}`;
    return structured[k] ?? (inputs[k] ? absoluteAddress(inputs[k]) : undefined);
  };
  const mapped = (k?: string) => (k ? input(...(k.split(".") as [string, string])) : undefined);
  const r = model.reconcile;
  const [items, list] = [mapped(r?.items), mapped(r?.list)];
  if (r && items && list) b.reconciliation(r, items, mapped(r.amounts), list);

  const summaryAt = b.row;
  model.summary.forEach(() => b.put([]));
  if (model.summary.length) b.put([]);

  // Place the tables first: formulas may reference any table's columns.
  const groupRows = (group: string) => rowCount(Object.entries(inputs).find(([key]) => key.startsWith(`${group}.`))![1]);
  const tableAt: Record<string, { first: number; count: number }> = {};
  let next = b.row;
  for (const table of model.tables) {
    const count = typeof table.rows === "number" ? table.rows : groupRows(table.rows);
    tableAt[table.id] = { first: next + 2, count };
    next += count + 4;
  }
  const columnIndex = (table: string, column: string) => model.tables.find((x) => x.id === table)!.columns.findIndex((c) => c.id === column);

  const refs: Refs = {
    input,
    inputCell(group, column, i) {
      const area = inputs[`${group}.${column}`];
      return absoluteAddress({ ...area, top: area.top + i, bottom: area.top + i });
    },
    param: (id) => paramCell[id],
    column(table, column) {
      const { first, count } = tableAt[table];
      const c = columnIndex(table, column);
      return `${cellAddress(first, c, true)}:${cellAddress(first + count - 1, c, true)}`;
    },
    cell: (table, column, i) => cellAddress(tableAt[table].first + i, columnIndex(table, column), true),
    text: (k) => t(lang, k as TextKey),
  };

  model.summary.forEach((s, k) => {
    b.set(summaryAt + k, [t(lang, key("out", s.id)), s.formula(refs)], ["text", s.format]);
    b.readBack.push(cellAddress(summaryAt + k, 1));
  });

  for (const table of model.tables) {
    const { first, count } = tableAt[table.id];
    const columnFormats = table.columns.map((c) => c.format);
    b.put([t(lang, key("out", table.id))], [], true);
    b.put(
      table.columns.map((c) => t(lang, key("out", c.id))),
      [],
      true
    );
    for (let i = 0; i < count; i++) {
      b.put(
        table.columns.map((c) => (c.spill && i > 0 ? "" : c.formula(refs, i))),
        columnFormats
      );
    }
    const totalRow = first + count;
    b.put(
      table.columns.map((c, j) =>
        j === 0 ? t(lang, "out.total") : c.total ? `=SUM(${cellAddress(first, j)}:${cellAddress(first + count - 1, j)})` : ""
      ),
      columnFormats,
      true
    );
    table.columns.forEach((c, j) => c.total && j > 0 && b.readBack.push(cellAddress(totalRow, j)));
    b.put([]);
    if (table.chart) {
      // The charted columns follow the first (a chart's source is one range).
      const last = Math.max(...table.chart.map((id) => table.columns.findIndex((c) => c.id === id)));
      b.charts.push({
        title: t(lang, key("out", table.id)),
        source: `A${first}:${columnLetters(last)}${first + count}`,
        anchor: cellAddress(first - 2, Math.max(...model.tables.map((x) => x.columns.length)) + 1),
        money: table.columns[last].format.startsWith("money"),
      });
    }
  }

  return b.finish(modelName(lang, model.id));
}
