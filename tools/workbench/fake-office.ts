import { Area, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import { HostBook, HostChart, HostPage, HostSheet } from "./book";

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
  readonly format: { font: { bold: boolean }; columnWidth: number; autofitColumns(): void };
  private loaded?: { address: string; values: unknown[][]; formulas: unknown[][] };

  constructor(
    private readonly ctx: Context,
    private readonly sheet: HostSheet,
    readonly area: Area
  ) {
    const { bold, widths } = sheet;
    this.format = {
      set columnWidth(points: number) {
        for (let c = area.left; c <= area.right; c++) widths.set(c, points);
      },
      get columnWidth() {
        return widths.get(area.left) ?? 48;
      },
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
  set values(values: unknown[][] | undefined) {
    this.ctx.book.write(this.sheet.name, this.area, values ?? []);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet);
  }
  getIntersectionOrNullObject(other: FakeRange | NullRange): FakeRange | NullRange {
    if (other.isNullObject) return new NullRange();
    const o = (other as FakeRange).area;
    const a = this.area;
    const area = { sheet: a.sheet, top: Math.max(a.top, o.top), left: Math.max(a.left, o.left), bottom: Math.min(a.bottom, o.bottom), right: Math.min(a.right, o.right) };
    return area.top > area.bottom || area.left > area.right ? new NullRange() : new FakeRange(this.ctx, this.sheet, area);
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

/** Several selected areas (ctrl-click in Excel): the suite sets `book.extraAreas`. */
class FakeRangeAreas {
  areaCount?: number;
  address?: string;
  constructor(private readonly ctx: Context) {}
  load(): this {
    this.ctx.later(() => {
      const book = this.ctx.book;
      const areas = [book.selection, ...book.extraAreas];
      this.areaCount = areas.length;
      this.address = areas.map((a) => `${quoteSheet(a.sheet)}!${localAddress(a)}`).join(",");
    });
    return this;
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly axes: { valueAxis: { numberFormat: string }; categoryAxis: { reversePlotOrder: boolean } };
  readonly dataLabels: { showValue: boolean };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(k: number): { format: { fill: { clear(): void; setSolidColor(color: string): void } } } };
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
    // The workbench draws the first category on top, as Excel does with reversePlotOrder.
    this.axes = { valueAxis: { numberFormat: "" }, categoryAxis: { reversePlotOrder: false } };
    this.dataLabels = {
      set showValue(on: boolean) {
        model.labels = on;
      },
      get showValue() {
        return model.labels;
      },
    };
    this.legend = {
      set visible(on: boolean) {
        model.legend = on;
      },
      get visible() {
        return model.legend;
      },
    };
    this.series = {
      getItemAt: (k) => ({
        format: {
          fill: {
            clear: () => void model.hidden.push(k),
            setSolidColor: (color) => void (model.colors[k] = color),
          },
        },
      }),
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
  add(type: string, source: FakeRange): FakeChart {
    const model: HostChart = { name: "", title: "", source: source.area, anchor: "A1", stacked: type === "BarStacked", hidden: [], colors: {}, legend: true, labels: false };
    this.sheet.charts.push(model);
    return new FakeChart(this.sheet, model);
  }
}

/** Office.js's PageLayout: what the pane sets lands in the sheet's HostPage. */
function pageLayout(page: HostPage) {
  const parts = {} as Record<"leftHeader" | "centerHeader" | "rightHeader" | "centerFooter", string>;
  for (const part of ["leftHeader", "centerHeader", "rightHeader", "centerFooter"] as const) {
    Object.defineProperty(parts, part, { set: (text: string) => (page[part] = text), get: () => page[part] ?? "" });
  }
  return {
    set orientation(o: string) {
      page.orientation = o;
    },
    set paperSize(p: string) {
      page.paperSize = p;
    },
    set zoom(z: HostPage["zoom"]) {
      page.zoom = { ...z };
    },
    headersFooters: { defaultForAllPages: parts },
  };
}

export class FakeWorksheet {
  name?: string;
  id?: string;
  isNullObject = false;
  readonly charts: FakeCharts;
  readonly pageLayout: ReturnType<typeof pageLayout>;

  constructor(
    private readonly ctx: Context,
    readonly sheet: HostSheet
  ) {
    this.charts = new FakeCharts(ctx, sheet);
    this.pageLayout = pageLayout(sheet.page);
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
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.ctx.book.usedArea(this.sheet.name) ?? { sheet: this.sheet.name, top: 0, left: 0, bottom: 0, right: 0 });
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
    // Office.js's code, as for a renamed or deleted sheet.
    if (!sheet) throw Object.assign(new Error(`The requested resource doesn't exist: ${key}`), { code: "ItemNotFound" });
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
  readonly onAdded = { add: (handler: () => Promise<void>) => this.ctx.book.onTablesChanged(handler) };
  readonly onDeleted = { add: () => undefined };
  readonly onChanged = { add: () => undefined };
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
  readonly names = { add: (name: string, range: FakeRange) => this.ctx.book.names.push({ name, address: range.address ?? localAddress(range.area), sheet: range.area.sheet }) };
  constructor(private readonly ctx: Context) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx);
  }
  getSelectedRange(): FakeRange {
    const book = this.ctx.book;
    return new FakeRange(this.ctx, book.sheet(book.selection.sheet)!, book.selection);
  }
}

/** `Excel` and `Office` globals over `book`, in `lang` (an Office display language such as "da-DK"). */
export function fakeOffice(book: HostBook, displayLanguage: string) {
  const Excel = {
    /**
     * Like Excel: while the user edits a cell a batch fails with InvalidOperationInCellEditMode,
     * unless it asked to wait (`delayForCellEdit`).
     */
    run: async <T>(...args: [(context: Context) => Promise<T>] | [{ delayForCellEdit?: boolean }, (context: Context) => Promise<T>]): Promise<T> => {
      const [options, batch] = args.length === 1 ? [{}, args[0]] : args;
      if (book.editing && !options.delayForCellEdit) throw Object.assign(new Error("The operation cannot be performed while a cell is being edited."), { code: "InvalidOperationInCellEditMode" });
      while (book.editing) await new Promise((r) => setTimeout(r, 20));
      return batch(new Context(book));
    },
    ChartType: { barClustered: "BarClustered", barStacked: "BarStacked" },
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
