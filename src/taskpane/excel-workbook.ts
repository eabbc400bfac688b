import { Area, cellAddress, columnLetters, contains, localAddress, parseArea } from "./address";
import { CellValue, ComputeRequest, ComputeResult, OutputSheet, TableColumn, Workbook } from "./workbook";

/**
 * The Workbook interface over Office.js. A compute costs at most three round trips whatever the
 * number of rows: (1) read the inputs and the sheet list, (2) only when refreshing an earlier
 * output sheet: what is on it now, (3) write everything and read the totals back.
 */

const CHART_PREFIX = "SPU chart";

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
  range.format.autofitColumns();
  out.charts.forEach((c, k) => {
    const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange(c.source), Excel.ChartSeriesBy.columns);
    chart.name = `${CHART_PREFIX} ${k + 1}`;
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
  });
}

export class ExcelWorkbook implements Workbook {
  async selection(): Promise<string> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
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
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const inputs = request.inputs.map((address) => {
        const area = parseArea(address);
        return sheets.getItem(area.sheet).getRange(localAddress(area)).load("values");
      });
      const own = request.own ? sheets.getItemOrNullObject(request.own.id).load("name,id") : undefined;
      await context.sync();

      const built = request.build(inputs.map((r) => r.values as CellValue[][]));
      if (Array.isArray(built)) return { ok: false, problems: built };
      const area = areaOf(built);

      let sheet: Excel.Worksheet;
      let previous: Area | undefined;
      if (own && !own.isNullObject) {
        sheet = own;
        previous = parseArea(request.own!.area);
        const used = sheet.getUsedRangeOrNullObject(true).load("address,formulas");
        const charts = sheet.charts.load("items/name");
        await context.sync();
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
        own: { id: sheet.id, area: localAddress(area) },
        readBack: readBack.map((r) => r.values[0][0] as CellValue),
      };
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
