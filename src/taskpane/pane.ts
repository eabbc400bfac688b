import { flag, isBlank, optionalNumber, RULES, Cell } from "../excel/args";
import { message } from "../excel/messages";
import { SpuError } from "../money/errors";
import { COMPARED } from "../municipalities";
import { Language, TextKey, key, modelName, t } from "../texts";
import { Area, absoluteAddress, columnCount, parseArea, rowCount } from "./address";
import { compareLayout, readComparison } from "./compare-layout";
import { InputColumn, InputGroup, PaneForm, Param } from "./form";
import { FORMS, SETTINGS, form as formById } from "./forms";
import { layout, paramLabel } from "./layout";
import { noteLayout } from "./note-layout";
import { RISK_PARAMS, RiskParams, riskLayout } from "./risk-layout";
import { MAX_SCENARIOS, MIN_SCENARIOS, ScenarioConfig, ScenarioSet, indexTable, modelSettings, paramId, scenarioLayout } from "./scenario-layout";
import { formatAmount, formatDate, formatNumber, parseDate, parseNumber } from "./numbers";
import { CellValue, ComputeRequest, ComputeResult, OutputSheet, OwnSheet, Workbook } from "./workbook";
import type { Workbook as ExampleBook } from "../examples/workbook";

/**
 * The pane's state and flow, without the DOM: the chosen model, the user's ranges for each
 * input, the parameters, and Beregn. Everything the user sets is saved in the workbook's
 * document settings and restored when it opens again.
 */
export interface ModelConfig {
  /** `group.column` → sheet-qualified range. */
  inputs: Record<string, string>;
  /** `group.column` → the Excel table column it came from ("Skoletabel[Skole]"), written as such. */
  tables?: Record<string, string>;
  params: Record<string, number>;
  /** The output sheet an earlier Beregn wrote. */
  own?: OwnSheet;
  /** The comparison's committee note and risk sheet, written from it. */
  note?: OwnSheet;
  risk?: OwnSheet;
}

export interface Config {
  model: string;
  models: Record<string, ModelConfig>;
  /** The latest mapping of each input, whichever model it was made for: every model of the workbook uses it. */
  shared?: Pick<ModelConfig, "inputs" | "tables">;
}

export const SETTINGS_KEY = "spu.taskpane";
/** The scenario definitions and their sheet, saved beside the configuration. */
export const SCENARIOS_KEY = "spu.scenarios";

/** A sheet over the comparison sheet, from its name and anchors now and the names of the sheets it quotes. */
type Build = (sheet: string, compared: Required<Pick<OwnSheet, "params" | "anchors">>, ownValues: CellValue[], quoted: (string | undefined)[]) => OutputSheet;
const MAX_PROBLEMS = 10;
/** How often, and how long, the pane follows SPU.RISK while Excel computes it. */
const POLL_MS = 500;
const POLL_LIMIT_MS = 120000;

export type Outcome =
  /** `reading`: the comparison's short reading of its result (empty for one model). */
  | {
      ok: true;
      sheet: string;
      totals: { label: string; value: CellValue; money: boolean; ore: boolean }[];
      reading: string[];
      /** Parameters read back from the sheet where the user had changed them. */
      adopted: string[];
      /** The reconciliation's difference (kroner or a number) and the names it could not attribute. */
      reconciliation?: { difference: CellValue; unknown: CellValue; money: boolean };
    }
  | { ok: false; problems: string[] };

/** Checks one cell of an input column; a message naming the column and the sheet row, or undefined. */
function checkCell(kind: InputColumn["kind"], optional: boolean, cell: Cell, label: string, row: number, lang: Language): string | undefined {
  try {
    if (isBlank(cell)) {
      if (!optional && kind !== "flag") return message("required", { param: label, row }, lang);
    } else if (kind === "number" || kind === "date") optionalNumber(cell, label, RULES.any, row);
    else if (kind === "flag") flag(cell, label, row);
    return undefined;
  } catch (error) {
    if (error instanceof SpuError) return message(error.key, error.params, lang);
    throw error;
  }
}

