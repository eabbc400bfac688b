import { Area, absoluteAddress, cellAddress, columnLetters, rowCount } from "./address";
import { Language, t } from "./i18n";
import { Format, Model, Refs } from "./models";
import type { OutputSheet } from "./workbook";

/**
 * The output sheet of one model, cell by cell from A1: title and the two-line explanation, a
 * labelled parameter block (the cells the formulas reference, so what-if is editing a cell),
 * summary lines, then each result table with headers, live SPU formulas, a totals row and a bar
 * chart. Pure: the Office side only writes what this returns.
 */

/** Number formats in Office.js's en-US codes; Danish Excel shows `#,##0 "kr."` as `1.234.567 kr.` */
export const NUMBER_FORMATS: Record<Format, string> = {
  money: '#,##0 "kr."',
  share: "0.0%",
  number: "General",
  integer: "0",
  date: "yyyy-mm-dd",
  text: "General",
};

const PARAM_FORMATS = { money: "money", share: "share", number: "number", date: "date", year: "integer" } as const;

export interface LayoutInput {
  model: Model;
  lang: Language;
  /** `group.column` → the user's range; optional columns may be missing. */
  inputs: Record<string, Area>;
  params: Record<string, number>;
}

export function layout({ model, lang, inputs, params }: LayoutInput): OutputSheet {
  const rows: (string | number)[][] = [];
  const formats: Format[][] = [];
  const bold: number[] = [];
  const put = (cells: (string | number)[], format: Format[] = [], isBold = false) => {
    if (isBold) bold.push(rows.length);
    rows.push(cells);
    formats.push(format);
  };

  put([t(lang, `model.${model.id}`)], [], true);
  for (const line of t(lang, `model.${model.id}.text`).split("\n")) put([line]);
  put([]);
  put([t(lang, "out.parameters")], [], true);
  const paramCell: Record<string, string> = {};
  for (const p of model.params) {
    paramCell[p.id] = cellAddress(rows.length, 1, true);
    put([t(lang, `param.${p.id}`), params[p.id]], ["text", PARAM_FORMATS[p.kind]]);
  }
  put([]);

  const summaryAt = rows.length;
  model.summary.forEach(() => put([]));
  if (model.summary.length) put([]);

  // Place the tables first: formulas may reference any table's columns.
  const groupRows = (group: string) => rowCount(Object.entries(inputs).find(([key]) => key.startsWith(`${group}.`))![1]);
  const tableAt: Record<string, { first: number; count: number }> = {};
  let next = rows.length;
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
    rows[summaryAt + k] = [t(lang, `out.${s.id}`), s.formula(refs)];
    formats[summaryAt + k] = ["text", s.format];
  });

  const charts: OutputSheet["charts"] = [];
  const readBack: string[] = model.summary.map((_, k) => cellAddress(summaryAt + k, 1));
  for (const table of model.tables) {
    const { first, count } = tableAt[table.id];
    const columnFormats = table.columns.map((c) => c.format);
    put([t(lang, `out.${table.id}`)], [], true);
    put(
      table.columns.map((c) => t(lang, `out.${c.id}`)),
      [],
      true
    );
    for (let i = 0; i < count; i++) {
      put(
        table.columns.map((c) => (c.spill && i > 0 ? "" : c.formula(refs, i))),
        columnFormats
      );
    }
    const totalRow = first + count;
    put(
      table.columns.map((c, j) =>
        j === 0 ? t(lang, "out.total") : c.total ? `=SUM(${cellAddress(first, j)}:${cellAddress(first + count - 1, j)})` : ""
      ),
      columnFormats,
      true
    );
    table.columns.forEach((c, j) => c.total && j > 0 && readBack.push(cellAddress(totalRow, j)));
    put([]);
    if (table.chart) {
      charts.push({
        title: t(lang, `out.${table.id}`),
        source: `A${first}:${columnLetters(table.chart)}${first + count}`,
        anchor: cellAddress(first - 2, Math.max(...model.tables.map((x) => x.columns.length)) + 1),
      });
    }
  }

  const width = Math.max(2, ...rows.map((r) => r.length));
  const pad = <T>(r: T[], blank: T) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : blank));
  return {
    title: t(lang, `model.${model.id}`).split(" — ")[0],
    formulas: rows.map((r) => pad(r, "")),
    numberFormats: formats.map((r) => pad(r, "text" as Format).map((f) => NUMBER_FORMATS[f])),
    bold,
    charts,
    readBack,
  };
}
