import { absoluteRange, cellAddress, parseArea, quoteSheet } from "./address";
import { COMPARED } from "../municipalities";
import { Language, key, modelName, t } from "../texts";
import { Format, Param } from "./form";
import { SETTINGS, compareForm } from "./forms";
import { PARAM_FORMATS, SheetBuilder, paramLabel, textFormula, wrapLines } from "./layout";
import type { OutputSheet, OwnSheet } from "./workbook";

/**
 * The committee note (udvalgsnotat), a print-ready sheet over the comparison sheet: the question,
 * the key figures, each model's largest gain and loss of a school against the current model (with
 * a chart), the net position and the change per school, every parameter and setting with its cell
 * and the seed sentence it comes from, and each model in plain words. Every figure is a live
 * formula over the comparison sheet: edit a value there and the note follows. Pure, like layout.ts.
 */

/** Characters per printed line: the columns below, A4 portrait, one page wide. */
const LINE = 100;
const WIDTHS = [22, 15, 15, 15, 15, 15, 15];
/** Rows left blank for the chart, which covers them. */
const CHART_ROWS = 16;
const MODELS = COMPARED.length;

export interface NoteInput {
  lang: Language;
  /** The comparison sheet's name now. */
  sheet: string;
  /** What the comparison wrote: its parameter cells and its anchors (compare-layout.ts). */
  compared: Required<Pick<OwnSheet, "params" | "anchors">>;
  /** The risk sheet's reading (risk-layout.ts), where the user has written one: its name now and the reading's cells. */
  risk?: Quoted;
  /** The scenario sheet's reading (scenario-layout.ts), likewise. */
  scenarios?: Quoted;
}

interface Quoted {
  sheet: string;
  reading: string;
}