export class Pane {
  config: Config;
  /** What the user typed in a field that could not be read: Beregn refuses while any is left. */
  private readonly invalid = new Map<string, string>();
  /** The same for the scenarios' fields, by `<scenario>/<setting>`. */
  private readonly invalidScenario = new Map<string, { typed: string; label: string }>();

  constructor(
    private readonly workbook: Workbook,
    readonly lang: Language
  ) {
    this.config = this.load();
  }

  private load(): Config {
    const saved = this.workbook.loadSettings<Config>(SETTINGS_KEY);
    return saved && FORMS.some((m) => m.id === saved.model) ? saved : { model: FORMS[0].id, models: {} };
  }

  /** The saved configuration again (another copy of the pane, or an undo, may have changed it). */
  reload(): void {
    this.config = this.load();
    this.invalid.clear();
    this.invalidScenario.clear();
  }

  get model(): PaneForm {
    return formById(this.config.model);
  }

  private get current(): ModelConfig {
    const id = this.config.model;
    const config = (this.config.models[id] ??= { inputs: {}, params: defaults(formById(id)) });
    // The schools and referrals mapped for one model are every model's.
    const shared = this.config.shared;
    for (const k of shared ? inputKeys(formById(id)) : []) {
      if (config.inputs[k] || !shared!.inputs[k]) continue;
      config.inputs[k] = shared!.inputs[k];
      if (shared!.tables?.[k]) (config.tables ??= {})[k] = shared!.tables[k];
    }
    return config;
  }

  text(k: TextKey, params?: Record<string, string | number>): string {
    return t(this.lang, k, params);
  }

  /** What the user typed and could not be read, to show it again in the field. */
  typed(p: Param): string | undefined {
    return this.invalid.get(p.id);
  }

  async selectModel(id: string): Promise<void> {
    this.invalid.clear();
    this.config.model = id;
    void this.current;
    await this.save();
  }

  mapping(group: string, column: string): string | undefined {
    const k = `${group}.${column}`;
    return this.current.tables?.[k] ?? this.current.inputs[k];
  }

  /**
   * Maps an input column to a range (or to an Excel table's column, `table` "Skoletabel[Skole]",
   * written as such so that formulas follow the table's rows); a message when it is not one
   * column of one area. A range from the sheet's first row has its header row left out.
   */
  async map(group: string, column: string, address: string, table?: string): Promise<string | undefined> {
    const label = this.text(key("col", column));
    const areas = address.split(",").length;
    if (areas > 1) return this.text("err.areas", { at: label, count: areas });
    let area: Area;
    try {
      area = parseArea(address);
    } catch {
      return this.text("err.notRange", { at: label, value: address });
    }
    if (columnCount(area) !== 1) return this.text("err.multiColumn", { at: label, cols: columnCount(area) });
    if (!table && area.top === 0 && area.bottom > 0) area = { ...area, top: 1 };
    const k = `${group}.${column}`;
    const shared = (this.config.shared ??= { inputs: {} });
    // The same mapping for every model that has this input.
    for (const config of [shared, this.current, ...Object.entries(this.config.models).filter(([id]) => inputKeys(formById(id)).includes(k)).map(([, c]) => c)]) {
      config.inputs[k] = absoluteAddress(area);
      const tables = (config.tables ??= {});
      if (table) tables[k] = table;
      else delete tables[k];
    }
    await this.save();
    return undefined;
  }

  async mapSelection(group: string, column: string): Promise<string | undefined> {
    try {
      return await this.map(group, column, await this.workbook.selection());
    } catch (error) {
      return this.officeError(error);
    }
  }

  /** An Office error as a message that says what to do; the raw text only when none fits. */
  officeError(error: unknown): string {
    const code = (error as { code?: string })?.code ?? "";
    const raw = error instanceof Error ? error.message : String(error);
    if (code === "InvalidOperationInCellEditMode" || /cell edit/i.test(raw)) return this.text("err.cellEdit");
    if (code === "AccessDenied" || /protect/i.test(raw)) return this.text("err.protected");
    if (code === "ItemNotFound") return this.text("err.sheetMissing", { value: raw });
    return this.text("err.office", { value: raw });
  }

