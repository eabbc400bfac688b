import { Area, absoluteAddress, absoluteRange as range, cellAddress, columnLetters, rowCount } from "./address";
import { MARGINAL_COST, PHASE_IN, PHASE_IN_YEARS, COMPARE } from "../comparing/declarations";
import { formula } from "../excel/signature";
import { COMPARED } from "../municipalities";
import { Language, key, t } from "../texts";
import { Format } from "./form";
import { LayoutInput, SheetBuilder } from "./layout";
import { formatAmount } from "./numbers";
import type { CellValue, OutputSheet } from "./workbook";

/**
 * The comparison's output sheet, from A1: title and explanation, the parameter block, the
 * settings block (the name/value range SPU.COMPARE reads), the live SPU.COMPARE table with its
 * totals and the budget check and a clustered bar chart per school, a reading per school (best
 * and worst model, the spread: formulas over the COMPARE table), the marginal cost per school
 * and model (SPU.MARGINAL_COST), the phase-in from the current model to the new one
 * (SPU.PHASE_IN), and last the user's two tables as live references in the column order
 * SPU.COMPARE takes (the user's own columns may lie anywhere). Pure, like layout.ts.
 */

const SCHOOL_COLUMNS = ["name", "pupils", "classes", "socio", "area", "base_budget"];
const REFERRAL_COLUMNS = ["school", "offer", "cost", "year_fraction"];
const TEXT_COLUMNS = new Set(["name", "area", "school", "offer"]);
const MONEY_COLUMNS = new Set(["base_budget", "cost"]);
const MODELS = COMPARED.length;
/** Where the chart goes: right of the widest table. */
const CHART_COLUMN = 9;

/** One cell of a mapped column as a live reference: blank stays blank (a bare reference would read 0). */
function mirror(area: Area | undefined, column: string, i: number): string {
  if (!area) return "";
  const ref = absoluteAddress({ ...area, top: area.top + i, bottom: area.top + i });
  return TEXT_COLUMNS.has(column) ? `=""&${ref}` : `=IF(ISBLANK(${ref}),"",${ref})`;
}

