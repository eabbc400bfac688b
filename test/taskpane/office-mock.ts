import { OfficeMockObject } from "office-addin-mock";
import { Area, cellAddress, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";

/**
 * Excel for the pane's Excel.run code, built from office-addin-mock objects: a range's address,
 * values and formulas can be read only after load + sync (the mock enforces it). Sheets keep
 * their cells in a map; writes land at the next sync. Counts the syncs.
 */
type Cells = Map<string, unknown>;
export interface MockSheet {
  id: string;
  name: string;
  cells: Cells;
  formats: Map<string, string>;
  charts: { name: string; title: string; source: string; anchor: string }[];
}

export class MockExcel {
  readonly sheets: MockSheet[] = [];
  settings: Record<string, unknown> = {};
  /** The workbook's defined names, as added: name and sheet-qualified address. */
  readonly names: { name: string; address: string }[] = [];
  syncs = 0;
  selection = "Ark1!A1";
  private mocks: { mock: OfficeMockObject & Record<string, unknown>; initial: unknown; sheet: MockSheet; area: Area }[] = [];
  private later: (() => void)[] = [];
  private areas = new WeakMap<object, Area>();
  private nextId = 1;

  constructor(contents: Record<string, unknown[][]>) {
    for (const [name, rows] of Object.entries(contents)) this.addSheet(name, rows);
  }

  addSheet(name: string, rows: unknown[][] = []): MockSheet {
    const sheet: MockSheet = { id: `id-${this.nextId++}`, name, cells: new Map(), formats: new Map(), charts: [] };
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && sheet.cells.set(`${r},${c}`, v)));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(key: string): MockSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  cell(sheet: string, a1: string): unknown {
    const { top, left } = parseArea(a1);
    return this.sheet(sheet)!.cells.get(`${top},${left}`) ?? "";
  }

  private addressOf(range: object): string {
    const area = this.areas.get(range)!;
    return `${quoteSheet(area.sheet)}!${localAddress(area)}`;
  }

  private grid(sheet: MockSheet, area: Area): unknown[][] {
    return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
      Array.from({ length: area.right - area.left + 1 }, (_, c) => sheet.cells.get(`${area.top + r},${area.left + c}`) ?? "")
    );
  }

  private range(sheet: MockSheet, area: Area): OfficeMockObject {
    const grid = this.grid(sheet, area);
    const mock = new OfficeMockObject({
      address: `${quoteSheet(sheet.name)}!${localAddress(area)}`,
      values: grid,
      formulas: grid,
      format: { font: { bold: false }, autofitColumns: () => undefined },
      clear: () => {
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) sheet.cells.delete(key);
        }
      },
    }) as OfficeMockObject & Record<string, unknown>;
    // Readable without a load, as in Office.js.
    mock.isNullObject = false;
    this.areas.set(mock, area);
    this.mocks.push({ mock, initial: grid, sheet, area });
    return mock;
  }

  private charts(sheet: MockSheet) {
    const charts = {
      items: [] as { name: string; delete(): void }[],
      load: () => {
        this.later.push(() => (charts.items = sheet.charts.map((c) => ({ name: c.name, delete: () => sheet.charts.splice(sheet.charts.indexOf(c), 1) }))));
        return charts;
      },
      add: (_type: string, source: object) => {
        const chart = { name: "", title: "", source: localAddress(this.areas.get(source)!), anchor: "" };
        sheet.charts.push(chart);
        return {
          set name(n: string) {
            chart.name = n;
          },
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          setPosition: (a: string) => (chart.anchor = a),
          axes: { valueAxis: { numberFormat: "" } },
          dataLabels: { showValue: false },
        };
      },
    };
    return charts;
  }

  private worksheet(sheet: MockSheet): OfficeMockObject {
    const mock = new OfficeMockObject({
      name: sheet.name,
      id: sheet.id,
      getRange: (address: string) => {
        return this.range(sheet, { ...parseArea(address), sheet: sheet.name });
      },
      getUsedRangeOrNullObject: () => {
        const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
        if (!keys.length) return Object.assign(new OfficeMockObject({ load: () => undefined }), { isNullObject: true });
        const area = {
          sheet: sheet.name,
          top: Math.min(...keys.map((k) => k[0])),
          bottom: Math.max(...keys.map((k) => k[0])),
          left: Math.min(...keys.map((k) => k[1])),
          right: Math.max(...keys.map((k) => k[1])),
        };
        return this.range(sheet, area);
      },
      activate: () => undefined,
    });
    Object.assign(mock, { charts: this.charts(sheet), isNullObject: false });
    this.mocks.push({ mock: mock as OfficeMockObject & Record<string, unknown>, initial: undefined, sheet, area: { sheet: "", top: 0, left: 0, bottom: 0, right: 0 } });
    return mock;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    for (const { mock, initial, sheet, area } of this.mocks) {
      if (initial === undefined) continue;
      // A formula written wins over a value written in the same batch, as the last write does in Excel.
      const written = [mock.values, mock.formulas].filter((w) => Array.isArray(w) && w !== initial);
      for (const cells of written) {
        (cells as unknown[][]).forEach((row, r) =>
          row.forEach((v, c) => {
            const key = `${area.top + r},${area.left + c}`;
            if (v === "" || v === null) sheet.cells.delete(key);
            else sheet.cells.set(key, v);
          })
        );
      }
      const formats = mock.numberFormat;
      if (Array.isArray(formats)) (formats as string[][]).forEach((row, r) => row.forEach((f, c) => sheet.formats.set(cellAddress(area.top + r, area.left + c), f)));
    }
    await Promise.all(this.mocks.map(({ mock }) => mock.sync()));
    this.mocks = [];
    const later = this.later;
    this.later = [];
    later.forEach((f) => f());
  }

  /** The `Excel` global. */
  excel(): unknown {
    const worksheets = {
      items: [] as OfficeMockObject[],
      load: () => {
        this.later.push(() => {
          worksheets.items = this.sheets.map((s) => {
            const m = this.worksheet(s);
            m.load("name,id");
            void m.sync(); // the items arrive with the same sync as the collection
            return m;
          });
        });
        return worksheets;
      },
      getItem: (key: string) => this.worksheet(this.sheet(key)!),
      getItemOrNullObject: (key: string) => (this.sheet(key) ? this.worksheet(this.sheet(key)!) : Object.assign(new OfficeMockObject({ load: () => undefined }), { isNullObject: true })),
      add: (name: string) => this.worksheet(this.addSheet(name)),
    };
    const context = {
      workbook: {
        worksheets,
        tables: { items: [], load: () => context.workbook.tables },
        names: { add: (name: string, range: object) => this.names.push({ name, address: this.addressOf(range) }) },
        getSelectedRange: () => {
          const area = parseArea(this.selection);
          return this.range(this.sheet(area.sheet)!, area);
        },
      },
      sync: () => this.sync(),
    };
    return {
      run: async <T>(...args: [(ctx: unknown) => Promise<T>] | [object, (ctx: unknown) => Promise<T>]) => (args.length === 1 ? args[0] : args[1])(context),
      ChartType: { barClustered: "BarClustered" },
      ChartSeriesBy: { columns: "Columns" },
    };
  }

  /** The `Office` global (document settings and display language). */
  office(displayLanguage = "da-DK"): unknown {
    return new OfficeMockObject({
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        displayLanguage,
        document: {
          settings: {
            get: (key: string) => this.settings[key] ?? null,
            set: (key: string, value: unknown) => (this.settings[key] = JSON.parse(JSON.stringify(value))),
            saveAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
          },
        },
      },
    });
  }
}