  /** Inserts a model's example workbook into the open workbook, beside the user's sheets; what happened, to show. */
  async insertExample(book: ExampleBook): Promise<{ ok: boolean; message: string }> {
    try {
      const result = await this.workbook.insertExample(book);
      return result.ok
        ? { ok: true, message: this.text("ui.exampleInserted", { sheets: result.sheets.join(", ") }) }
        : { ok: false, message: this.text("err.exampleTaken", { sheet: result.taken }) };
    } catch (error) {
      return { ok: false, message: this.officeError(error) };
    }
  }

  tableColumns() {
    return this.workbook.tableColumns();
  }

  paramText(p: Param): string {
    return this.valueText(p, this.current.params[p.id]);
  }

  /** A parameter's value as the pane shows it: "40 %", "354.000", "Roskilde". */
  valueText(p: Param, value: number | string | undefined): string {
    if (value === undefined) return "";
    if (typeof value === "string") return value;
    if (p.kind === "date") return formatDate(this.lang, value);
    if (p.kind === "model") return modelName(this.lang, COMPARED[value].id);
    if (p.kind === "share") return `${formatNumber(this.lang, Number((value * 100).toPrecision(12)))} %`;
    if (p.kind === "year") return String(value);
    return formatNumber(this.lang, value);
  }

  /** Sets a parameter from what the user typed; a message when it cannot be read. */
  async setParam(p: Param, typed: string): Promise<string | undefined> {
    const problem = this.readParam(p, typed);
    if (problem) {
      this.invalid.set(p.id, typed);
      return problem;
    }
    this.invalid.delete(p.id);
    await this.save();
    return undefined;
  }

  /** Sets a parameter from a text; a message (and nothing set) when it cannot be read. */
  private readParam(p: Param, typed: string): string | undefined {
    const read = this.parse(p, typed);
    if ("problem" in read) return read.problem;
    if (read.value === undefined) delete this.current.params[p.id];
    else this.current.params[p.id] = read.value;
    return undefined;
  }

  /** A parameter's value from what the user typed (undefined: blank), or a message. */
  private parse(p: Param, typed: string, label = paramLabel(this.lang, p)): { value?: number } | { problem: string } {
    if (typed.trim() === "") return {};
    const value = p.kind === "date" ? parseDate(typed) : p.kind === "model" ? this.parseModel(typed) : parseNumber(this.lang, typed);
    if (value === undefined) return { problem: this.text(p.kind === "date" ? "err.date" : "err.param", { at: label, value: typed }) };
    if (p.kind === "share" && (value < 0 || value > 1)) return { problem: message("range", { param: label, value: typed, min: "0 %", max: "100 %" }, this.lang) };
    return { value };
  }

  /**
   * The parameter cells of the own sheet as they are now: a value the user changed there (not the
   * one the pane wrote) becomes the parameter's value, so Beregn keeps it. Returns the labels.
   */
  private adopt(own: OwnSheet | undefined, values: CellValue[]): string[] {
    const written = Object.entries(own?.params ?? {});
    const adopted: string[] = [];
    written.forEach(([id, { value }], k) => {
      const now = values[k] ?? "";
      const p = this.model.params.find((x) => x.id === id);
      if (!p || now === value || (now === "" && value === "")) return;
      const typed = typeof now === "number" && p.kind !== "date" ? formatNumber(this.lang, now) : p.kind === "date" && typeof now === "number" ? formatDate(this.lang, now) : String(now);
      if (this.readParam(p, typed)) return;
      adopted.push(`${paramLabel(this.lang, p)} = ${this.paramText(p) || "—"}`);
    });
    return adopted;
  }

