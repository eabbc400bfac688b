import "@fluentui/web-components/button.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/label.js";
import "@fluentui/web-components/message-bar.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import { COMPARED } from "../municipalities";
import { TextKey, key, modelName } from "../texts";
import { InputColumn, Param } from "./form";
import { FORMS, SETTINGS } from "./forms";
import { paramLabel, settingLabel } from "./layout";
import { formatAmount, formatNumber } from "./numbers";
import { Outcome, Pane } from "./pane";
import { RISK_PARAMS } from "./risk-layout";
import { MAX_SCENARIOS, MIN_SCENARIOS, modelSettings } from "./scenario-layout";
import { TableColumn } from "./workbook";

/**
 * The pane's views in Fluent UI web components: choose a model (with its two-line explanation),
 * map each input (selection or table column), fill the parameters, Beregn, and the result; the
 * same view compares the six models ("Sammenlign modeller": Sammenlign, and the reading).
 */

type Child = Node | string | null | undefined | false;
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, "");
    else if (v !== undefined && v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

function dropdown(id: string, placeholder: string, options: { value: string; text: string }[], selected?: string): HTMLElement {
  const listbox = h("fluent-listbox", {}, ...options.map((o) => h("fluent-option", { value: o.value, selected: o.value === selected }, o.text)));
  return h("fluent-dropdown", { id, placeholder, "aria-label": placeholder }, listbox);
}

export class PaneView {
  private tables: TableColumn[] = [];

  constructor(
    private readonly pane: Pane,
    private readonly root: HTMLElement
  ) {
    setTheme(webLightTheme);
    document.documentElement.lang = pane.lang;
  }

  async start(): Promise<void> {
    await this.refresh();
  }

  /**
   * The table list and the saved configuration read again, then the view: the pane's page lives as
   * long as the document, so it does this whenever it is shown and when tables change.
   */
  async refresh(): Promise<void> {
    this.tables = await this.pane.tableColumns().catch(() => []);
    this.pane.reload();
    this.render();
  }

  private render(): void {
    const p = this.pane;
    const m = p.model;
    const [line1, line2] = p.text(key("model", `${m.id}.text`)).split("\n");
    const models = dropdown(
      "model",
      p.text("ui.model"),
      FORMS.map((x) => ({ value: x.id, text: p.text(key("model", x.id)) })),
      m.id
    );
    models.addEventListener("change", () => {
      const value = (models as unknown as { value: string }).value;
      if (value && value !== p.config.model) void p.selectModel(value).then(() => this.render());
    });

    const groups = m.groups.map((g) =>
      h(
        "section",
        { class: "group", "data-group": g.id },
        h("h3", {}, p.text(key("group", g.id))),
        ...g.columns.map((c) => this.inputRow(g.id, c))
      )
    );

    const field = (param: Param) => {
      const input = this.paramInput(param);
      const note = h("div", { class: "note" }, p.typed(param) === undefined ? "" : p.text("ui.invalidField", { at: paramLabel(p.lang, param) }));
      input.addEventListener("change", () => {
        void p.setParam(param, input.value).then((problem) => (note.textContent = problem ?? ""));
      });
      return h("div", { class: "param", "data-param-row": param.id }, h("fluent-label", {}, paramLabel(p.lang, param)), input, note);
    };
    const params = m.params.filter((x) => !x.named).map(field);
    // The comparison's settings, by model: each with its seed's default or what a blank means.
    const settings = COMPARED.map((c) =>
      h(
        "details",
        // Open where a setting is required: the model shows an error until it is filled in.
        { class: "settings", "data-model": c.id, open: SETTINGS.some((x) => x.model === c.id && x.blank === "blank.required") },
        h("summary", {}, modelName(p.lang, c.id)),
        ...SETTINGS.filter((x) => x.model === c.id && m.params.includes(x)).map((x) => {
          const row = field(x);
          const hint = x.default !== undefined ? p.text("ui.default", { value: this.defaultText(x) }) : p.text(x.blank as TextKey);
          row.append(h("div", { class: "hint" }, hint));
          return row;
        })
      )
    );
    const help = h("a", { id: "help", href: `docs/${p.lang === "da" ? "da/" : ""}${m.help}.html`, target: "_blank", rel: "noopener" }, p.text("ui.help"));
    const example = m.example;
    const insert = example ? h("fluent-button", { id: "insert-example", size: "small" }, p.text("ui.insertExample")) : undefined;
    const inserted = h("div", { class: "note", id: "example-note", role: "status" });
    insert?.addEventListener("click", async () => {
      if (!example) return;
      insert.setAttribute("disabled", "");
      const { ok, message } = await p.insertExample(example());
      // A refusal reads as the other notes do (red); the sheets written as a hint.
      inserted.className = ok ? "hint" : "note";
      inserted.textContent = message;
      insert.removeAttribute("disabled");
      this.tables = await p.tableColumns().catch(() => []);
    });

    const comparison = m.id === "compare";
    const compute = h("fluent-button", { id: "compute", appearance: "primary" }, p.text(comparison ? "ui.compare" : "ui.compute"));
    const result = h("div", { id: "result", role: "status" });
    compute.addEventListener("click", async () => {
      compute.setAttribute("disabled", "");
      result.replaceChildren(h("p", {}, p.text(comparison ? "ui.comparing" : "ui.computing")));
      const outcome = await p.compute();
      // Values read back from the sheet show in their fields.
      if (outcome.ok && outcome.adopted.length) this.render();
      // The scenarios start from the settings the comparison computed with.
      else if (comparison) this.root.querySelector("#scenarios")?.replaceWith(this.scenarioView());
      const shown = this.root.querySelector("#result") ?? result;
      compute.removeAttribute("disabled");
      shown.replaceChildren(...this.outcome(outcome));
      shown.scrollIntoView({ block: "end" });
    });

    this.root.replaceChildren(
      h("h1", {}, p.text("ui.title")),
      h("p", { class: "intro" }, p.text("ui.intro")),
      h("fluent-label", {}, p.text("ui.model")),
      models,
      h("p", { class: "explain", id: "explain" }, line1, h("br"), line2),
      h("p", { class: "links" }, help, insert, inserted),
      h("h2", {}, p.text("ui.inputs")),
      ...groups,
      h("h2", {}, p.text("ui.parameters")),
      ...params,
      ...(m.params.some((x) => x.named) ? [h("h2", {}, p.text("ui.settings")), ...settings] : []),
      h("div", { class: "actions" }, compute),
      result,
      ...(comparison ? [this.followUp(), this.scenarioView()] : [])
    );
  }

  /** After Sammenlign: the risk sheet and the committee note, both over the comparison sheet. */
  private followUp(): HTMLElement {
    const p = this.pane;
    const risk = h("fluent-button", { id: "risk" }, p.text("ui.risk"));
    const note = h("fluent-button", { id: "note" }, p.text("ui.note"));
    const status = h("div", { id: "follow-up-result", role: "status" });
    const run = async (button: HTMLElement, working: string, action: () => Promise<Outcome>) => {
      risk.setAttribute("disabled", "");
      note.setAttribute("disabled", "");
      status.replaceChildren(h("p", { class: "progress" }, working));
      const outcome = await action();
      risk.removeAttribute("disabled");
      note.removeAttribute("disabled");
      status.replaceChildren(...this.outcome(outcome));
      button.scrollIntoView({ block: "nearest" });
    };
    risk.addEventListener("click", () =>
      run(risk, p.text("ui.riskWriting", { runs: formatNumber(p.lang, RISK_PARAMS.runs) }), () =>
        p.computeRisk((done, count) => status.querySelector(".progress")?.replaceChildren(p.text("ui.riskProgress", { done, count })))
      )
    );
    note.addEventListener("click", () => run(note, p.text("ui.noting"), () => p.writeNote()));
    return h("section", { class: "follow-up" }, h("h2", {}, p.text("ui.followUp")), h("div", { class: "actions" }, risk, note), status);
  }

  /**
   * The scenarios over the comparison: one model, two to four named sets of its settings, one
   * adopted; every change is saved in the workbook at once, Skriv scenarier writes the sheet.
   */
  private scenarioView(): HTMLElement {
    const p = this.pane;
    const config = p.scenarios();
    const set = config.sets[config.model];
    const section = h("section", { class: "scenarios", id: "scenarios" });
    const status = h("div", { id: "scenarios-result", role: "status" });
    // Re-rendered in place: the rest of the pane (and what the user typed there) stays.
    const redraw = (problem?: string) => {
      const next = this.scenarioView();
      section.replaceWith(next);
      if (problem) next.querySelector("#scenarios-result")?.replaceChildren(...this.outcome({ ok: false, problems: [problem] }));
    };
    const changed = (action: Promise<string | undefined>) => void action.then(redraw);

    const names = COMPARED.map((c) => ({ value: c.id, text: modelName(p.lang, c.id) }));
    const model = dropdown("scenario-model", p.text("ui.scenarioModel"), names, config.model);
    model.addEventListener("change", () => {
      const value = (model as unknown as { value: string }).value;
      if (value && value !== config.model) changed(p.selectScenarioModel(value));
    });
    const cards = set.scenarios.map((scenario, s) => {
      const name = h("fluent-text-input", { "data-scenario-name": String(s), value: scenario.name, "aria-label": p.text("ui.scenarioName") }) as HTMLElement & { value: string };
      name.addEventListener("change", () => void p.setScenarioName(s, name.value));
      const radio = h("input", { type: "radio", name: "adopted", id: `adopted-${s}`, checked: s === set.adopted });
      radio.addEventListener("change", () => changed(p.setAdopted(s)));
      const remove = set.scenarios.length > MIN_SCENARIOS && h("fluent-button", { size: "small", appearance: "subtle", "data-remove": String(s) }, p.text("ui.removeScenario"));
      if (remove) remove.addEventListener("click", () => changed(p.removeScenario(s)));
      const fields = modelSettings(config.model).map((x) => {
        const label = settingLabel(p.lang, x);
        const value = p.typedScenario(s, x) ?? p.valueText(x, scenario.values[x.id]);
        const input = h("fluent-text-input", { "data-scenario": String(s), "data-setting": x.id, value, placeholder: x.blank ? p.text(x.blank as TextKey) : "", "aria-label": `${scenario.name}: ${label}` }) as HTMLElement & { value: string };
        const note = h("div", { class: "note" });
        input.addEventListener("change", () => void p.setScenarioValue(s, x, input.value).then((problem) => (note.textContent = problem ?? "")));
        return h("div", { class: "param" }, h("fluent-label", {}, label), input, note);
      });
      return h(
        "fieldset",
        { class: s === set.adopted ? "scenario adopted" : "scenario", "data-scenario-card": String(s) },
        h("div", { class: "scenario-head" }, h("label", { class: "adopt" }, radio, p.text("ui.scenarioAdopted")), remove),
        h("div", { class: "param" }, h("fluent-label", {}, p.text("ui.scenarioName")), name),
        ...fields
      );
    });
    const add = set.scenarios.length < MAX_SCENARIOS && h("fluent-button", { id: "add-scenario", size: "small" }, p.text("ui.addScenario"));
    if (add) add.addEventListener("click", () => changed(p.addScenario()));
    const year = h("fluent-text-input", { "data-scenario-param": "budget_year", value: String(config.budgetYear), "aria-label": p.text("scen.budgetYear") }) as HTMLElement & { value: string };
    const yearNote = h("div", { class: "note" });
    year.addEventListener("change", () => void p.setBudgetYear(year.value).then((problem) => (yearNote.textContent = problem ?? "")));
    const write = h("fluent-button", { id: "write-scenarios", appearance: "primary" }, p.text("ui.writeScenarios"));
    write.addEventListener("click", async () => {
      write.setAttribute("disabled", "");
      status.replaceChildren(h("p", { class: "progress" }, p.text("ui.writingScenarios")));
      const outcome = await p.writeScenarios();
      // Values read back from the sheet show in their fields.
      if (outcome.ok && outcome.adopted.length) redraw();
      const shown = this.root.querySelector("#scenarios-result") ?? status;
      shown.replaceChildren(...this.outcome(outcome));
      this.root.querySelector("#write-scenarios")?.removeAttribute("disabled");
      shown.scrollIntoView({ block: "nearest" });
    });
    section.append(
      h("h2", {}, p.text("ui.scenarios")),
      h("p", { class: "hint" }, p.text("ui.scenariosIntro")),
      h("fluent-label", {}, p.text("ui.scenarioModel")),
      model,
      ...cards,
      h("div", { class: "param" }, h("fluent-label", {}, p.text("scen.budgetYear")), year, yearNote),
      h("div", { class: "actions" }, add, write),
      status
    );
    return section;
  }

  private defaultText(param: Param): string {
    const value = param.default as number;
    if (param.kind === "share") return `${formatNumber(this.pane.lang, Number((value * 100).toPrecision(12)))} %`;
    return param.kind === "money" ? formatAmount(this.pane.lang, value) : formatNumber(this.pane.lang, value);
  }

  /** A text field, or for a model choice a dropdown of the compared models. */
  private paramInput(param: Param): HTMLElement & { value: string } {
    const p = this.pane;
    const label = paramLabel(p.lang, param);
    if (param.kind === "model") {
      const names = COMPARED.map((c) => modelName(p.lang, c.id));
      return dropdown(`param-${param.id}`, label, names.map((x) => ({ value: x, text: x })), p.paramText(param)) as HTMLElement & { value: string };
    }
    const placeholder = param.blank ? p.text(param.blank as TextKey) : param.default === undefined ? p.text("ui.required") : "";
    const value = p.typed(param) ?? p.paramText(param);
    return h("fluent-text-input", { "data-param": param.id, value, placeholder, "aria-label": label }) as HTMLElement & { value: string };
  }

  private inputRow(group: string, c: InputColumn): HTMLElement {
    const p = this.pane;
    const column = c.id;
    // An optional comparison column that a model needs says which.
    const needed = c.neededBy?.length ? `; ${p.text("ui.neededBy", { models: c.neededBy.map((id) => modelName(p.lang, id)).join(", ") })}` : "";
    const inputKey = `${group}.${column}`;
    const shown = h("code", { class: "address" }, p.mapping(group, column) ?? p.text("ui.notMapped"));
    const note = h("div", { class: "note" });
    const done = (problem: string | undefined) => {
      note.textContent = problem ?? "";
      shown.textContent = p.mapping(group, column) ?? p.text("ui.notMapped");
    };
    const select = h("fluent-button", { size: "small", "data-action": "select" }, p.text("ui.useSelection"));
    select.addEventListener("click", () => void p.mapSelection(group, column).then(done, (e) => done(String(e))));
    const row = h(
      "div",
      { class: "input", "data-input": inputKey },
      h("fluent-label", {}, p.text(key("col", column)), c.optional ? ` (${p.text("ui.optional")}${needed})` : ""),
      h("div", { class: "mapping" }, shown, select),
      note
    );
    if (this.tables.length) {
      const columns = dropdown(
        `table-${inputKey}`,
        p.text("ui.tableColumn"),
        this.tables.map((t) => ({ value: `${t.table}[${t.header}]`, text: `${t.table}[${t.header}]` }))
      );
      columns.addEventListener("change", () => {
        const value = (columns as unknown as { value: string }).value;
        const chosen = this.tables.find((t) => `${t.table}[${t.header}]` === value);
        if (chosen) void p.map(group, column, chosen.address, value).then(done);
      });
      row.append(columns);
    }
    return row;
  }

  private outcome(outcome: Outcome): HTMLElement[] {
    const p = this.pane;
    if (!outcome.ok) {
      return [h("fluent-message-bar", { intent: "error", layout: "multiline" }, h("ul", { class: "problems" }, ...outcome.problems.map((x) => h("li", {}, x))))];
    }
    const rows = outcome.totals
      // Excel may still be computing (#BUSY!) or show an error: the sheet says more than the pane can.
      .filter((x) => typeof x.value === "number" || (typeof x.value === "string" && !x.value.startsWith("#")))
      .map((x) =>
        h(
          "tr",
          {},
          h("th", {}, x.label),
          h("td", {}, typeof x.value === "number" ? (x.money ? formatAmount(p.lang, x.value, x.ore) : formatNumber(p.lang, x.value)) : String(x.value))
        )
      );
    const r = outcome.reconciliation;
    const reconciled =
      r &&
      h(
        "p",
        { class: `reconciliation ${r.difference === 0 ? "ok" : "off"}` },
        `${p.text("out.reconcile.difference")}: ${typeof r.difference !== "number" ? String(r.difference) : r.money ? formatAmount(p.lang, r.difference, true) : formatNumber(p.lang, r.difference)}`,
        r.unknown ? ` — ${String(r.unknown)}` : ""
      );
    return [
      h("fluent-message-bar", { intent: "success" }, p.text("ui.done", { sheet: outcome.sheet })),
      outcome.adopted.length > 0 && h("fluent-message-bar", { intent: "info", id: "adopted" }, p.text("ui.paramsRead", { params: outcome.adopted.join("; ") })),
      reconciled,
      outcome.reading.length > 0 && h("ul", { class: "reading" }, ...outcome.reading.map((x) => h("li", {}, x))),
      h("table", { class: "totals" }, ...rows),
    ].filter((x): x is HTMLElement => !!x);
  }
}
