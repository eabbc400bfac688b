import { absoluteRange, cellAddress, columnLetters, parseArea, quoteSheet } from "./address";
import { formula } from "../excel/signature";
import { COMPARED } from "../municipalities";
import { RISK } from "../risk/declarations";
import { Language, key, modelName, t } from "../texts";
import { Format } from "./form";
import { SheetBuilder, textFormula, wrapLines } from "./layout";
import type { OutputSheet, OwnSheet } from "./workbook";

/**
 * The risk sheet over the comparison sheet: SPU.RISK per model (P10, P50, P90 of each school's net
 * position over simulated years and the probability of a deficit), on the comparison's copies of
 * the user's tables, budget and settings, so both follow the same edits. Then per model a chart a
 * committee reads at a glance: schools by pupils, smallest on top, each school's P10–P90 band as a
 * floating bar; and a reading per model: the smallest schools' average P10. Pure, like layout.ts.
 */

/** The cells a user may edit on the risk sheet; SPU.RISK's own defaults (runs 1000, seed 1) start them. */
export const RISK_PARAMS = { runs: 1000, seed: 1, smallest: 5 } as const;
export type RiskParams = Record<keyof typeof RISK_PARAMS, number>;

const MODELS = COMPARED.length;
/** SPU.RISK's columns: school, P10, P50, P90, P(deficit). */
const RISK_COLUMNS = 5;
/** The chart data beside each RISK result, from column G. */
const DATA_COLUMN = RISK_COLUMNS + 1;
/** The charts beside the chart data, from column M. */
const CHART_COLUMN = DATA_COLUMN + 6;
const WIDTHS = [24, 15, 15, 15, 15, 15, 24, 15, 15, 15, 15];

export interface RiskInput {
  lang: Language;
  /** The comparison sheet's name now. */
  sheet: string;
  compared: Required<Pick<OwnSheet, "params" | "anchors">>;
  params: RiskParams;
}