  /** One of the compared models by its name, as the dropdown offers it. */
  private parseModel(typed: string): number | undefined {
    const k = COMPARED.findIndex((c) => modelName(this.lang, c.id).toLowerCase() === typed.trim().toLowerCase());
    return k < 0 ? undefined : k;
  }

  /** Problems found before reading any cell: unmapped inputs, shapes, missing parameters. */
  private checkSetup(): string[] {
    const problems: string[] = [];
    for (const p of this.model.params) {
      if (this.invalid.has(p.id)) problems.push(this.text("ui.invalidField", { at: paramLabel(this.lang, p) }));
      else if (this.current.params[p.id] === undefined && !p.blank) problems.push(message("required", { param: paramLabel(this.lang, p) }, this.lang));
    }
    for (const group of this.model.groups) {
      const areas = this.groupAreas(group);
      for (const c of group.columns) {
        if (!c.optional && !areas[c.id]) problems.push(this.text("err.notMapped", { at: this.columnName(`${group.id}.${c.id}`) }));
      }
      const mapped = group.columns.filter((c) => areas[c.id]);
      const first = mapped[0];
      for (const c of mapped.slice(1)) {
        if (rowCount(areas[c.id]) !== rowCount(areas[first.id])) {
          problems.push(
            this.text("err.rows", {
              at: this.text(key("col", c.id)),
              rows: rowCount(areas[c.id]),
              other: this.text(key("col", first.id)),
              expected: rowCount(areas[first.id]),
            })
          );
        }
      }
    }
    // The reconciliation needs both its names and the list they belong to.
    const r = this.model.reconcile;
    const [items, list] = [r?.items, r?.list].map((k) => k && this.current.inputs[k]);
    if (r && !!items !== !!list) {
      const [missing, other] = (items ? [r.list, r.items] : [r.items, r.list]).map((k) => this.columnName(k));
      problems.push(this.text("err.reconcilePair", { at: missing, other }));
    }
    return problems;
  }

  /** "Skoler, Navn": an input column as the pane names it. */
  private columnName(k: string): string {
    const [group, column] = k.split(".");
    return `${this.text(key("group", group))}, ${this.text(key("col", column))}`;
  }

  private groupAreas(group: InputGroup): Record<string, Area> {
    const areas: Record<string, Area> = {};
    for (const c of group.columns) {
      const address = this.current.inputs[`${group.id}.${c.id}`];
      if (address) areas[c.id] = parseArea(address);
    }
    return areas;
  }

  /** Row-level checks of the values read: a wholly blank row is skipped, as the functions do. */
  private checkValues(columns: { group: string; column: InputColumn; area: Area }[], values: CellValue[][][]): string[] {
    const problems: string[] = [];
    for (const group of this.model.groups) {
      const mine = columns.map((c, k) => ({ ...c, cells: values[k] })).filter((c) => c.group === group.id);
      // An optional group (a referral list only reconciled) may be left out.
      const rows = mine[0]?.cells.length ?? 0;
      for (let i = 0; i < rows && problems.length < MAX_PROBLEMS; i++) {
        if (mine.every((c) => isBlank(c.cells[i][0]))) continue;
        for (const c of mine) {
          const problem = checkCell(c.column.kind, !!c.column.optional, c.cells[i][0], this.text(key("col", c.column.id)), c.area.top + i + 1, this.lang);
          if (problem) problems.push(problem);
        }
      }
    }
    return problems.slice(0, MAX_PROBLEMS);
  }

