import { Language, languageOf } from "../../src/excel/messages";
import { Area, cellAddress, columnLetters, contains, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import { formatDate, parseDate, parseNumber } from "../../src/taskpane/numbers";
import { HostBook, HostChart } from "./book";
import { engineFormula, localFormula } from "./notation";
import { WORKBENCH_TEXTS } from "./texts";

/**
 * The workbook as a web page: sheet tabs, a grid showing computed values in their number
 * formats (Danish notation), selection with the mouse (click, drag or shift-click), the arrow
 * keys or by typing an address into the name box, editing as in Excel (type over a cell, F2 or
 * a double click to edit it, or the formula bar; Enter commits, Escape cancels) in the pane's
 * notation, and the charts.
 */

const MIN_ROWS = 24;
const MIN_COLUMNS = 6;
/** Enough for the largest example sheet (1,100 pupils); a range beyond it can be typed into the name box. */
const MAX_ROWS = 1500;

function display(value: unknown, format: string | undefined, locale: string): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  const n = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);
  if (format?.includes(";")) {
    // Sections positive;negative;zero, as Excel reads them.
    const [positive, negative = positive, zero = positive] = format.split(";");
    const section = value > 0 ? positive : value < 0 ? negative : zero;
    return `${value < 0 && section.includes("-") ? "-" : ""}${display(Math.abs(value), section.replace(/\[[^\]]*\]|-/g, ""), locale)}`;
  }
  if (format?.includes("kr.")) {
    const decimals = format.includes(".00") ? 2 : 0;
    return `${n({ minimumFractionDigits: decimals, maximumFractionDigits: decimals })} kr.`;
  }
  if (format?.endsWith("%")) return n({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (format?.includes("yy")) return formatDate(languageOf(locale), value);
  // 0, 0.00, #,##0: the decimals after the point, grouped where the format has a comma.
  const fixed = format === undefined ? null : /^[#,]*0(?:\.(0+))?$/.exec(format);
  if (fixed) {
    const decimals = fixed[1]?.length ?? 0;
    return n({ minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: format!.includes(",") });
  }
  return n({ maximumFractionDigits: 10 });
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** How wide `text` is at `px` in the page's font (the charts' text inherits it), so category labels are never cut. */
function textWidth(text: string, px: number): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return 7 * text.length;
  measuring.font = `${px}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(measuring.measureText(text).width);
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// Six: one per model of the comparison chart.
const COLORS = ["#0f6cbd", "#e3008c", "#8764b8", "#038387", "#ca5010", "#498205"];

/** Round steps for the value axis: 1, 2 or 5 × 10^k, about five of them. */
function ticks(min: number, max: number): number[] {
  const raw = (max - min) / 3 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1e6; v += step) out.push(Math.round(v / step) * step + 0); // + 0: never "-0 kr."
  return out;
}

/**
 * A bar chart as Excel draws the pane's: categories down (names whole, the first on top), a value
 * axis in the series' format, values on the bars when the pane asked for them, and an error drawn
 * as its code, never as a bar of 0. Clustered: one bar per series. Stacked: each category's
 * positive values stack rightwards from 0 and its negative ones leftwards, as Excel stacks them;
 * a series whose fill was cleared takes its place unseen (the risk band's bases). The legend comes
 * first, so a long chart keeps it in view; the chart area scrolls.
 */
function chart(book: HostBook, sheet: string, c: HostChart, locale: string): HTMLElement {
  const s: Area = c.source;
  const headers = Array.from({ length: s.right - s.left }, (_, k) => String(book.value(sheet, s.top, s.left + k + 1)));
  const formats = headers.map((_, k) => book.sheet(sheet)?.formats.get(`${s.top + 1},${s.left + k + 1}`));
  const rows = Array.from({ length: s.bottom - s.top }, (_, r) => ({
    label: String(book.value(sheet, s.top + r + 1, s.left)),
    values: headers.map((_, k) => book.value(sheet, s.top + r + 1, s.left + k + 1)),
  })).filter((r) => r.label !== "");
  const number = (v: unknown): number => (typeof v === "number" ? v : 0);
  // Each bar's extent: a stacked chart's sums of positives and negatives per category.
  const ends = c.stacked
    ? rows.flatMap((r) => [r.values.reduce<number>((a, v) => a + Math.max(0, number(v)), 0), r.values.reduce<number>((a, v) => a + Math.min(0, number(v)), 0)])
    : rows.flatMap((r) => r.values).filter((v): v is number => typeof v === "number");
  const [min, max] = [Math.min(0, ...ends), Math.max(0, ...ends)];
  const axis = ticks(min, max);
  const [lo, hi] = [Math.min(min, axis[0]), Math.max(max, axis[axis.length - 1])];
  const labelled = c.labels && !c.stacked;
  const color = (k: number) => c.colors[k] ?? COLORS[k % COLORS.length];
  const shown = headers.map((name, k) => ({ name, k })).filter(({ k }) => !c.hidden.includes(k));
  const labelWidth = Math.min(320, 12 + Math.max(30, ...rows.map((r) => textWidth(r.label, 11))));
  const [plot, bar, legend] = [labelled ? 260 : 320, 12, c.legend ? 16 * shown.length + 4 : 4];
  const band = c.stacked ? bar + 8 : bar * headers.length + 8;
  const height = legend + rows.length * band + 30;
  const x = (v: number) => labelWidth + ((v - lo) / (hi - lo || 1)) * plot;
  const width = labelWidth + plot + (labelled ? 110 : 40);
  // Scaled down to the chart area rather than cut off at its edge.
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, style: "max-width: 100%; height: auto", role: "img", "aria-label": c.title });
  if (c.legend) {
    shown.forEach(({ name, k }, at) => {
      const y = 12 + at * 16;
      root.append(svg("rect", { x: labelWidth, y: y - 9, width: 10, height: 10, fill: color(k) }));
      root.append(svg("text", { x: labelWidth + 14, y, "font-size": 11, class: "legend" }, name));
    });
  }
  const top = legend;
  const bottom = top + rows.length * band;
  for (const v of axis) {
    root.append(svg("line", { x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: v === 0 ? "#888" : "#e4e4e4" }));
    root.append(svg("text", { x: x(v), y: bottom + 14, "text-anchor": "middle", "font-size": 10, class: "tick" }, display(v, formats[0], locale)));
  }
  rows.forEach((r, i) => {
    root.append(svg("text", { x: labelWidth - 6, y: top + i * band + band / 2 + 4, "text-anchor": "end", "font-size": 11, class: "category" }, r.label));
    const stack = { positive: 0, negative: 0 };
    r.values.forEach((v, k) => {
      const y = top + i * band + 4 + (c.stacked ? 0 : k * bar);
      if (typeof v !== "number") {
        if (v !== "") root.append(svg("text", { x: x(0) + 4, y: y + bar - 3, "font-size": 10, fill: "#b10e1c", class: "bar-error" }, String(v)));
        return;
      }
      let [from, to] = [0, v];
      if (c.stacked) {
        const side = v >= 0 ? "positive" : "negative";
        [from, to] = [stack[side], stack[side] + v];
        stack[side] = to;
      }
      if (c.hidden.includes(k) || (c.stacked && v === 0)) return;
      const [a, b] = [x(Math.min(from, to)), x(Math.max(from, to))];
      const rect = svg("rect", { x: a, y, width: Math.max(1, b - a), height: bar - 2, fill: color(k), class: "bar" });
      rect.append(svg("title", {}, `${r.label}: ${display(v, formats[k], locale)}`));
      root.append(rect);
      if (labelled) root.append(svg("text", { x: b + 4, y: y + bar - 3, "font-size": 10, class: "bar-label" }, display(v, formats[k], locale)));
    });
  });
  const box = el("figure", { class: "chart", "data-chart": c.name });
  box.append(el("figcaption", {}, c.title), root);
  return box;
}

/** What the formula bar and an edited cell show: the formula or the value as the user would type it. */
function editable(book: HostBook, sheet: string, row: number, column: number, lang: Language): string {
  const content = book.formula(sheet, row, column);
  if (typeof content === "string" && content.startsWith("=")) return localFormula(content, lang);
  if (typeof content !== "number") return String(content);
  const format = book.sheet(sheet)?.formats.get(`${row},${column}`);
  if (format?.includes("yy")) return formatDate(lang, content);
  const [shown, suffix] = format?.endsWith("%") ? [Number((content * 100).toPrecision(12)), lang === "da" ? " %" : "%"] : [content, ""];
  return `${lang === "da" ? String(shown).replace(".", ",") : shown}${suffix}`;
}

/**
 * What the user typed as a cell's content: a formula, a number (or date) in the user's notation,
 * else the text. In a percent cell 60 is 60 %, as Excel's automatic percent entry reads it.
 */
function typed(text: string, lang: Language, format: string | undefined): unknown {
  if (text.trim() === "") return null;
  if (text.startsWith("=")) return engineFormula(text, lang);
  // Dots separate a Danish date's parts and a Danish number's thousands: the cell's format decides.
  const date = format?.includes("yy") ? parseDate(text) : undefined;
  const number = parseNumber(lang, text);
  if (number !== undefined && format?.endsWith("%") && !text.includes("%") && Math.abs(number) >= 1) return Number((number / 100).toPrecision(12));
  return date ?? number ?? text;
}

const MOVES: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1], Enter: [1, 0], Tab: [0, 1] };

export function renderBook(book: HostBook, root: HTMLElement, locale: string): void {
  const lang = languageOf(locale);
  const texts = WORKBENCH_TEXTS[lang];
  let anchor: { row: number; column: number } | undefined;
  let dragging = false;
  /** The cell being edited, where (in the cell or the formula bar), and what has been typed so far. */
  let edit: { sheet: string; row: number; column: number; text: string; place: "cell" | "bar" } | undefined;
  /** Re-rendering removes the focused editor: that blur is not the user leaving it. */
  let rendering = false;

  const select = (area: Area) => {
    const s = book.selection;
    if (s.sheet === area.sheet && s.top === area.top && s.left === area.left && s.bottom === area.bottom && s.right === area.right) return;
    book.select(`${quoteSheet(area.sheet)}!${localAddress(area)}`);
  };

  const selectTo = (row: number, column: number) => {
    const a = anchor ?? { row, column };
    select({ sheet: book.active, top: Math.min(a.row, row), left: Math.min(a.column, column), bottom: Math.max(a.row, row), right: Math.max(a.column, column) });
  };

  const selectCell = (row: number, column: number) => {
    anchor = { row: Math.max(0, row), column: Math.max(0, column) };
    selectTo(anchor.row, anchor.column);
  };

  /** Edits the selection's first cell; Excel's pane batches wait meanwhile (book.editing). */
  const startEdit = (text: string, place: "cell" | "bar") => {
    const s = book.selection;
    edit = { sheet: s.sheet, row: s.top, column: s.left, text, place };
    book.editing = true;
    if (place === "cell") render();
  };

  /** Ends the edit, writing what was typed unless cancelled; ended by a key, the grid takes the keys again and `move` moves the selection. */
  const finish = (commit: boolean, move?: [number, number]) => {
    if (!edit) return;
    const e = edit;
    edit = undefined;
    book.editing = false;
    if (commit) {
      const format = book.sheet(e.sheet)?.formats.get(`${e.row},${e.column}`);
      book.write(e.sheet, { sheet: e.sheet, top: e.row, left: e.column, bottom: e.row, right: e.column }, [[typed(e.text, lang, format)]]);
    }
    if (move) root.focus({ preventScroll: true });
    if (move && (move[0] || move[1])) selectCell(e.row + move[0], e.column + move[1]);
    book.changed();
  };

  /** Enter, Tab and Escape in an editor (the cell's or the formula bar's). */
  const editorKeys = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      finish(false, [0, 0]);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const [dr, dc] = MOVES[e.key];
      finish(true, e.shiftKey ? [-dr, -dc] : [dr, dc]);
    }
  };

  const render = () => {
    rendering = true;
    const sheet = book.sheet(book.active)!;
    const { rows, columns } = book.size(sheet.name);
    const [height, width] = [Math.min(MAX_ROWS, Math.max(MIN_ROWS, rows + 2)), Math.max(MIN_COLUMNS, columns + 1)];
    const sel = book.selection.sheet === sheet.name ? book.selection : undefined;
    // The grid is drawn anew: it keeps its scroll position while the sheet is the same.
    const previous = root.querySelector<HTMLElement>(".grid-scroll");
    const scroll = previous?.dataset.sheet === sheet.name ? [previous.scrollTop, previous.scrollLeft] : [0, 0];

    const tabs = el("nav", { class: "tabs" });
    for (const s of book.sheets) {
      const tab = el("button", { class: s.name === sheet.name ? "tab active" : "tab", "data-sheet": s.name }, s.name);
      // While a cell is edited, pressing the tab commits the edit (the redrawn tab gets no click).
      tab.addEventListener("mousedown", (e) => {
        if (!edit) return;
        e.preventDefault();
        book.active = s.name;
        finish(true);
      });
      tab.addEventListener("click", () => {
        book.active = s.name;
        book.changed();
      });
      tabs.append(tab);
    }

    const bar = el("div", { class: "formula-bar" });
    const nameBox = el("input", { class: "name-box", "aria-label": texts.nameBox, value: sel ? book.selectionAddress() : "" }) as HTMLInputElement;
    nameBox.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      try {
        const typed = parseArea(nameBox.value.trim());
        const target = book.sheet(typed.sheet || sheet.name);
        if (!target) throw new Error(`no sheet ${typed.sheet}`);
        book.select(`${quoteSheet(target.name)}!${localAddress(typed)}`);
      } catch {
        nameBox.classList.add("invalid");
      }
    });
    const formula = el("input", { class: "formula-input", "aria-label": texts.formulaBar, spellcheck: "false" }) as HTMLInputElement;
    formula.value = edit ? edit.text : sel ? editable(book, sheet.name, sel.top, sel.left, lang) : "";
    formula.disabled = !sel;
    formula.addEventListener("input", () => {
      if (!edit) startEdit(formula.value, "bar");
      edit!.text = formula.value;
    });
    formula.addEventListener("keydown", editorKeys);
    formula.addEventListener("blur", () => !rendering && edit?.place === "bar" && finish(true));
    bar.append(nameBox, el("span", { class: "fx", "aria-hidden": "true" }, "fx"), formula);

    let editor: HTMLInputElement | undefined;
    const table = el("table", { class: "grid", "data-sheet": sheet.name });
    const head = el("tr");
    head.append(el("th"));
    for (let c = 0; c < width; c++) head.append(el("th", {}, columnLetters(c)));
    table.append(head);
    for (let r = 0; r < height; r++) {
      const tr = el("tr");
      tr.append(el("th", {}, String(r + 1)));
      for (let c = 0; c < width; c++) {
        const value = book.engine.value(sheet.name, cellAddress(r, c));
        const error = typeof value === "object" && value !== null ? value : undefined;
        const classes = [typeof value === "number" ? "num" : "", sheet.bold.has(r) ? "bold" : "", sel && contains(sel, r, c) ? "selected" : "", error ? "error" : ""];
        const format = sheet.formats.get(`${r},${c}`);
        // A format's [Red] / [Color10] section colours the cell, as in Excel.
        const section = typeof value === "number" && format?.includes(";") ? format.split(";")[value > 0 ? 0 : value < 0 ? 1 : 2] ?? "" : "";
        classes.push(section.includes("[Red]") ? "red" : section.includes("[Color10]") ? "green" : "");
        const editing = edit?.place === "cell" && edit.sheet === sheet.name && edit.row === r && edit.column === c;
        const td = el("td", { "data-cell": cellAddress(r, c), class: classes.filter(Boolean).join(" ") }, editing ? undefined : error ? error.error : display(value, format, locale));
        if (error) td.title = error.message;
        if (editing) {
          editor = el("input", { class: "cell-editor", spellcheck: "false" }) as HTMLInputElement;
          editor.value = edit!.text;
          editor.addEventListener("input", () => {
            edit!.text = editor!.value;
            formula.value = editor!.value;
          });
          editor.addEventListener("keydown", editorKeys);
          editor.addEventListener("blur", () => !rendering && finish(true));
          td.classList.add("editing");
          td.append(editor);
        }
        td.addEventListener("mousedown", (e) => {
          if (editing) return; // a click in the editor places the caret
          e.preventDefault();
          finish(true);
          root.focus({ preventScroll: true });
          if (!(e.shiftKey && anchor)) anchor = { row: r, column: c };
          dragging = true;
          selectTo(r, c);
          // The second press of a double click edits the cell, as F2 does.
          if (e.detail === 2 && !e.shiftKey) startEdit(editable(book, sheet.name, r, c, lang), "cell");
        });
        td.addEventListener("mouseenter", () => dragging && selectTo(r, c));
        tr.append(td);
      }
      table.append(tr);
    }

    // The charts keep their drawn width (up to the page's cap), the grid scrolls beside them.
    const charts = el("div", { class: "charts", style: "flex-shrink: 0" });
    sheet.charts.forEach((c) => charts.append(chart(book, sheet.name, c, locale)));
    const body = el("div", { class: "sheet-body" });
    const scroller = el("div", { class: "grid-scroll", "data-sheet": sheet.name });
    scroller.append(table);
    body.append(scroller, charts);
    root.replaceChildren(tabs, bar, body);
    [scroller.scrollTop, scroller.scrollLeft] = scroll;
    if (editor) {
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
    } else if (edit?.place === "bar") {
      formula.focus();
    }
    rendering = false;
  };

  // Keys on the grid itself (the name box, the formula bar and the cell editor take their own).
  root.tabIndex = 0;
  root.addEventListener("keydown", (e) => {
    const s = book.selection;
    if (e.target !== root || edit || s.sheet !== book.active || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key in MOVES) {
      e.preventDefault();
      const [dr, dc] = MOVES[e.key];
      if (e.shiftKey && e.key.startsWith("Arrow") && anchor) {
        // Shift+arrow extends the selection from its anchor; shift+Enter and shift+Tab go back.
        const end = { row: anchor.row === s.top ? s.bottom : s.top, column: anchor.column === s.left ? s.right : s.left };
        selectTo(Math.max(0, end.row + dr), Math.max(0, end.column + dc));
      } else {
        selectCell(s.top + (e.shiftKey ? -dr : dr), s.left + (e.shiftKey ? -dc : dc));
      }
    } else if (e.key === "F2") {
      e.preventDefault();
      startEdit(editable(book, s.sheet, s.top, s.left, lang), "cell");
    } else if (e.key === "Delete") {
      book.write(s.sheet, s, book.grid(s, () => null));
      book.changed();
    } else if (e.key === "Backspace" || e.key.length === 1) {
      // Typing replaces the cell's content, as in Excel.
      e.preventDefault();
      startEdit(e.key === "Backspace" ? "" : e.key, "cell");
    }
  });
  document.addEventListener("mouseup", () => (dragging = false));
  book.onChange(render);
  render();
}
