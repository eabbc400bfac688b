import { Area, cellAddress, columnLetters, contains, localAddress, parseArea } from "./address";
import type { Workbook as ExampleBook } from "../examples/workbook";
import { CellValue, ComputeRequest, ComputeResult, OutputSheet, TableColumn, Workbook } from "./workbook";

/**
 * The Workbook interface over Office.js. A compute costs at most three round trips whatever the
 * number of rows: (1) read the inputs and the sheet list, (2) only when refreshing an earlier
 * output sheet: what is on it now, (3) write everything and read the totals back.
 */

const CHART_PREFIX = "SPU chart";
/** The risk band's colour (the comparison chart's first). */
const BAND_COLOR = "#0F6CBD";

/** Excel's column width in characters as points (Calibri 11: 7 px a character, 5 px padding). */
const widthInPoints = (characters: number) => (characters * 7 + 5) * 0.75;

/** "SPU Roskilde", or "SPU Roskilde (2)" … when that name is taken (Excel compares names case-insensitively). */
export function uniqueSheetName(title: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const base = `SPU ${title}`.replace(/[[\]:*?/\\]/g, "").slice(0, 26);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The first non-empty cell inside `next` that lies outside what the pane wrote before (`previous`). */
function firstConflict(used: { address: string; formulas: unknown[][] } | undefined, next: Area, previous?: Area): string | undefined {
  if (!used) return undefined;
  const area = parseArea(used.address);
  for (let r = 0; r < used.formulas.length; r++) {
    for (let c = 0; c < used.formulas[r].length; c++) {
      const [row, column] = [area.top + r, area.left + c];
      const value = used.formulas[r][c];
      if (value === "" || value === null) continue;
      if (contains(next, row, column) && !(previous && contains(previous, row, column))) return cellAddress(row, column);
    }
  }
  return undefined;
}

function areaOf(sheet: OutputSheet): Area {
  return { sheet: "", top: 0, left: 0, bottom: sheet.formulas.length - 1, right: sheet.formulas[0].length - 1 };
}

function write(sheet: Excel.Worksheet, out: OutputSheet, area: Area): void {
  const range = sheet.getRange(localAddress(area));
  range.numberFormat = out.numberFormats;
  range.formulas = out.formulas;
  const last = columnLetters(area.right);
  for (const row of out.bold) sheet.getRange(`A${row + 1}:${last}${row + 1}`).format.font.bold = true;
  if (out.columnWidths) out.columnWidths.forEach((w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = widthInPoints(w)));
  else range.format.autofitColumns();
  if (out.page) {
    // ExcelApi 1.9: PageLayout, HeaderFooter.
    const layout = sheet.pageLayout;
    layout.orientation = "Portrait";
    layout.paperSize = "A4";
    // One page wide, as many tall as the rows need (0: no limit).
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const hf = layout.headersFooters.defaultForAllPages;
    hf.leftHeader = out.page.leftHeader;
    hf.rightHeader = out.page.rightHeader;
    hf.centerFooter = out.page.centerFooter;
  }
  out.charts.forEach((c, k) => {
    const source = parseArea(c.source);
    const chart = sheet.charts.add(c.band ? Excel.ChartType.barStacked : Excel.ChartType.barClustered, sheet.getRange(c.source), Excel.ChartSeriesBy.columns);
    chart.name = `${CHART_PREFIX} ${k + 1}`;
    chart.title.text = c.title;
    chart.setPosition(c.anchor, c.to);
    if (c.money) chart.axes.valueAxis.numberFormat = '#,##0 "kr."';
    // Values on the bars only where they fit.
    chart.dataLabels.showValue = !c.band && (c.labels ?? source.bottom - source.top <= 12);
    if (c.band) {
      chart.legend.visible = false;
      // The first category on top, as the table reads.
      chart.axes.categoryAxis.reversePlotOrder = true;
      for (let s = 0; s < source.right - source.left; s++) {
        const fill = chart.series.getItemAt(s).format.fill;
        if (s % 2 === 0) fill.clear();
        else fill.setSolidColor(BAND_COLOR);
      }
    }
  });
}

/** A whole column ("A:A", or A1 down to the sheet's last row). */
function wholeColumns(address: string): boolean {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return /^\$?[A-Z]+:\$?[A-Z]+$/.test(local) || /^\$?[A-Z]+\$?1:\$?[A-Z]+\$?1048576$/.test(local);
}

export class ExcelWorkbook implements Workbook {
  /**
   * The selected range; several areas come back comma-separated (the pane refuses them), a whole
   * column is cut to the sheet's used range.
   */
  async selection(): Promise<string> {
    return Excel.run(async (context) => {
      const ranges = context.workbook.getSelectedRanges().load("address,areaCount");
      await context.sync();
      if (ranges.areaCount > 1 || !wholeColumns(ranges.address)) return ranges.address;
      const range = context.workbook.getSelectedRange();
      const used = range.getIntersectionOrNullObject(range.worksheet.getUsedRange(true)).load("address");
      await context.sync();
      return used.isNullObject ? ranges.address : used.address;
    });
  }

  onTablesChanged(listener: () => void): void {
    void Excel.run(async (context) => {
      context.workbook.tables.onAdded.add(async () => listener());
      context.workbook.tables.onDeleted.add(async () => listener());
      context.workbook.tables.onChanged.add(async () => listener());
      await context.sync();
    }).catch(() => undefined);
  }

  async insertExample(book: ExampleBook): Promise<{ ok: true; sheets: string[] } | { ok: false; taken: string }> {
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const taken = book.sheets.find((s) => names.has(s.name.toLowerCase()));
      if (taken) return { ok: false as const, taken: taken.name };
      for (const description of book.sheets) {
        const sheet = sheets.add(description.name);
        for (const [at, cell] of description.cells) {
          const range = sheet.getRange(at);
          if (cell.format) range.numberFormat = [[cell.format]];
          if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
          else if (cell.value !== undefined) range.values = [[cell.value]];
          if (cell.bold) range.format.font.bold = true;
        }
      }
      for (const name of book.names) context.workbook.names.add(name.name, sheets.getItem(name.sheet).getRange(name.range));
      await context.sync();
      return { ok: true as const, sheets: book.sheets.map((s) => s.name) };
    });
  }

  async tableColumns(): Promise<TableColumn[]> {
    return Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const parts = tables.items.map((table) => ({
        name: table.name,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("address"),
      }));
      await context.sync();
      return parts.flatMap(({ name, header, body }) => {
        const area = parseArea(body.address);
        return header.values[0].map((h, j) => ({
          table: name,
          header: String(h),
          address: `${body.address.slice(0, body.address.lastIndexOf("!"))}!${localAddress({ ...area, left: area.left + j, right: area.left + j })}`,
        }));
      });
    });
  }

  async compute(request: ComputeRequest): Promise<ComputeResult> {
    // Waits while the user edits a cell instead of failing (Excel.RunOptions).
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const inputs = request.inputs.map((address) => {
        const area = parseArea(address);
        return sheets.getItem(area.sheet).getRange(localAddress(area)).load("values");
      });
      const own = request.own ? sheets.getItemOrNullObject(request.own.id).load("name,id") : undefined;
      const referred = request.refer ? sheets.getItemOrNullObject(request.refer).load("name") : undefined;
      const quoted = (request.quote ?? []).map((id) => sheets.getItemOrNullObject(id).load("name"));
      await context.sync();

      // Refreshing: what is on the own sheet now, its parameter cells included, in one more sync.
      const mine = own && !own.isNullObject ? own : undefined;
      const used = mine?.getUsedRangeOrNullObject(true).load("address,formulas");
      const charts = mine?.charts.load("items/name");
      const ownCells = mine ? (request.ownCells ?? []).map((a) => mine.getRange(a).load("values")) : [];
      if (mine) await context.sync();

      const built = request.build(
        inputs.map((r) => r.values as CellValue[][]),
        ownCells.map((r) => r.values[0][0] as CellValue),
        referred && !referred.isNullObject ? referred.name : undefined,
        quoted.map((q) => (q.isNullObject ? undefined : q.name))
      );
      if (Array.isArray(built)) return { ok: false, problems: built };
      const area = areaOf(built);

      let sheet: Excel.Worksheet;
      if (mine && used && charts) {
        sheet = mine;
        const previous = parseArea(request.own!.area);
        const conflict = firstConflict(used.isNullObject ? undefined : used, area, previous);
        if (conflict) return { ok: false, conflict: { sheet: sheet.name, cell: conflict } };
        charts.items.filter((c) => c.name.startsWith(CHART_PREFIX)).forEach((c) => c.delete());
        sheet.getRange(localAddress(previous)).clear();
      } else {
        sheet = sheets.add(uniqueSheetName(built.title, sheets.items.map((s) => s.name)));
        sheet.load("name,id");
      }
      write(sheet, built, area);
      sheet.activate();
      const readBack = built.readBack.map((a) => sheet.getRange(a).load("values"));
      await context.sync();
      return {
        ok: true,
        sheet: { id: sheet.id, name: sheet.name },
        own: { id: sheet.id, area: localAddress(area), params: built.params, ...(built.anchors ? { anchors: built.anchors } : {}) },
        readBack: readBack.map((r) => r.values[0][0] as CellValue),
      };
    });
  }

  async read(sheetId: string, cells: string[]): Promise<CellValue[]> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetId);
      const ranges = cells.map((a) => sheet.getRange(a).load("values"));
      await context.sync();
      return ranges.map((r) => r.values[0][0] as CellValue);
    });
  }

  loadSettings<T>(key: string): T | undefined {
    return (Office.context.document.settings.get(key) ?? undefined) as T | undefined;
  }

  saveSettings(key: string, value: unknown): Promise<void> {
    Office.context.document.settings.set(key, value);
    return new Promise((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Failed ? reject(result.error) : resolve()))
    );
  }
}
