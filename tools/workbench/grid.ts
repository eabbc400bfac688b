import { Area, cellAddress, columnLetters, contains, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import { formatDate } from "../../src/taskpane/i18n";
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
  if (format?.includes("kr.")) {
    const decimals = format.includes(".00") ? 2 : 0;
    return `${n({ minimumFractionDigits: decimals, maximumFractionDigits: decimals })} kr.`;
  }
  if (format?.endsWith("%")) return n({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (format === "yyyy-mm-dd") return formatDate(value);
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

/** A clustered bar chart: categories down, one bar per series. */
function chart(book: HostBook, sheet: string, c: HostChart, locale: string): HTMLElement {
  const s: Area = c.source;
  const headers = Array.from({ length: s.right - s.left }, (_, k) => String(book.value(sheet, s.top, s.left + k + 1)));
  const rows = Array.from({ length: s.bottom - s.top }, (_, r) => ({
    label: String(book.value(sheet, s.top + r + 1, s.left)),
    values: headers.map((_, k) => book.value(sheet, s.top + r + 1, s.left + k + 1)).map((v) => (typeof v === "number" ? v : 0)),
  })).filter((r) => r.label !== "");
  const all = rows.flatMap((r) => r.values);
  const [min, max] = [Math.min(0, ...all), Math.max(0, ...all)];
  const [labelWidth, plot, bar] = [110, 300, 12];
  const band = bar * headers.length + 8;
  const height = rows.length * band + 24 + 16 * headers.length;
  const x = (v: number) => labelWidth + ((v - min) / (max - min || 1)) * plot;
  const root = svg("svg", { width: labelWidth + plot + 20, height, role: "img", "aria-label": c.title });
  root.append(svg("line", { x1: x(0), x2: x(0), y1: 0, y2: rows.length * band, stroke: "#888" }));
  rows.forEach((r, i) => {
    root.append(svg("text", { x: labelWidth - 6, y: i * band + band / 2 + 4, "text-anchor": "end", "font-size": 11 }, r.label));
    r.values.forEach((v, k) => {
      const [a, b] = [x(Math.min(0, v)), x(Math.max(0, v))];
      const rect = svg("rect", { x: a, y: i * band + 4 + k * bar, width: Math.max(1, b - a), height: bar - 2, fill: COLORS[k % COLORS.length] });
      rect.append(svg("title", {}, `${r.label}: ${display(v, "kr.", locale)}`));
      root.append(rect);
    });
  });
  headers.forEach((name, k) => {
    const y = rows.length * band + 16 + k * 16;
    root.append(svg("rect", { x: labelWidth, y: y - 9, width: 10, height: 10, fill: COLORS[k % COLORS.length] }));
    root.append(svg("text", { x: labelWidth + 14, y, "font-size": 11 }, name));
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
        const td = el("td", { "data-cell": cellAddress(r, c), class: classes.filter(Boolean).join(" ") }, error ? error.error : display(value, sheet.formats.get(`${r},${c}`), locale));
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

    const charts = el("div", { class: "charts" });
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