export function riskLayout({ lang, sheet, compared, params }: RiskInput): OutputSheet {
  const b = new SheetBuilder(lang);
  const at = (local: string) => `${quoteSheet(sheet)}!${local}`;
  const table = parseArea(compared.anchors.compare);
  const schools = parseArea(compared.anchors.schools);
  const n = table.bottom - table.top - 1;
  const budget = parseArea(compared.params.budget.cell);
  const header = (k: number) => at(cellAddress(table.top, table.left + 1 + k, true));

  b.put([t(lang, "risk.title")], [], true);
  for (const part of t(lang, "risk.text").split("\n")) for (const line of wrapLines(part, 110)) b.put([line]);
  b.put([]);
  b.put([t(lang, "out.parameters")], [], true);
  const cell: Record<string, string> = {};
  for (const [id, value] of Object.entries(params)) {
    cell[id] = cellAddress(b.row, 1, true);
    b.paramCells[id] = { cell: cellAddress(b.row, 1), value };
    b.put([t(lang, key("risk", id)), value], ["text", "integer"]);
  }
  b.put([]);

  // Every block's first row, placed first: the reading and the charts reference the blocks below.
  const readingTop = b.row;
  const orderTop = readingTop + MODELS + 2;
  const modelTop = (k: number) => orderTop + n + 3 + k * (n + 4);
  const first = orderTop + 2;
  const rows = (c: number) => absoluteRange(first, c, first + n - 1, c);
  const [names, pupils, ranks] = [rows(0), rows(1), rows(2)];
  /** A column of model k's SPU.RISK result, the school rows. */
  const riskColumn = (k: number, c: number) => absoluteRange(modelTop(k) + 2, c, modelTop(k) + 1 + n, c);
  const smallest = `MIN(${cell.smallest},COUNT(${pupils}))`;

  // The reading: the smallest schools' average P10, a deficit or what is left in a bad year.
  b.put([t(lang, "risk.reading")], [], true);
  for (let k = 0; k < MODELS; k++) {
    const average = `AVERAGEIF(${ranks},"<="&${smallest},${riskColumn(k, 1)})`;
    const refs = { model: header(k), count: smallest };
    const sentence = (id: "risk.deficit" | "risk.surplus") => textFormula(t(lang, id, { model: "{model}", count: "{count}" }), refs);
    b.put([`=IF(${average}<0,${sentence("risk.deficit")},${sentence("risk.surplus")})`, "", "", "", "", `=ABS(${average})`], ["text", "text", "text", "text", "text", "money"]);
    b.readBack.push(cellAddress(readingTop + 1 + k, 0), cellAddress(readingTop + 1 + k, 5));
  }
  b.put([]);

  // The schools by pupils: each school's rank (ties by row), then the k-th smallest's row.
  b.put([t(lang, "risk.order")], [], true);
  b.put([t(lang, "out.school"), t(lang, "col.pupils"), t(lang, "risk.rank"), "", t(lang, "risk.nr"), t(lang, "out.school"), t(lang, "col.pupils"), t(lang, "risk.row")], [], true);
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const [school, size] = [cellAddress(r, 0, true), cellAddress(r, 1, true)];
    const mirror = (c: number) => at(cellAddress(schools.top + i, schools.left + c, true));
    b.put(
      [
        `=""&${mirror(0)}`,
        `=${mirror(1)}`,
        `=IF(OR(${school}="",${size}=""),"",COUNTIF(${pupils},"<"&${size})+COUNTIF(${absoluteRange(first, 1, r, 1)},${size}))`,
        "",
        i + 1,
        `=IFERROR(INDEX(${names},${cellAddress(r, 7, true)}),"")`,
        `=IFERROR(INDEX(${pupils},${cellAddress(r, 7, true)}),"")`,
        `=IFERROR(MATCH(${cellAddress(r, 4, true)},${ranks},0),"")`,
      ],
      ["text", "integer", "integer", "text", "integer", "text", "integer", "integer"]
    );
  }
  b.put([]);

  // Per model: SPU.RISK over the comparison's inputs, and beside it the band as floating bars.
  const risk = (k: number) =>
    formula(RISK, {
      model: header(k),
      schools: at(compared.anchors.schools),
      referrals: at(compared.anchors.referrals),
      budget: at(cellAddress(budget.top, budget.left, true)),
      settings: at(compared.anchors.settings),
      runs: cell.runs,
      seed: cell.seed,
    });
  const anchors: string[] = [];
  const formats: Format[] = ["text", "money", "money", "money", "share", "text", "text", "money", "money", "money", "money"];
  COMPARED.forEach((c, k) => {
    const top = modelTop(k);
    b.put([`=${header(k)}`, "", "", "", "", "", `=${textFormula(t(lang, "risk.data", { model: "{model}" }), { model: header(k) })}`], [], true);
    b.put([risk(k), "", "", "", "", "", t(lang, "out.school"), t(lang, "risk.base"), t(lang, "risk.band"), t(lang, "risk.base"), t(lang, "risk.band")], [], true);
    for (let i = 0; i <= n; i++) {
      const order = cellAddress(first + i, 7, true);
      const [p10, p90] = [`INDEX(${riskColumn(k, 1)},${order})`, `INDEX(${riskColumn(k, 3)},${order})`];
      const band = (expression: string) => `=IF(${order}="","",${expression})`;
      // Positive and negative parts stack apart, so a band across 0 is two visible pieces.
      const data =
        i < n
          ? [`=${cellAddress(first + i, 5, true)}`, band(`MAX(0,${p10})`), band(`MAX(0,${p90})-MAX(0,${p10})`), band(`MIN(0,${p90})`), band(`MIN(0,${p10})-MIN(0,${p90})`)]
          : [];
      b.put(["", "", "", "", "", "", ...data], formats);
    }
    b.put([]);
    b.charts.push({
      title: t(lang, "risk.chart", { model: modelName(lang, c.id) }),
      source: `${columnLetters(DATA_COLUMN)}${top + 2}:${columnLetters(DATA_COLUMN + 4)}${top + 2 + n}`,
      anchor: cellAddress(top, CHART_COLUMN),
      to: cellAddress(top + Math.max(n + 2, 14), CHART_COLUMN + 8),
      money: true,
      band: true,
    });
    anchors.push(cellAddress(top + 1, 0));
  });
  // Read back first: SPU.RISK's anchors, #BUSY! while Excel computes them.
  b.readBack.splice(0, 0, ...anchors);
  const out = b.finish(t(lang, "risk.sheet"));
  // What the committee note quotes: the reading, a sentence and its amount per model.
  const reading = `${cellAddress(readingTop + 1, 0)}:${cellAddress(readingTop + MODELS, 5)}`;
  return { ...out, columnWidths: WIDTHS, anchors: { reading } };
}