  /** Beregn: checks, then writes the output sheet of live formulas (one read, one write). */
  async compute(): Promise<Outcome> {
    const setup = this.checkSetup();
    if (setup.length) return { ok: false, problems: setup };
    const model = this.model;
    const config = this.current;
    const columns = model.groups.flatMap((g) =>
      g.columns.filter((c) => config.inputs[`${g.id}.${c.id}`]).map((c) => ({ group: g.id, column: c, area: parseArea(config.inputs[`${g.id}.${c.id}`]) }))
    );
    const inputs = Object.fromEntries(columns.map((c) => [`${c.group}.${c.column.id}`, c.area]));
    const comparison = model.id === "compare";
    let adopted: string[] = [];
    let reconciled: OutputSheet["reconciled"];
    const result = await this.write({
      inputs: columns.map((c) => absoluteAddress(c.area)),
      own: config.own,
      ownCells: Object.values(config.own?.params ?? {}).map((p) => p.cell),
      build: (values, ownValues) => {
        const problems = this.checkValues(columns, values);
        if (problems.length) return problems;
        adopted = this.adopt(config.own, ownValues);
        const out = (comparison ? compareLayout : layout)({ model, lang: this.lang, inputs, structured: config.tables, params: config.params });
        reconciled = out.reconciled;
        return out;
      },
    });
    if (!result.ok) return result;
    config.own = result.own;
    await this.save();
    const readBack = reconciled ? result.readBack.slice(2) : result.readBack;
    const reconciliation = reconciled ? { difference: result.readBack[0], unknown: result.readBack[1], money: reconciled === "money" } : undefined;
    const done = { ok: true as const, sheet: result.sheet.name, adopted, reconciliation };
    if (comparison) return { ...done, totals: [], reading: readComparison(this.lang, readBack) };
    const labels = [
      ...model.summary.map((s) => ({ label: this.text(key("out", s.id)), format: s.format })),
      ...model.tables.flatMap((table) =>
        table.columns.slice(1).flatMap((c) => (c.total ? [{ label: `${this.text(key("out", table.id))}: ${this.text(key("out", c.id))}`, format: c.format }] : []))
      ),
    ];
    return {
      ...done,
      totals: labels.map((l, k) => ({ label: l.label, money: l.format.startsWith("money"), ore: l.format === "money_ore", value: readBack[k] })),
      reading: [],
    };
  }

  /**
   * Skriv udvalgsnotat: a print-ready sheet of live formulas over the comparison sheet (note-layout.ts),
   * written beside the user's sheets or over its own earlier note, never over a user's cell.
   */
  async writeNote(): Promise<Outcome> {
    // The risk and scenario sheets, where the user has written them, are quoted too.
    const [risk, scenarios] = [this.config.models.compare?.risk, this.scenarios().own].map((own) => (own?.anchors?.reading ? own : undefined));
    const present = [risk, scenarios].filter((own): own is OwnSheet => own !== undefined);
    const written = await this.followUp(
      "note",
      (sheet, compared, _, names) => {
        const quote = (own?: OwnSheet) => {
          const name = own && names[present.indexOf(own)];
          return own && name ? { sheet: name, reading: own.anchors!.reading } : undefined;
        };
        return noteLayout({ lang: this.lang, sheet, compared, risk: quote(risk), scenarios: quote(scenarios) });
      },
      present.map((own) => own.id)
    );
    return written.ok ? { ok: true, sheet: written.sheet, totals: [], reading: [], adopted: [] } : written;
  }

  /**
   * Beregn risiko: SPU.RISK per model on a sheet of its own over the comparison sheet
   * (risk-layout.ts); `progress` hears how many models Excel has computed while it works.
   */
  async computeRisk(progress: (done: number, count: number) => void): Promise<Outcome> {
    const written = await this.followUp("risk", (sheet, compared, ownValues) => {
      // Values the user edited on the risk sheet are kept.
      const params: RiskParams = { ...RISK_PARAMS };
      Object.keys(this.config.models.compare?.risk?.params ?? {}).forEach((id, k) => {
        const value = ownValues[k];
        if (id in params && typeof value === "number") params[id as keyof RiskParams] = value;
      });
      return riskLayout({ lang: this.lang, sheet, compared, params });
    });
    if (!written.ok) return written;
    const count = COMPARED.length;
    const busy = (values: CellValue[]) => values.slice(0, count).filter((v) => v === "#BUSY!").length;
    let values = written.readBack;
    for (let waited = 0; busy(values) && waited < POLL_LIMIT_MS; waited += POLL_MS) {
      progress(count - busy(values), count);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      values = await this.workbook.read(written.id, written.cells);
    }
    progress(count - busy(values), count);
    const reading: string[] = [];
    for (let at = count; at + 1 < values.length; at += 2) {
      const [sentence, amount] = [values[at], values[at + 1]];
      if (typeof sentence === "string" && !sentence.startsWith("#") && typeof amount === "number") reading.push(`${sentence} ${formatAmount(this.lang, amount)}`);
    }
    if (busy(values)) reading.push(this.text("ui.riskBusy"));
    return { ok: true, sheet: written.sheet, totals: [], reading, adopted: [] };
  }

