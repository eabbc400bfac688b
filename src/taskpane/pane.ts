import { flag, isBlank, optionalNumber, RULES, Cell } from "../excel/args";
import { message } from "../excel/messages";
import { SpuError } from "../money/errors";
import { Area, absoluteAddress, columnCount, parseArea, rowCount } from "./address";
import { compareLayout, readComparison } from "./compare-layout";
import { Language, formatDate, formatNumber, modelName, parseDate, parseNumber, t } from "./i18n";
import { layout } from "./layout";
import { COMPARED, InputColumn, InputGroup, MODELS, Model, ModelId, Param, model as modelById } from "./models";
import { CellValue, OwnSheet, Workbook } from "./workbook";

/**
 * The pane's state and flow, without the DOM: the chosen model, the user's ranges for each
 * input, the parameters, and Beregn. Everything the user sets is saved in the workbook's
 * document settings and restored when it opens again.
 */
export interface ModelConfig {
  /** `group.column` → sheet-qualified range. */
  inputs: Record<string, string>;
  params: Record<string, number>;
  /** The output sheet an earlier Beregn wrote. */
  own?: OwnSheet;
}

export interface Config {
  model: ModelId;
  models: Partial<Record<ModelId, ModelConfig>>;
}

export const SETTINGS_KEY = "spu.taskpane";
const MAX_PROBLEMS = 10;

