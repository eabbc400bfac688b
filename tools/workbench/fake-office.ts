import { Area, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import { HostBook, HostChart, HostSheet } from "./book";

/**
 * The part of Office.js and the Excel API the task pane uses, over a HostBook. Writes apply at
 * once, in order; a loaded property is readable only after `context.sync()`, as in Office.js, so
 * a pane that reads too early fails here too.
 */

type Loader = () => void;

class Context {
  readonly workbook: FakeWorkbook;
  private pending: Loader[] = [];
  constructor(readonly book: HostBook) {
    this.workbook = new FakeWorkbook(this);
  }
  later(loader: Loader): void {
    this.pending.push(loader);
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    // A load may queue more (a collection loads its items).
    while (this.pending.length) this.pending.shift()!();
    this.book.changed();
  }
}

class FakeRange {
  readonly isNullObject = false;
  readonly format: { font: { bold: boolean }; autofitColumns(): void };
  private loaded?: { address: string; values: unknown[][]; formulas: unknown[][] };

  constructor(
    private readonly ctx: Context,
    private readonly sheet: HostSheet,
    readonly area: Area
  ) {
    const { bold } = sheet;
    this.format = {
      font: {
        set bold(on: boolean) {
          for (let r = area.top; r <= area.bottom; r++) {
            if (on) bold.add(r);
            else bold.delete(r);
          }
        },
        get bold() {
          return bold.has(area.top);
        },
      },
      autofitColumns: () => undefined,
    };
  }

  load(): this {
    this.ctx.later(() => {
      const book = this.ctx.book;
      this.loaded = {
        address: `${quoteSheet(this.sheet.name)}!${localAddress(this.area)}`,
        values: book.grid(this.area, (r, c) => book.value(this.sheet.name, r, c)),
        formulas: book.grid(this.area, (r, c) => book.formula(this.sheet.name, r, c)),
      };
    });
    return this;
  }

  get address(): string | undefined {
    return this.loaded?.address;
  }
  get values(): unknown[][] | undefined {
    return this.loaded?.values;
  }
  get formulas(): unknown[][] | undefined {
    return this.loaded?.formulas;
  }
  set formulas(formulas: unknown[][] | undefined) {
    this.ctx.book.write(this.sheet.name, this.area, formulas ?? []);
  }
  set numberFormat(formats: string[][]) {
    formats.forEach((row, r) => row.forEach((f, c) => this.sheet.formats.set(`${this.area.top + r},${this.area.left + c}`, f)));
  }

  clear(): void {
    this.ctx.book.clear(this.sheet, this.area);
  }
}

class NullRange {
  readonly isNullObject = true;
  load(): this {
    return this;
  }
}

class FakeChart {
  readonly title: { text: string };
  constructor(
    private readonly sheet: HostSheet,
    private readonly model: HostChart
  ) {
    this.title = {
      set text(text: string) {
        model.title = text;
      },
      get text() {
        return model.title;
      },
    };
  }
  get name(): string {
    return this.model.name;
  }
  set name(name: string) {
    this.model.name = name;
  }
  setPosition(anchor: string): void {
    this.model.anchor = anchor;
  }
  delete(): void {
    this.sheet.charts.splice(this.sheet.charts.indexOf(this.model), 1);
  }
}

class FakeCharts {
  items: FakeChart[] = [];
  constructor(
    private readonly ctx: Context,
    private readonly sheet: HostSheet
  ) {}
  load(): this {
    this.ctx.later(() => (this.items = this.sheet.charts.map((c) => new FakeChart(this.sheet, c))));
    return this;
  }
  add(_type: string, source: FakeRange): FakeChart {
    const model: HostChart = { name: "", title: "", source: source.area, anchor: "A1" };
    this.sheet.charts.push(model);
    return new FakeChart(this.sheet, model);
  }
}

export class FakeWorksheet {
  name?: string;
  id?: string;
  isNullObject = false;
  readonly charts: FakeCharts;

  constructor(
    private readonly ctx: Context,
    readonly sheet: HostSheet
  ) {
    this.charts = new FakeCharts(ctx, sheet);
  }
  load(): this {
    this.ctx.later(() => {
      this.name = this.sheet.name;
      this.id = this.sheet.id;
    });
    return this;
  }
  getRange(address: string): FakeRange {
    const area = parseArea(address);
    return new FakeRange(this.ctx, this.sheet, { ...area, sheet: this.sheet.name });
  }
  getUsedRangeOrNullObject(): FakeRange | NullRange {
    const area = this.ctx.book.usedArea(this.sheet.name);
    return area ? new FakeRange(this.ctx, this.sheet, area) : new NullRange();
  }
  activate(): void {
    this.ctx.book.active = this.sheet.name;
  }
}

class NullWorksheet {
  readonly isNullObject = true;
  load(): this {
    return this;
  }
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  constructor(private readonly ctx: Context) {}
  load(): this {
    this.ctx.later(() => (this.items = this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, s).load())));
    return this;
  }
  getItem(key: string): FakeWorksheet {
    const sheet = this.ctx.book.sheet(key);
    if (!sheet) throw new Error(`ItemNotFound: ${key}`);
    return new FakeWorksheet(this.ctx, sheet);
  }
  getItemOrNullObject(key: string): FakeWorksheet | NullWorksheet {
    const sheet = this.ctx.book.sheet(key);
    return sheet ? new FakeWorksheet(this.ctx, sheet) : new NullWorksheet();
  }
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.book.addSheet(name));
  }
}

class FakeTables {
  items: { name: string; getHeaderRowRange(): FakeRange; getDataBodyRange(): FakeRange }[] = [];
  constructor(private readonly ctx: Context) {}
  load(): this {
    this.ctx.later(() => {
      this.items = this.ctx.book.tables.map((table) => {
        const sheet = this.ctx.book.sheet(table.sheet)!;
        const area = parseArea(table.address);
        return {
          name: table.name,
          getHeaderRowRange: () => new FakeRange(this.ctx, sheet, { ...area, sheet: sheet.name, bottom: area.top }),
          getDataBodyRange: () => new FakeRange(this.ctx, sheet, { ...area, sheet: sheet.name, top: area.top + 1 }),
        };
      });
    });
    return this;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  constructor(private readonly ctx: Context) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
  }
  getSelectedRange(): FakeRange {
    const book = this.ctx.book;
    return new FakeRange(this.ctx, book.sheet(book.selection.sheet)!, book.selection);
  }
}

/** `Excel` and `Office` globals over `book`, in `lang` (an Office display language such as "da-DK"). */
export function fakeOffice(book: HostBook, displayLanguage: string) {
  const Excel = {
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => batch(new Context(book)),
    ChartType: { barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
  };
  const Office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage,
      document: {
        settings: {
          get: (key: string) => book.settings[key] ?? null,
          set: (key: string, value: unknown) => void (book.settings[key] = JSON.parse(JSON.stringify(value))),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
  };
  return { Excel, Office };
}