  /** The scenarios as saved in the workbook, read each time: another copy of the pane may have changed them. */
  scenarios(): ScenarioConfig {
    const saved = this.workbook.loadSettings<ScenarioConfig>(SCENARIOS_KEY);
    const config = saved && COMPARED.some((c) => c.id === saved.model) ? saved : { model: COMPARED[this.config.models.compare?.params.current_model ?? 0].id, sets: {}, budgetYear: new Date().getFullYear() + 1 };
    config.sets[config.model] ??= this.defaultScenarios(config);
    return config;
  }

  /** Two scenarios with the values the comparison computes with, the first adopted. */
  private defaultScenarios(config: ScenarioConfig): ScenarioSet {
    const compared = this.config.models.compare?.params ?? {};
    const values = Object.fromEntries(modelSettings(config.model).flatMap((p) => (compared[p.id] ?? p.default) === undefined ? [] : [[p.id, compared[p.id] ?? p.default!]]));
    return {
      adopted: 0,
      scenarios: [
        { name: this.text("scen.defaultName", { year: config.budgetYear }), values },
        { name: this.text("scen.newName", { n: 2 }), values: { ...values } },
      ],
    };
  }

  /** Changes the saved scenarios of the chosen model and saves them; `change` returns a message when it refuses. */
  private async changeScenarios(change: (config: ScenarioConfig, set: ScenarioSet) => string | undefined): Promise<string | undefined> {
    const config = this.scenarios();
    const problem = change(config, config.sets[config.model]);
    if (problem) return problem;
    config.sets[config.model] ??= this.defaultScenarios(config);
    await this.workbook.saveSettings(SCENARIOS_KEY, config);
    return undefined;
  }

  /** What the user typed in a scenario's field that could not be read. */
  typedScenario(s: number, p: Param): string | undefined {
    return this.invalidScenario.get(`${s}/${p.id}`)?.typed;
  }

  selectScenarioModel(id: string): Promise<string | undefined> {
    this.invalidScenario.clear();
    return this.changeScenarios((config) => {
      config.model = id;
      return undefined;
    });
  }

  setScenarioName(s: number, name: string): Promise<string | undefined> {
    return this.changeScenarios((_, set) => {
      set.scenarios[s].name = name.trim();
      return undefined;
    });
  }

  setAdopted(s: number): Promise<string | undefined> {
    return this.changeScenarios((_, set) => {
      set.adopted = s;
      return undefined;
    });
  }

  /** A scenario's value of one setting from what the user typed; a message when it cannot be read. */
  setScenarioValue(s: number, p: Param, typed: string): Promise<string | undefined> {
    return this.changeScenarios((_, set) => {
      const scenario = set.scenarios[s];
      const label = `${scenario.name}: ${paramLabel(this.lang, p)}`;
      const read = this.parse(p, typed, label);
      if ("problem" in read) {
        this.invalidScenario.set(`${s}/${p.id}`, { typed, label });
        return read.problem;
      }
      this.invalidScenario.delete(`${s}/${p.id}`);
      if (read.value === undefined) delete scenario.values[p.id];
      else scenario.values[p.id] = read.value;
      return undefined;
    });
  }

  /** One more scenario, a copy of the adopted one's values. */
  addScenario(): Promise<string | undefined> {
    return this.changeScenarios((_, set) => {
      if (set.scenarios.length >= MAX_SCENARIOS) return this.text("err.scenarioCount", { min: MIN_SCENARIOS, max: MAX_SCENARIOS });
      set.scenarios.push({ name: this.text("scen.newName", { n: set.scenarios.length + 1 }), values: { ...set.scenarios[set.adopted].values } });
      return undefined;
    });
  }

