import { absoluteRange, cellAddress, columnLetters, parseArea, quoteSheet } from "./address";
import { COMPARE } from "../comparing/declarations";
import { formula } from "../excel/signature";
import { COMPARED } from "../municipalities";
import { INDEX } from "../planning/declarations";
import { Language, modelName, t } from "../texts";
import { Format } from "./form";
import { SETTINGS } from "./forms";
import { PARAM_FORMATS, SheetBuilder, settingLabel, textFormula, wrapLines } from "./layout";
import type { OutputSheet, OwnSheet } from "./workbook";

/**
 * The scenario sheet over the comparison sheet: for one model, two to four named sets of its
 * settings side by side (the parameter block, one column per scenario, one marked adopted), each
 * school's net position under each (SPU.COMPARE on the comparison's copies of the tables and
 * budget), its difference against the adopted one, the budget check and a clustered chart; then
 * the budget year and three overslagsår: the adopted scenario with the budget, the referrals'
 * costs and its amounts moved by SPU.INDEX over the user's price and wage index. Last, the
 * calculation: per scenario and per year its settings range and its SPU.COMPARE. Pure, like layout.ts.
 */

/** One named set of a model's settings: setting id → value (a text the user typed on the sheet is kept as such). */
export interface Scenario {
  name: string;
  values: Record<string, number | string>;
}

export interface ScenarioSet {
  scenarios: Scenario[];
  /** The adopted (vedtaget) scenario's index. */
  adopted: number;
}

/** What the pane saves in the workbook (loadSettings/saveSettings). */
export interface ScenarioConfig {
  /** The model, a COMPARED id; each model keeps its own scenarios. */
  model: string;
  sets: Record<string, ScenarioSet>;
  budgetYear: number;
  /** The user's own index table, once edited on the sheet; until then the example. */
  index?: { years: number[]; levels: number[] };
  own?: OwnSheet;
}

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 4;
/** The budget year and three overslagsår. */
export const BUDGET_YEARS = 4;
/** The example index, labelled as such on the sheet: the user's own figures (KL's) go there. */
export const EXAMPLE_LEVELS = [100, 102, 104, 106];

/** The model's settings as the comparison declares them. */
export const modelSettings = (model: string) => SETTINGS.filter((s) => s.model === model);

export function indexTable(config: ScenarioConfig): { years: number[]; levels: number[] } {
  return config.index ?? { years: EXAMPLE_LEVELS.map((_, y) => config.budgetYear + y), levels: EXAMPLE_LEVELS };
}

/** The parameter cells' ids: what the pane reads back (scenario-layout and pane agree through these). */
export const paramId = {
  name: (model: string, s: number) => `${model}/${s}/name`,
  adopted: (model: string, s: number) => `${model}/${s}/adopted`,
  value: (model: string, s: number, setting: string) => `${model}/${s}/${setting}`,
  budgetYear: "budget_year",
  indexYear: (y: number) => `index/${y}/year`,
  indexLevel: (y: number) => `index/${y}/level`,
};

export interface ScenarioInput {
  lang: Language;
  /** The comparison sheet's name now. */
  sheet: string;
  compared: Required<Pick<OwnSheet, "params" | "anchors">>;
  config: ScenarioConfig;
}

const MODELS = COMPARED.length;
/** The chart, right of the widest block (the year table: label, adopted, four years). */
const CHART_COLUMN = 8;
const WIDTHS = [42, 17, 17, 17, 17, 17, 17];

