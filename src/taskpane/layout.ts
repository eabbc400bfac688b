import { Area, absoluteAddress, cellAddress, columnLetters, rowCount } from "./address";
import { Language, modelName, t } from "./i18n";
import { COMPARED, Format, Model, Param, ParamKind, Refs } from "./models";
import type { OutputSheet } from "./workbook";

/**
 * The output sheet of one model, cell by cell from A1: title and the two-line explanation, a
 * labelled parameter block (the cells the formulas reference, so what-if is editing a cell),
 * summary lines, then each result table with headers, live SPU formulas, a totals row and a bar
 * chart. Pure: the Office side only writes what this returns.
 */

/** Number formats in Office.js's en-US codes; Danish Excel shows `#,##0 "kr."` as `1.234.567 kr.` */
const NUMBER_FORMATS: Record<Format, string> = {
  money: '#,##0 "kr."',
  share: "0.0%",
  number: "General",
  integer: "0",
  date: "yyyy-mm-dd",
  text: "General",
};

const PARAM_FORMATS: Record<ParamKind, Format> = { money: "money", share: "share", number: "number", date: "date", year: "integer", model: "text" };

export interface LayoutInput {
  model: Model;
  lang: Language;
  /** `group.column` → the user's range; optional columns may be missing. */
  inputs: Record<string, Area>;
  params: Record<string, number>;
}

/** An output sheet put together row by row from A1; both layouts (one model, the comparison) use it. */
export class SheetBuilder {
  readonly charts: OutputSheet["charts"] = [];
  readonly readBack: string[] = [];
  private readonly rows: (string | number)[][] = [];
  private readonly formats: Format[][] = [];
  private readonly bold: number[] = [];

  constructor(private readonly lang: Language) {}

  /** The 0-based index of the next row. */
  get row(): number {
    return this.rows.length;
  }

  put(cells: (string | number)[], format: Format[] = [], isBold = false): void {
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
    this.put([t(this.lang, `model.${id}`)], [], true);
    for (const line of t(this.lang, `model.${id}.text`).split("\n")) this.put([line]);
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
      const label = t(this.lang, `param.${p.id}`);
      const value = values[p.id] === undefined ? "" : p.kind === "model" ? modelName(this.lang, COMPARED[values[p.id]]) : values[p.id];
      const format: Format[] = ["text", PARAM_FORMATS[p.kind], "text"];
      this.put(p.named ? [p.id, value, value === "" && p.blank ? `${label} (${t(this.lang, p.blank)})` : label] : [label, value], format);
    }
    return cells;
  }

  finish(title: string): OutputSheet {
    const width = Math.max(2, ...this.rows.map((r) => r.length));
    const pad = <T>(r: T[], blank: T) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : blank));
    return {
      title,
      formulas: this.rows.map((r) => pad(r, "")),
      numberFormats: this.formats.map((r) => pad(r, "text" as Format).map((f) => NUMBER_FORMATS[f])),
      bold: this.bold,
      charts: this.charts,
      readBack: this.readBack,
    };
  }
}

export function layout({ model, lang, inputs, params }: LayoutInput): OutputSheet {
  const b = new SheetBuilder(lang);
  b.intro(model.id);
  b.put([t(lang, "out.parameters")], [], true);
  const paramCell = b.params(model.params, params);
  b.put([]);

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
    input: (group, column) => (inputs[`${group}.${column}`] ? absoluteAddress(inputs[`${group}.${column}`]) : ""),
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
    text: (key) => t(lang, key),
  };

  model.summary.forEach((s, k) => {
    b.set(summaryAt + k, [t(lang, `out.${s.id}`), s.formula(refs)], ["text", s.format]);
    b.readBack.push(cellAddress(summaryAt + k, 1));
  });

  for (const table of model.tables) {
    const { first, count } = tableAt[table.id];
    const columnFormats = table.columns.map((c) => c.format);
    b.put([t(lang, `out.${table.id}`)], [], true);
    b.put(
      table.columns.map((c) => t(lang, `out.${c.id}`)),
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
      b.charts.push({
        title: t(lang, `out.${table.id}`),
        source: `A${first}:${columnLetters(table.chart)}${first + count}`,
        anchor: cellAddress(first - 2, Math.max(...model.tables.map((x) => x.columns.length)) + 1),
      });
    }
  }

  return b.finish(modelName(lang, model.id));
}