  removeScenario(s: number): Promise<string | undefined> {
    this.invalidScenario.clear();
    return this.changeScenarios((_, set) => {
      if (set.scenarios.length <= MIN_SCENARIOS) return this.text("err.scenarioCount", { min: MIN_SCENARIOS, max: MAX_SCENARIOS });
      set.scenarios.splice(s, 1);
      set.adopted = set.adopted === s ? 0 : set.adopted > s ? set.adopted - 1 : set.adopted;
      return undefined;
    });
  }

  setBudgetYear(typed: string): Promise<string | undefined> {
    return this.changeScenarios((config) => {
      const year = parseNumber(this.lang, typed);
      if (year === undefined || !Number.isInteger(year)) return this.text("err.param", { at: this.text("scen.budgetYear"), value: typed });
      config.budgetYear = year;
      return undefined;
    });
  }

  /**
   * The scenario sheet's parameter cells as they are now: what the user changed there (a name, a
   * value, the adopted marker, the budget year, the index) becomes the scenarios'. Returns the labels.
   */
  private adoptScenarios(config: ScenarioConfig, values: CellValue[]): string[] {
    const adopted: string[] = [];
    const index = indexTable(config);
    const marked: Record<string, number> = {};
    Object.entries(config.own?.params ?? {}).forEach(([id, { value }], k) => {
      const now = values[k] ?? "";
      if (now === value) return;
      const [head, at, field] = id.split("/");
      if (id === paramId.budgetYear || head === "index") {
        if (typeof now !== "number") return;
        if (id === paramId.budgetYear) config.budgetYear = now;
        else (field === "year" ? index.years : index.levels)[Number(at)] = now;
        if (head === "index") config.index = index;
        const what = id === paramId.budgetYear ? this.text("scen.budgetYear") : field === "year" ? `${this.text("scen.indexYear")} ${Number(at) + 1}` : `${this.text("scen.indexLevel")} ${index.years[Number(at)]}`;
        adopted.push(`${what} = ${now}`);
        return;
      }
      const scenario = config.sets[head]?.scenarios[Number(at)];
      if (!scenario) return;
      if (field === "name") {
        adopted.push(`${this.text("scen.scenario")} ${Number(at) + 1} = ${String(now)}`);
        scenario.name = String(now);
      } else if (field === "adopted") {
        if (now !== "") marked[head] = Number(at);
      } else {
        const p = SETTINGS.find((x) => x.id === field);
        if (!p) return;
        if (now === "") delete scenario.values[field];
        else scenario.values[field] = now as number | string;
        adopted.push(`${scenario.name}: ${paramLabel(this.lang, p)} = ${this.valueText(p, scenario.values[field]) || "—"}`);
      }
    });
    for (const [model, s] of Object.entries(marked)) {
      config.sets[model].adopted = s;
      adopted.push(`${this.text("scen.adopted")}: ${config.sets[model].scenarios[s].name}`);
    }
    return adopted;
  }

  /**
   * Skriv scenarier: the scenario sheet over the comparison sheet (scenario-layout.ts), written
   * beside the user's sheets or over its own earlier one, what the user edited there kept.
   */
  async writeScenarios(): Promise<Outcome> {
    if (this.invalidScenario.size) return { ok: false, problems: [...this.invalidScenario.values()].map(({ label }) => this.text("ui.invalidField", { at: label })) };
    const config = this.scenarios();
    let adopted: string[] = [];
    const written = await this.overComparison(config.own, (sheet, compared, ownValues) => {
      adopted = this.adoptScenarios(config, ownValues);
      return scenarioLayout({ lang: this.lang, sheet, compared, config });
    });
    if (!written.ok) return written;
    config.own = written.own;
    await this.workbook.saveSettings(SCENARIOS_KEY, config);
    return { ok: true, sheet: written.sheet, totals: [], reading: this.readScenarios(config, written.readBack), adopted };
  }