export function scenarioLayout({ lang, sheet, compared, config }: ScenarioInput): OutputSheet {
  const b = new SheetBuilder(lang);
  const model = config.model;
  const k = COMPARED.findIndex((c) => c.id === model);
  const set = config.sets[model];
  const scenarios = set.scenarios;
  const count = scenarios.length;
  const own = modelSettings(model);
  const at = (local: string) => `${quoteSheet(sheet)}!${local}`;
  const table = parseArea(compared.anchors.compare);
  const n = table.bottom - table.top - 1;
  const settingsArea = parseArea(compared.anchors.settings);
  const budgetArea = parseArea(compared.params.budget.cell);
  const budget = at(cellAddress(budgetArea.top, budgetArea.left, true));
  const costTotal = at(compared.anchors.costTotal);
  const schoolName = (i: number) => `=""&${at(cellAddress(table.top + 1 + i, table.left, true))}`;
  const money = (columns: number): Format[] => ["text", ...new Array<Format>(columns).fill("money")];
  const param = (id: string, row: number, column: number, value: string | number) => (b.paramCells[id] = { cell: cellAddress(row, column), value });

  b.put([t(lang, "scen.title", { model: modelName(lang, model) })], [], true);
  for (const part of t(lang, "scen.text").split("\n")) for (const line of wrapLines(part, 110)) b.put([line]);
  b.put([]);

  // The parameter block: one column per scenario, every cell the user's to edit.
  b.put([t(lang, "out.parameters")], [], true);
  const mark = t(lang, "scen.mark");
  const [namesRow, markRow] = [b.row, b.row + 1];
  scenarios.forEach((x, s) => {
    param(paramId.name(model, s), namesRow, s + 1, x.name);
    param(paramId.adopted(model, s), markRow, s + 1, s === set.adopted ? mark : "");
  });
  b.put([t(lang, "scen.scenario"), ...scenarios.map((x) => x.name)], [], true);
  b.put([t(lang, "scen.adopted"), ...scenarios.map((_, s) => (s === set.adopted ? mark : ""))]);
  const valueRow: Record<string, number> = {};
  for (const p of own) {
    const row = (valueRow[p.id] = b.row);
    const cells = scenarios.map((x, s) => {
      const value = x.values[p.id] ?? "";
      param(paramId.value(model, s, p.id), row, s + 1, value);
      return value;
    });
    b.put([settingLabel(lang, p), ...cells], ["text", ...new Array<Format>(count).fill(PARAM_FORMATS[p.kind])]);
  }
  b.put([]);
  const scenarioRange = (row: number) => absoluteRange(row, 1, row, count);
  // The adopted column is where the marker is, so moving the marker on the sheet moves the differences.
  const adoptedColumn = `MATCH("${mark}",${scenarioRange(markRow)},0)`;
  const adoptedIn = (row: number) => `INDEX(${scenarioRange(row)},1,${adoptedColumn})`;
  const adoptedName = adoptedIn(namesRow);

  // Net positions per scenario: the school rows are filled once the calculation below is placed.
  const positionsTop = b.row;
  const first = positionsTop + 2;
  b.put([t(lang, "scen.positions")], [], true);
  b.put([t(lang, "out.school"), ...scenarios.map((_, s) => `=${cellAddress(namesRow, s + 1, true)}`)], [], true);
  for (let i = 0; i <= n; i++) b.put([]);
  checks(b, lang, first, n, count, () => `${budget}-${costTotal}`);
  b.put([]);
  b.charts.push({
    title: t(lang, "scen.chart"),
    source: `A${first}:${columnLetters(count)}${first + n}`,
    anchor: cellAddress(positionsTop, CHART_COLUMN),
    to: cellAddress(positionsTop + Math.max(n + 6, 16), CHART_COLUMN + 8),
    money: true,
    labels: false,
  });

  // The difference against the adopted scenario, school by school (the adopted column is 0).
  const position = (i: number, s: number) => cellAddress(first + i, s + 1, true);
  const diffFirst = b.row + 2;
  b.put([`=${textFormula(t(lang, "scen.difference", { name: "{name}" }), { name: adoptedName })}`], [], true);
  b.put([t(lang, "out.school"), ...scenarios.map((_, s) => `=${cellAddress(namesRow, s + 1, true)}`)], [], true);
  for (let i = 0; i <= n; i++) {
    const name = cellAddress(first + i, 0, true);
    const adopted = `INDEX(${absoluteRange(first + i, 1, first + i, count)},1,${adoptedColumn})`;
    b.put([`=${name}`, ...scenarios.map((_, s) => `=IF(${name}="","",${position(i, s)}-${adopted})`)], money(count));
  }
  b.put([t(lang, "out.total"), ...scenarios.map((_, s) => `=SUM(${absoluteRange(diffFirst, s + 1, diffFirst + n, s + 1)})`)], money(count), true);
  b.put([]);

  // The reading: each scenario's largest gain and loss of a school against the adopted.
  const names = absoluteRange(diffFirst, 0, diffFirst + n - 1, 0);
  const diff = (s: number) => absoluteRange(diffFirst, s + 1, diffFirst + n - 1, s + 1);
  const readingTop = b.row;
  b.put([t(lang, "scen.reading")], [], true);
  b.put([t(lang, "scen.scenario"), t(lang, "note.gain"), t(lang, "note.gainSchool"), t(lang, "note.loss"), t(lang, "note.lossSchool")], [], true);
  scenarios.forEach((_, s) => {
    const school = (pick: "MAX" | "MIN") => `=IFERROR(INDEX(${names},MATCH(${pick}(${diff(s)}),${diff(s)},0)),"")`;
    b.put([`=${cellAddress(namesRow, s + 1, true)}`, `=MAX(${diff(s)})`, school("MAX"), `=MIN(${diff(s)})`, school("MIN")], ["text", "money", "text", "money", "text"]);
    for (let c = 0; c < 5; c++) b.readBack.push(cellAddress(readingTop + 2 + s, c));
  });
  b.put([]);

  // The budget years: the adopted scenario at the budget year's prices, moved by the user's index.
  b.put([t(lang, "scen.years")], [], true);
  for (const part of t(lang, "scen.yearsText").split("\n")) for (const line of wrapLines(part, 110)) b.put([line]);
  const yearCell = cellAddress(b.row, 1, true);
  param(paramId.budgetYear, b.row, 1, config.budgetYear);
  b.put([t(lang, "scen.budgetYear"), config.budgetYear], ["text", "integer"]);
  b.put([]);
  const index = indexTable(config);
  b.put([t(lang, "scen.index")], [], true);
  b.put([t(lang, "scen.indexYear"), t(lang, "scen.indexLevel")], [], true);
  const indexTop = b.row;
  index.years.forEach((year, y) => {
    param(paramId.indexYear(y), b.row, 0, year);
    param(paramId.indexLevel(y), b.row, 1, index.levels[y]);
    b.put([year, index.levels[y]], ["integer", "number"]);
  });
  const indexArgs = { from_year: yearCell, index_years: absoluteRange(indexTop, 0, indexTop + index.years.length - 1, 0), index_levels: absoluteRange(indexTop, 1, indexTop + index.years.length - 1, 1) };
  b.put([]);

  const yearTop = b.row;
  const yearHeader = (y: number) => cellAddress(yearTop + 1, y + 2, true);
  const moved = (row: number, y: number) => formula(INDEX, { amount: cellAddress(row, 1, true), to_year: yearHeader(y), ...indexArgs });
  const years = Array.from({ length: BUDGET_YEARS }, (_, y) => y);
  b.put([t(lang, "scen.yearTable")], [], true);
  b.put(["", t(lang, "scen.atBudgetYear"), ...years.map((y) => (y ? `=${yearCell}+${y}` : `=${yearCell}`))], ["text", "text", ...years.map((): Format => "integer")], true);
  const yearBudgetRow = b.row;
  b.put([t(lang, "note.budget"), `=${budget}`, ...years.map((y) => moved(yearBudgetRow, y))], money(1 + BUDGET_YEARS));
  const yearCostRow = b.row;
  b.put([]);
  const yearRow: Record<string, number> = {};
  for (const p of own) {
    const row = (yearRow[p.id] = b.row);
    const adopted = adoptedIn(valueRow[p.id]);
    const format = PARAM_FORMATS[p.kind];
    // Rates, thresholds and other amounts follow the index; shares and counts do not.
    b.put([settingLabel(lang, p), `=IF(${adopted}="","",${adopted})`, ...years.map((y) => (p.kind === "money" ? moved(row, y) : `=${cellAddress(row, 1, true)}`))], ["text", format, ...years.map(() => format)]);
  }
  b.put([]);

  const yearPositionsFirst = b.row + 2;
  b.put([t(lang, "scen.yearPositions")], [], true);
  b.put([t(lang, "out.school"), ...years.map((y) => `=${yearHeader(y)}`)], ["text", ...years.map((): Format => "integer")], true);
  for (let i = 0; i <= n; i++) b.put([]);
  checks(b, lang, yearPositionsFirst, n, BUDGET_YEARS, (y) => `${cellAddress(yearBudgetRow, y + 2, true)}-${cellAddress(yearCostRow, y + 2, true)}`);
  b.put([]);

  // The calculation: per scenario and per year, the settings range SPU.COMPARE reads and its result;
  // the other models' settings are the comparison's, so every column computes.
  b.put([t(lang, "scen.calc")], [], true);
  const compareSetting = (j: number) => at(cellAddress(settingsArea.top + j, settingsArea.left + 1, true));
  const blankable = (ref: string) => `=IF(ISBLANK(${ref}),"",${ref})`;
  const settingsRows = (value: (id: string) => string | undefined) => {
    const top = b.row;
    SETTINGS.forEach((x, j) => b.put([x.id, value(x.id) ?? blankable(compareSetting(j))], ["text", PARAM_FORMATS[x.kind]]));
    return absoluteRange(top, 0, b.row - 1, 1);
  };
  /** SPU.COMPARE's spill, header to centre: the school rows' model column. */
  const compareBlock = (args: { referrals: string; budget: string; settings: string }) => {
    const top = b.row;
    b.put([formula(COMPARE, { schools: at(compared.anchors.schools), ...args })], [], true);
    for (let i = 0; i <= n; i++) b.put([], money(MODELS));
    return (i: number) => cellAddress(top + 1 + i, k + 1, true);
  };
  const scenarioColumns = scenarios.map((_, s) => {
    b.put([`=${textFormula(t(lang, "scen.calcScenario", { name: "{name}" }), { name: cellAddress(namesRow, s + 1, true) })}`], [], true);
    const settings = settingsRows((id) => (valueRow[id] === undefined ? undefined : blankable(cellAddress(valueRow[id], s + 1, true))));
    const column = compareBlock({ referrals: at(compared.anchors.referrals), budget, settings });
    b.put([]);
    return column;
  });
  const referrals = parseArea(compared.anchors.referrals);
  const m = referrals.bottom - referrals.top + 1;
  const yearColumns = years.map((y) => {
    b.put([`=${textFormula(t(lang, "scen.calcYear", { year: "{year}" }), { year: yearHeader(y) })}`], [], true);
    const settings = settingsRows((id) => (yearRow[id] === undefined ? undefined : `=${cellAddress(yearRow[id], y + 2, true)}`));
    // The comparison's referrals with the cost moved to the year (one SPU.INDEX spill).
    const top = b.row;
    const copy = (i: number, c: number) => at(cellAddress(referrals.top + i, referrals.left + c, true));
    const costs = at(absoluteRange(referrals.top, referrals.left + 2, referrals.bottom, referrals.left + 2));
    for (let i = 0; i < m; i++) {
      b.put([`=""&${copy(i, 0)}`, `=""&${copy(i, 1)}`, i ? "" : formula(INDEX, { amount: costs, to_year: yearHeader(y), ...indexArgs }), `=${copy(i, 3)}`], ["text", "text", "money_ore", "number"]);
    }
    const column = compareBlock({ referrals: absoluteRange(top, 0, top + m - 1, 3), budget: cellAddress(yearBudgetRow, y + 2, true), settings });
    b.put([]);
    return { column, costs: absoluteRange(top, 2, top + m - 1, 2) };
  });

  // The rows placed above, now that the calculation's cells are known.
  for (let i = 0; i <= n; i++) {
    const name = schoolName(i);
    b.set(first + i, [name, ...scenarioColumns.map((column) => `=${column(i)}`)], money(count));
    b.set(yearPositionsFirst + i, [name, ...yearColumns.map(({ column }) => `=${column(i)}`)], money(BUDGET_YEARS));
  }
  b.set(yearCostRow, [t(lang, "note.costs"), `=${costTotal}`, ...yearColumns.map(({ costs }) => `=SUM(${costs})`)], money(1 + BUDGET_YEARS));
  // What the committee note quotes: the reading's header and a row per scenario.
  const reading = `${cellAddress(readingTop + 1, 0)}:${cellAddress(readingTop + 1 + count, 4)}`;
  return { ...b.finish(t(lang, "scen.sheet")), columnWidths: WIDTHS, anchors: { reading } };
}

/**
 * Below a positions table (its school rows and centre from `first`): the total per column, what it
 * must equal (budget − referrals) and the check (0 in green, else red), the check read back.
 */
function checks(b: SheetBuilder, lang: Language, first: number, n: number, columns: number, neutral: (c: number) => string): void {
  const total = b.row;
  const each = Array.from({ length: columns }, (_, c) => c);
  b.put([t(lang, "out.total"), ...each.map((c) => `=SUM(${absoluteRange(first, c + 1, first + n, c + 1)})`)], ["text", ...each.map((): Format => "money")], true);
  b.put([t(lang, "out.neutral"), ...each.map((c) => `=${neutral(c)}`)], ["text", ...each.map((): Format => "money")]);
  b.put([t(lang, "scen.check"), ...each.map((c) => `=${cellAddress(total, c + 1)}-${cellAddress(total + 1, c + 1)}`)], ["text", ...each.map((): "difference" => "difference")], true);
  for (const c of each) b.readBack.push(cellAddress(total + 2, c + 1));
}
