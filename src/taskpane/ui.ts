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
import { formatAmount, formatNumber, modelName } from "./i18n";
import { COMPARED, MODELS, ModelId, Param } from "./models";
import { Outcome, Pane } from "./pane";
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
    this.tables = await this.pane.tableColumns().catch(() => []);
    this.render();
  }

  private render(): void {
    const p = this.pane;
    const m = p.model;
    const [line1, line2] = p.text(`model.${m.id}.text`).split("\n");
    const models = dropdown(
      "model",
      p.text("ui.model"),
      MODELS.map((x) => ({ value: x.id, text: p.text(`model.${x.id}`) })),
      m.id
    );
    models.addEventListener("change", () => {
      const value = (models as unknown as { value: string }).value as ModelId;
      if (value && value !== p.config.model) void p.selectModel(value).then(() => this.render());
    });

    const groups = m.groups.map((g) =>
      h(
        "section",
        { class: "group", "data-group": g.id },
        h("h3", {}, p.text(`group.${g.id}`)),
        ...g.columns.map((c) => this.inputRow(g.id, c.id, !!c.optional))
      )
    );

    const params = m.params.map((param) => {
      const input = this.paramInput(param);
      const note = h("div", { class: "note" });
      input.addEventListener("change", () => {
        void p.setParam(param, input.value).then((problem) => (note.textContent = problem ?? ""));
      });
      return h("div", { class: "param" }, h("fluent-label", {}, p.text(`param.${param.id}`)), input, note);
    });

    const comparison = m.id === "compare";
    const compute = h("fluent-button", { id: "compute", appearance: "primary" }, p.text(comparison ? "ui.compare" : "ui.compute"));
    const result = h("div", { id: "result", role: "status" });
    compute.addEventListener("click", async () => {
      compute.setAttribute("disabled", "");
      result.replaceChildren(h("p", {}, p.text(comparison ? "ui.comparing" : "ui.computing")));
      const outcome = await p.compute();
      compute.removeAttribute("disabled");
      result.replaceChildren(...this.outcome(outcome));
      result.scrollIntoView({ block: "end" });
    });

    this.root.replaceChildren(
      h("h1", {}, p.text("ui.title")),
      h("p", { class: "intro" }, p.text("ui.intro")),
      h("fluent-label", {}, p.text("ui.model")),
      models,
      h("p", { class: "explain", id: "explain" }, line1, h("br"), line2),
      h("h2", {}, p.text("ui.inputs")),
      ...groups,
      h("h2", {}, p.text("ui.parameters")),
      ...params,
      h("div", { class: "actions" }, compute),
      result
    );
  }

  /** A text field, or for a model choice a dropdown of the compared models. */
  private paramInput(param: Param): HTMLElement & { value: string } {
    const p = this.pane;
    const label = p.text(`param.${param.id}`);
    if (param.kind === "model") {
      const names = COMPARED.map((id) => modelName(p.lang, id));
      return dropdown(`param-${param.id}`, label, names.map((x) => ({ value: x, text: x })), p.paramText(param)) as HTMLElement & { value: string };
    }
    const placeholder = param.blank ? p.text(param.blank) : param.default === undefined ? p.text("ui.required") : "";
    return h("fluent-text-input", { "data-param": param.id, value: p.paramText(param), placeholder, "aria-label": label }) as HTMLElement & { value: string };
  }

  private inputRow(group: string, column: string, optional: boolean): HTMLElement {
    const p = this.pane;
    const key = `${group}.${column}`;
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
      { class: "input", "data-input": key },
      h("fluent-label", {}, p.text(`col.${column}`), optional ? ` (${p.text("ui.optional")})` : ""),
      h("div", { class: "mapping" }, shown, select),
      note
    );
    if (this.tables.length) {
      const columns = dropdown(
        `table-${key}`,
        p.text("ui.tableColumn"),
        this.tables.map((c) => ({ value: c.address, text: `${c.table}[${c.header}]` }))
      );
      columns.addEventListener("change", () => {
        const value = (columns as unknown as { value: string }).value;
        if (value) void p.map(group, column, value).then(done);
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
          h("td", {}, typeof x.value === "number" ? (x.money ? formatAmount(p.lang, x.value) : formatNumber(p.lang, x.value)) : String(x.value))
        )
      );
    return [
      h("fluent-message-bar", { intent: "success" }, p.text("ui.done", { sheet: outcome.sheet })),
      outcome.reading.length > 0 && h("ul", { class: "reading" }, ...outcome.reading.map((x) => h("li", {}, x))),
      h("table", { class: "totals" }, ...rows),
    ].filter((x): x is HTMLElement => !!x);
  }
}
