import { Area, cellAddress, columnLetters, contains, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import { formatDate } from "../../src/taskpane/numbers";
import { HostBook, HostChart } from "./book";

/**
 * The workbook as a web page: sheet tabs, a grid showing computed values in their number
 * formats (Danish notation), selection with the mouse (click, drag or shift-click) or by typing
 * an address into the name box, and the charts.
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
  if (format?.includes("yy")) return formatDate(locale.startsWith("da") ? "da" : "en", value);
  if (format === "0") return n({ maximumFractionDigits: 0, useGrouping: false });
  return n({ maximumFractionDigits: 10 });
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
  const labelWidth = Math.min(260, 12 + 6.5 * Math.max(4, ...rows.map((r) => r.label.length)));
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

export function renderBook(book: HostBook, root: HTMLElement, locale: string): void {
  let anchor: { row: number; column: number } | undefined;
  let dragging = false;

  const selectTo = (row: number, column: number) => {
    const a = anchor ?? { row, column };
    book.select(`'${book.active.replace(/'/g, "''")}'!${cellAddress(Math.min(a.row, row), Math.min(a.column, column))}:${cellAddress(Math.max(a.row, row), Math.max(a.column, column))}`);
  };

  const render = () => {
    const sheet = book.sheet(book.active)!;
    const { rows, columns } = book.size(sheet.name);
    const [height, width] = [Math.min(MAX_ROWS, Math.max(MIN_ROWS, rows + 2)), Math.max(MIN_COLUMNS, columns + 1)];
    const sel = book.selection.sheet === sheet.name ? book.selection : undefined;

    const tabs = el("nav", { class: "tabs" });
    for (const s of book.sheets) {
      const tab = el("button", { class: s.name === sheet.name ? "tab active" : "tab", "data-sheet": s.name }, s.name);
      tab.addEventListener("click", () => {
        book.active = s.name;
        book.changed();
      });
      tabs.append(tab);
    }

    const bar = el("div", { class: "formula-bar" });
    const nameBox = el("input", { class: "name-box", "aria-label": "Navneboks", value: sel ? book.selectionAddress() : "" }) as HTMLInputElement;
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
    bar.append(nameBox, el("code", {}, sel ? String(book.formula(sheet.name, sel.top, sel.left)) : ""));

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
        const td = el("td", { "data-cell": cellAddress(r, c), class: classes.filter(Boolean).join(" ") }, error ? error.error : display(value, format, locale));
        if (error) td.title = error.message;
        td.addEventListener("mousedown", (e) => {
          e.preventDefault();
          if (!(e.shiftKey && anchor)) anchor = { row: r, column: c };
          dragging = true;
          selectTo(r, c);
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
    const scroller = el("div", { class: "grid-scroll" });
    scroller.append(table);
    body.append(scroller, charts);
    root.replaceChildren(tabs, bar, body);
  };

  document.addEventListener("mouseup", () => (dragging = false));
  book.onChange(render);
  render();
}