export type Outcome =
  /** `reading`: the comparison's short reading of its result (empty for one model). */
  | { ok: true; sheet: string; totals: { label: string; value: CellValue; money: boolean }[]; reading: string[] }
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
  readonly config: Config;

  constructor(
    private readonly workbook: Workbook,
    readonly lang: Language
  ) {
    const saved = workbook.loadSettings<Config>(SETTINGS_KEY);
    this.config = saved && MODELS.some((m) => m.id === saved.model) ? saved : { model: "roskilde", models: {} };
  }

  get model(): Model {
    return modelById(this.config.model);
  }

  private get current(): ModelConfig {
    const id = this.config.model;
    return (this.config.models[id] ??= { inputs: {}, params: defaults(modelById(id)) });
  }

  text(key: string, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  async selectModel(id: ModelId): Promise<void> {
    this.config.model = id;
    void this.current;
    await this.save();
  }

  mapping(group: string, column: string): string | undefined {
    return this.current.inputs[`${group}.${column}`];
  }

  /** Maps an input column to a range; a message when it is not one column. */
  async map(group: string, column: string, address: string): Promise<string | undefined> {
    const area = parseArea(address);
    const label = this.text(`col.${column}`);
    if (columnCount(area) !== 1) return this.text("err.multiColumn", { at: label, cols: columnCount(area) });
    this.current.inputs[`${group}.${column}`] = absoluteAddress(area);
    await this.save();
    return undefined;
  }

  async mapSelection(group: string, column: string): Promise<string | undefined> {
    return this.map(group, column, await this.workbook.selection());
  }

  tableColumns() {
    return this.workbook.tableColumns();
  }

  paramText(p: Param): string {
    const value = this.current.params[p.id];
    if (value === undefined) return "";
    if (p.kind === "date") return formatDate(value);
    if (p.kind === "model") return modelName(this.lang, COMPARED[value]);
    if (p.kind === "share") return `${formatNumber(this.lang, Number((value * 100).toPrecision(12)))} %`;
    if (p.kind === "year") return String(value);
    return formatNumber(this.lang, value);
  }

  /** Sets a parameter from what the user typed; a message when it cannot be read. */
  async setParam(p: Param, typed: string): Promise<string | undefined> {
    const label = this.text(`param.${p.id}`);
    if (typed.trim() === "") delete this.current.params[p.id];
    else {
      const value = p.kind === "date" ? parseDate(typed) : p.kind === "model" ? this.parseModel(typed) : parseNumber(this.lang, typed);
      if (value === undefined) return this.text(p.kind === "date" ? "err.date" : "err.param", { at: label, value: typed });
      if (p.kind === "share" && (value < 0 || value > 1)) return message("range", { param: label, value: typed, min: "0 %", max: "100 %" }, this.lang);
      this.current.params[p.id] = value;
    }
    await this.save();
    return undefined;
  }

  /** One of the compared models by its name, as the dropdown offers it. */
  private parseModel(typed: string): number | undefined {
    const k = COMPARED.findIndex((id) => modelName(this.lang, id).toLowerCase() === typed.trim().toLowerCase());
    return k < 0 ? undefined : k;
  }

  /** Problems found before reading any cell: unmapped inputs, shapes, missing parameters. */
  private checkSetup(): string[] {
    const problems: string[] = [];
    for (const p of this.model.params) {
      if (this.current.params[p.id] === undefined && !p.blank) problems.push(message("required", { param: this.text(`param.${p.id}`) }, this.lang));
    }
    for (const group of this.model.groups) {
      const areas = this.groupAreas(group);
      for (const c of group.columns) {
        if (!c.optional && !areas[c.id]) problems.push(this.text("err.notMapped", { at: `${this.text(`group.${group.id}`)}, ${this.text(`col.${c.id}`)}` }));
      }
      const mapped = group.columns.filter((c) => areas[c.id]);
      const first = mapped[0];
      for (const c of mapped.slice(1)) {
        if (rowCount(areas[c.id]) !== rowCount(areas[first.id])) {
          problems.push(
            this.text("err.rows", {
              at: this.text(`col.${c.id}`),
              rows: rowCount(areas[c.id]),
              other: this.text(`col.${first.id}`),
              expected: rowCount(areas[first.id]),
            })
          );
        }
      }
    }
    return problems;
  }

  private groupAreas(group: InputGroup): Record<string, Area> {
    const areas: Record<string, Area> = {};
    for (const c of group.columns) {
      const address = this.mapping(group.id, c.id);
      if (address) areas[c.id] = parseArea(address);
    }
    return areas;
  }

  /** Row-level checks of the values read: a wholly blank row is skipped, as the functions do. */
  private checkValues(columns: { group: string; column: InputColumn; area: Area }[], values: CellValue[][][]): string[] {
    const problems: string[] = [];
    for (const group of this.model.groups) {
      const mine = columns.map((c, k) => ({ ...c, cells: values[k] })).filter((c) => c.group === group.id);
      const rows = mine[0].cells.length;
      for (let i = 0; i < rows && problems.length < MAX_PROBLEMS; i++) {
        if (mine.every((c) => isBlank(c.cells[i][0]))) continue;
        for (const c of mine) {
          const problem = checkCell(c.column.kind, !!c.column.optional, c.cells[i][0], this.text(`col.${c.column.id}`), c.area.top + i + 1, this.lang);
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
    const out = (comparison ? compareLayout : layout)({ model, lang: this.lang, inputs, params: config.params });
    let result;
    try {
      result = await this.workbook.compute({
        inputs: columns.map((c) => absoluteAddress(c.area)),
        own: config.own,
        build: (values) => {
          const problems = this.checkValues(columns, values);
          return problems.length ? problems : out;
        },
      });
    } catch (error) {
      return { ok: false, problems: [this.text("err.office", { value: error instanceof Error ? error.message : String(error) })] };
    }
    if (!result.ok) {
      return { ok: false, problems: "conflict" in result ? [this.text("err.conflict", result.conflict)] : result.problems };
    }
    config.own = result.own;
    await this.save();
    const labels = [
      ...model.summary.map((s) => ({ label: this.text(`out.${s.id}`), money: s.format === "money" })),
      ...model.tables.flatMap((table) =>
        table.columns.slice(1).flatMap((c) => (c.total ? [{ label: `${this.text(`out.${table.id}`)}: ${this.text(`out.${c.id}`)}`, money: c.format === "money" }] : []))
      ),
    ];
    if (comparison) return { ok: true, sheet: result.sheet.name, totals: [], reading: readComparison(this.lang, result.readBack) };
    return { ok: true, sheet: result.sheet.name, totals: labels.map((l, k) => ({ ...l, value: result.readBack[k] })), reading: [] };
  }

  private save(): Promise<void> {
    return this.workbook.saveSettings(SETTINGS_KEY, this.config);
  }
}

function defaults(m: Model): Record<string, number> {
  return Object.fromEntries(m.params.filter((p) => p.default !== undefined).map((p) => [p.id, p.default as number]));
}