export function compareLayout({ model, lang, inputs, structured = {}, params }: LayoutInput): OutputSheet {
  const b = new SheetBuilder(lang);
  const n = rowCount(inputs["schools.name"]);
  const m = rowCount(inputs["referrals.school"]);
  // Year columns for the header: PHASE_IN itself names a years value out of 1…100 in the sheet.
  const years = Math.min(100, Math.max(0, Math.floor(params.years)));
  const money = (k: number): Format[] => ["text", ...new Array<Format>(k).fill("money")];

  b.intro(model.id);
  b.put([t(lang, "out.parameters")], [], true);
  const cell = b.params(
    model.params.filter((p) => !p.named),
    params
  );
  b.put([]);
  b.put([t(lang, "out.settings")], [], true);
  const settingsTop = b.row;
  b.params(
    model.params.filter((p) => p.named),
    params
  );
  const settings = range(settingsTop, 0, b.row - 1, 1);
  b.put([]);
  const input = (k: string) => structured[k] ?? absoluteAddress(inputs[k]);
  b.reconciliation({ items: "referrals.school", amounts: "referrals.cost", list: "schools.name" }, input("referrals.school"), input("referrals.cost"), input("schools.name"));

  // Every block's first row, placed before any is written: the formulas reference blocks below them.
  const heights = { compare: n + 6, reading: n + 3, marginal: n + 3, phase: n + 6, schools: n + 3, referrals: m + 4 };
  const top = {} as Record<keyof typeof heights, number>;
  let next = b.row;
  for (const [block, height] of Object.entries(heights)) {
    top[block as keyof typeof heights] = next;
    next += height;
  }
  const schools = range(top.schools + 2, 0, top.schools + 1 + n, SCHOOL_COLUMNS.length - 1);
  const referrals = range(top.referrals + 2, 0, top.referrals + 1 + m, REFERRAL_COLUMNS.length - 1);
  const costTotal = cellAddress(top.referrals + 2 + m, 2, true);
  const header = top.compare + 1;
  const models = range(header, 1, header, MODELS);
  const schoolRow = (i: number) => header + 1 + i;
  const positions = (i: number) => range(schoolRow(i), 1, schoolRow(i), MODELS);
  const name = (i: number) => `=""&${cellAddress(schoolRow(i), 0, true)}`;
  const blankRow = (i: number, formula: string) => `=IF(${cellAddress(schoolRow(i), 0, true)}="","",${formula})`;

  // The comparison: one spill (header, schools, centre), its totals and the budget it must equal.
  b.put([t(lang, "out.compare")], [], true);
  b.put([formula(COMPARE, { schools, referrals, budget: cell.budget, settings })], [], true);
  for (let i = 0; i <= n; i++) b.put([], money(MODELS));
  const centre = schoolRow(n);
  b.put([t(lang, "out.total"), ...COMPARED.map((_, k) => `=SUM(${range(schoolRow(0), k + 1, centre, k + 1)})`)], money(MODELS), true);
  b.put([t(lang, "out.neutral"), ...COMPARED.map(() => `=${cell.budget}-${costTotal}`)], money(MODELS));
  b.put([]);
  b.charts.push({ title: t(lang, "out.chart"), source: `A${header + 1}:${columnLetters(MODELS)}${header + 1 + n}`, anchor: cellAddress(top.compare, CHART_COLUMN), money: true });
  for (let k = 1; k <= MODELS; k++) b.readBack.push(cellAddress(header, k), cellAddress(centre, k));

  // The reading: errors (a model that cannot compute) are left out of the best, worst and spread.
  const numbers = (i: number) => `IFERROR(${positions(i)},"")`;
  const modelAt = (i: number, pick: "MAX" | "MIN") => blankRow(i, `IFERROR(INDEX(${models},1,MATCH(${pick}(${numbers(i)}),${positions(i)},0)),"")`);
  b.put([t(lang, "out.reading")], [], true);
  b.put([t(lang, "out.school"), t(lang, "out.best"), t(lang, "out.worst"), t(lang, "out.spread")], [], true);
  for (let i = 0; i < n; i++) {
    b.put([name(i), modelAt(i, "MAX"), modelAt(i, "MIN"), blankRow(i, `MAX(${numbers(i)})-MIN(${numbers(i)})`)], ["text", "text", "text", "money"]);
    for (let k = 0; k < 4; k++) b.readBack.push(cellAddress(top.reading + 2 + i, k));
  }
  b.put([]);

  // What one more referral at the cost in the parameter block would cost each school.
  b.put([t(lang, "out.marginal")], [], true);
  b.put([t(lang, "out.school"), ...COMPARED.map((_, k) => `=${cellAddress(header, k + 1)}`)], [], true);
  for (let i = 0; i < n; i++) {
    b.put([name(i), i ? "" : formula(MARGINAL_COST, { model: models, cost: cell.marginal_cost, schools, referrals, budget: cell.budget, settings })], money(MODELS));
  }
  b.put([]);

  // The phase-in, on each school's whole budget: base budget + position, current model → new model.
  const base = (i: number) => cellAddress(top.schools + 2 + i, 5, true);
  const budgetUnder = (i: number, choice: string) => blankRow(i, `SUM(${base(i)},INDEX(${positions(i)},1,MATCH(${choice},${models},0)))`);
  const first = top.phase + 2;
  b.put([t(lang, "out.phase")], [], true);
  b.put(
    [t(lang, "out.school"), `=${cell.current_model}`, `=${cell.target_model}`, ...Array.from({ length: years }, (_, y) => t(lang, "out.year", { year: y + 1 }))],
    [],
    true
  );
  for (let i = 0; i < n; i++) {
    const path = i ? "" : formula(PHASE_IN, { current: range(first, 1, first + n - 1, 1), target: range(first, 2, first + n - 1, 2), max_loss: cell.max_loss, years: cell.years });
    b.put([name(i), budgetUnder(i, cell.current_model), budgetUnder(i, cell.target_model), path], money(2 + years));
  }
  // A year's total is PHASE_IN's error when it answered one (its other cells are then blank, and a SUM would read 0).
  const anchor = cellAddress(first, 3, true);
  const total = (k: number) => `SUM(${range(first, k + 1, first + n - 1, k + 1)})`;
  b.put([t(lang, "out.total"), ...Array.from({ length: 2 + years }, (_, k) => (k < 2 ? `=${total(k)}` : `=IF(ISERROR(${anchor}),${anchor},${total(k)})`))], money(2 + years), true);
  // How to read a path that ends short of the target, and how many years the cap needs.
  b.put([t(lang, "out.phaseYears"), formula(PHASE_IN_YEARS, { current: range(first, 1, first + n - 1, 1), target: range(first, 2, first + n - 1, 2), max_loss: cell.max_loss })], ["text", "integer"]);
  b.put([t(lang, "out.phaseNote")]);
  b.put([]);

  // The user's tables as SPU.COMPARE reads them.
  const formats = (columns: string[]): Format[] => columns.map((c) => (MONEY_COLUMNS.has(c) ? "money" : c === "year_fraction" ? "number" : "text"));
  for (const [group, columns, count] of [
    ["schools", SCHOOL_COLUMNS, n],
    ["referrals", REFERRAL_COLUMNS, m],
  ] as const) {
    b.put([t(lang, key("out", `${group}.data`))], [], true);
    b.put(
      columns.map((c) => t(lang, key("col", c))),
      [],
      true
    );
    for (let i = 0; i < count; i++) b.put(columns.map((c) => mirror(inputs[`${group}.${c}`], c, i)), formats(columns));
    if (group === "referrals") b.put([t(lang, "out.total"), "", `=SUM(${range(top.referrals + 2, 2, top.referrals + 1 + m, 2)})`], formats(columns), true);
    b.put([]);
  }
  // What the note and the risk sheet refer to.
  const anchors = { compare: range(header, 0, centre, MODELS), schools, referrals, settings, costTotal };
  return { ...b.finish(t(lang, "out.compare.sheet")), anchors };
}

/**
 * The short reading the pane shows, from the values read back after writing (see readBack
 * above): per school the model that gives it the best and the worst position and the spread,
 * then the models that could not compute.
 */
export function readComparison(lang: Language, values: CellValue[]): string[] {
  const models = COMPARED.map((_, k) => ({ name: String(values[2 * k]), centre: values[2 * k + 1] }));
  // Excel may still be computing (#BUSY!): then the sheet says more than the pane can.
  if (models.some((x) => x.name === "" || x.name.startsWith("#"))) return [];
  const lines: string[] = [];
  for (let at = 2 * MODELS; at + 3 < values.length; at += 4) {
    const [school, best, worst, spread] = values.slice(at, at + 4);
    if (school === "" || school === null || typeof spread !== "number") continue;
    lines.push(t(lang, "reading.school", { school: String(school), best: String(best), worst: String(worst), spread: formatAmount(lang, spread) }));
  }
  const failed = models.filter((x) => typeof x.centre !== "number").map((x) => x.name);
  if (failed.length) lines.push(t(lang, "reading.failed", { models: failed.join(", ") }));
  return lines;
}