  /** The reading from the sheet's values: each scenario's largest gain and loss against the adopted, and the budget check. */
  private readScenarios(config: ScenarioConfig, values: CellValue[]): string[] {
    const set = config.sets[config.model];
    const count = set.scenarios.length;
    const amount = (v: CellValue) => (typeof v === "number" ? formatAmount(this.lang, v) : String(v));
    const lines = set.scenarios.flatMap((_, s) => {
      const [scenario, gain, gainSchool, loss, lossSchool] = values.slice(count + 5 * s, count + 5 * s + 5);
      if (s === set.adopted || typeof gain !== "number") return [];
      return [this.text("reading.scenario", { scenario: String(scenario), gain: amount(gain), gainSchool: String(gainSchool), loss: amount(loss), lossSchool: String(lossSchool), adopted: set.scenarios[set.adopted].name })];
    });
    const checks = [...values.slice(0, count), ...values.slice(6 * count)];
    return [...lines, this.text(checks.every((v) => v === 0) ? "reading.neutral" : "reading.notNeutral")];
  }

  /** Writes a sheet built over the comparison sheet, which must have been written (and still be there). */
  private async followUp(
    kind: "note" | "risk",
    build: Build,
    quote: string[] = []
  ): Promise<{ ok: true; sheet: string; id: string; cells: string[]; readBack: CellValue[] } | { ok: false; problems: string[] }> {
    const config = this.config.models.compare;
    const written = await this.overComparison(config?.[kind], build, quote);
    if (!written.ok) return written;
    config[kind] = written.own;
    await this.save();
    return written;
  }

  /** Writes (or refreshes) `own`, a sheet over the comparison sheet: what followUp and the scenarios share. */
  private async overComparison(
    own: OwnSheet | undefined,
    build: Build,
    quote: string[] = []
  ): Promise<{ ok: true; sheet: string; id: string; own: OwnSheet; cells: string[]; readBack: CellValue[] } | { ok: false; problems: string[] }> {
    const compared = this.config.models.compare?.own;
    if (!compared?.anchors || !compared.params) return { ok: false, problems: [this.text("err.compareFirst")] };
    const anchored = { params: compared.params, anchors: compared.anchors };
    let cells: string[] = [];
    const result = await this.write({
      inputs: [],
      own,
      ownCells: Object.values(own?.params ?? {}).map((p) => p.cell),
      refer: compared.id,
      quote,
      build: (_values, ownValues, referred, quoted = []) => {
        if (referred === undefined) return [this.text("err.compareGone")];
        const out = build(referred, anchored, ownValues, quoted);
        cells = out.readBack;
        return out;
      },
    });
    if (!result.ok) return result;
    return { ok: true, sheet: result.sheet.name, id: result.sheet.id, own: result.own, cells, readBack: result.readBack };
  }

  /** Writes through the workbook; a refusal, cells in the way or an Office error as the problems to show. */
  private async write(request: ComputeRequest): Promise<Extract<ComputeResult, { ok: true }> | { ok: false; problems: string[] }> {
    let result: ComputeResult;
    try {
      result = await this.workbook.compute(request);
    } catch (error) {
      return { ok: false, problems: [this.officeError(error)] };
    }
    if (!result.ok) return { ok: false, problems: "conflict" in result ? [this.text("err.conflict", result.conflict)] : result.problems };
    return result;
  }

  private save(): Promise<void> {
    return this.workbook.saveSettings(SETTINGS_KEY, this.config);
  }
}

/** A form's inputs, `group.column`. */
function inputKeys(m: PaneForm): string[] {
  return m.groups.flatMap((g) => g.columns.map((c) => `${g.id}.${c.id}`));
}

function defaults(m: PaneForm): Record<string, number> {
  return Object.fromEntries(m.params.filter((p) => p.default !== undefined).map((p) => [p.id, p.default as number]));
}