export function noteLayout({ lang, sheet, compared, risk, scenarios }: NoteInput): OutputSheet {
  const b = new SheetBuilder(lang);
  const at = (local: string) => `${quoteSheet(sheet)}!${local}`;
  const local = (id: string) => {
    const a = parseArea(compared.params[id].cell);
    return cellAddress(a.top, a.left, true);
  };
  const param = (id: string) => at(local(id));
  const table = parseArea(compared.anchors.compare);
  const schools = parseArea(compared.anchors.schools);
  const referrals = parseArea(compared.anchors.referrals);
  const n = table.bottom - table.top - 1;
  const column = (area: typeof schools, k: number) => at(absoluteRange(area.top, area.left + k, area.bottom, area.left + k));
  const header = (k: number) => at(cellAddress(table.top, table.left + 1 + k, true));
  const compareCell = (i: number, k: number) => at(cellAddress(table.top + 1 + i, table.left + k, true));
  const money = (k: number): Format[] => ["text", ...new Array<Format>(k).fill("money")];
  const current = param("current_model");

  b.put([t(lang, "note.title")], [], true);
  b.put([]);
  b.put([t(lang, "note.questionHead")], [], true);
  for (const line of wrapLines(t(lang, "note.question"), LINE)) b.put([line]);
  b.put([]);

  // The figures in column C: the labels are longer than column A.
  b.put([t(lang, "note.figures")], [], true);
  b.put([t(lang, "note.budget"), "", `=${param("budget")}`], ["text", "text", "money"]);
  b.put([t(lang, "note.costs"), "", `=${at(compared.anchors.costTotal)}`], ["text", "text", "money"]);
  // COUNT skips the blank rows (their copies are "").
  b.put([t(lang, "note.schools"), "", `=COUNT(${column(schools, 1)})`], ["text", "text", "integer"]);
  b.put([t(lang, "note.referrals"), "", `=COUNT(${column(referrals, 2)})`], ["text", "text", "integer"]);
  b.put([t(lang, "note.current"), "", `=${current}`]);
  b.put([]);

  // Placed first: the extremes read the change table further down.
  const extremesTop = b.row;
  const chartTop = extremesTop + MODELS + 3;
  const positionsTop = chartTop + CHART_ROWS;
  const changesTop = positionsTop + n + 4;
  const name = (i: number) => cellAddress(positionsTop + 2 + i, 0, true);
  const names = absoluteRange(positionsTop + 2, 0, positionsTop + 1 + n, 0);
  const change = (k: number) => absoluteRange(changesTop + 2, k + 1, changesTop + 1 + n, k + 1);
  const schoolAt = (k: number, pick: "MAX" | "MIN") => `=IFERROR(INDEX(${names},MATCH(${pick}(${change(k)}),${change(k)},0)),"")`;

  b.put([`=${textFormula(t(lang, "note.extremes", { model: "{model}" }), { model: current })}`], [], true);
  b.put([t(lang, "note.model"), t(lang, "note.gain"), t(lang, "note.loss"), t(lang, "note.gainSchool"), t(lang, "note.lossSchool")], [], true);
  for (let k = 0; k < MODELS; k++) {
    b.put([`=${header(k)}`, `=MAX(${change(k)})`, `=MIN(${change(k)})`, schoolAt(k, "MAX"), schoolAt(k, "MIN")], ["text", "money", "money", "text", "text"]);
  }
  b.put([]);
  b.charts.push({
    title: t(lang, "note.chart"),
    source: `A${extremesTop + 2}:C${extremesTop + 2 + MODELS}`,
    anchor: cellAddress(chartTop, 0),
    to: cellAddress(chartTop + CHART_ROWS - 2, WIDTHS.length - 1),
    money: true,
    labels: true,
  });
  while (b.row < positionsTop) b.put([]);

  // The net positions, cell by cell from the COMPARE spill (its centre row last).
  b.put([t(lang, "note.positions")], [], true);
  b.put([t(lang, "out.school"), ...COMPARED.map((_, k) => `=${header(k)}`)], [], true);
  for (let i = 0; i <= n; i++) b.put([`=""&${compareCell(i, 0)}`, ...COMPARED.map((_, k) => `=${compareCell(i, k + 1)}`)], money(MODELS));
  b.put([]);

  // The change against the current model: the chosen model's column of the same school row.
  const models = absoluteRange(positionsTop + 1, 1, positionsTop + 1, MODELS);
  b.put([`=${textFormula(t(lang, "note.changes", { model: "{model}" }), { model: current })}`], [], true);
  b.put([t(lang, "out.school"), ...COMPARED.map((_, k) => `=${cellAddress(positionsTop + 1, k + 1, true)}`)], [], true);
  for (let i = 0; i < n; i++) {
    const row = positionsTop + 2 + i;
    const chosen = `INDEX(${absoluteRange(row, 1, row, MODELS)},1,MATCH(${current},${models},0))`;
    b.put([`=${name(i)}`, ...COMPARED.map((_, k) => `=IF(${name(i)}="","",${cellAddress(row, k + 1, true)}-${chosen})`)], money(MODELS));
  }
  b.put([]);

  // The risk and scenario readings, cell by cell from their sheets: live, as those sheets show them.
  // `formats` per column of the reading; a column without one stays empty, so a sentence runs across it.
  const quote = (q: Quoted, title: "note.risk" | "note.scenarios", formats: (r: number) => (Format | undefined)[]) => {
    b.put([t(lang, title)], [], true);
    const area = parseArea(q.reading);
    for (let r = area.top; r <= area.bottom; r++) {
      const f = formats(r - area.top);
      const ref = (c: number) => `${quoteSheet(q.sheet)}!${cellAddress(r, area.left + c, true)}`;
      // Text through ""& (a bare reference to a blank reads 0); amounts as the numbers they are.
      const row = f.map((format, c) => (format === undefined ? "" : format === "money" ? `=${ref(c)}` : `=""&${ref(c)}`));
      b.put(row, f.map((format) => format ?? "text"), r === area.top && title === "note.scenarios");
    }
    b.put([]);
  };
  if (risk) quote(risk, "note.risk", () => ["text", undefined, undefined, undefined, undefined, "money"]);
  if (scenarios) quote(scenarios, "note.scenarios", (r) => (r === 0 ? ["text", "text", "text", "text", "text"] : ["text", "money", "text", "money", "text"]));

  // Every parameter and setting: its value (live), its cell, and where its figure comes from.
  b.put([t(lang, "note.assumptions")], [], true);
  b.put([t(lang, "note.param"), "", "", "", t(lang, "note.value"), t(lang, "note.cell")], [], true);
  for (const p of compareForm.params) {
    const ref = param(p.id);
    b.put([paramLabel(lang, p), "", "", "", `=IF(ISBLANK(${ref}),"",${ref})`, `${sheet}!${local(p.id)}`], ["text", "text", "text", "text", PARAM_FORMATS[p.kind], "text"]);
    for (const line of provenance(lang, p)) b.put([line]);
  }
  b.put([]);

  b.put([t(lang, "note.models")], [], true);
  for (const c of COMPARED) {
    b.put([modelName(lang, c.id)], [], true);
    for (const part of t(lang, key("model", `${c.id}.text`)).split("\n")) for (const line of wrapLines(part, LINE)) b.put([line]);
  }

  const out = b.finish(t(lang, "note.sheet"));
  return { ...out, columnWidths: WIDTHS, page: { leftHeader: "&F", rightHeader: "&D", centerFooter: t(lang, "note.footer") } };
}

/** Where a parameter's figure comes from: the municipality's own, or the seed sentence quoted with its source. */
function provenance(lang: Language, p: Param): string[] {
  const setting = SETTINGS.find((s) => s.id === p.id);
  if (!setting) return [t(lang, "note.own")];
  // Indented under the parameter, and narrower by as much.
  const quote = wrapLines(`“${t(lang, key("seed", p.id))}”`, LINE - 4).map((line) => `    ${line}`);
  const blank = p.blank === "blank.required" ? [t(lang, "note.required")] : p.blank ? [t(lang, "note.fromData")] : [];
  const source = wrapLines(t(lang, "note.source", { model: modelName(lang, setting.model) }), LINE - 4).map((line) => `    ${line}`);
  return [...blank, ...quote, ...source];
}
