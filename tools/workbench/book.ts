import { Area, cellAddress, contains, localAddress, parseArea, quoteSheet } from "../../src/taskpane/address";
import type { SpuEngine } from "../engine/spu-engine";

/**
 * An in-memory workbook for the browser suite and the workbench: cells and formulas live in the
 * SPU engine (HyperFormula); this adds what Excel keeps beside them: sheet ids, number formats,
 * bold rows, charts, Excel tables, the selection and the document settings.
 */
export interface HostChart {
  name: string;
  title: string;
  source: Area;
  anchor: string;
  /** Excel's stacked bar chart (else clustered). */
  stacked: boolean;
  /** Series (0-based) whose fill was cleared: drawn invisible. */
  hidden: number[];
  /** Series colours set by the pane. */
  colors: Record<number, string>;
  legend: boolean;
  /** Values written on the bars. */
  labels: boolean;
}

/** What Office.js's PageLayout (ExcelApi 1.9) was told. */
export interface HostPage {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftHeader?: string;
  centerHeader?: string;
  rightHeader?: string;
  centerFooter?: string;
}

export interface HostSheet {
  id: string;
  name: string;
  formats: Map<string, string>;
  bold: Set<number>;
  charts: HostChart[];
  /** Column widths in points, by 0-based column. */
  widths: Map<number, number>;
  page: HostPage;
}

export class HostBook {
  readonly sheets: HostSheet[] = [];
  tables: { name: string; sheet: string; address: string }[] = [];
  selection: Area;
  /** More selected areas beside `selection` (ctrl-click). */
  extraAreas: Area[] = [];
  /** The user is editing a cell: Office.js batches fail or wait (fake-office.ts). */
  editing = false;
  /** Names the pane defined (an inserted example's parameters). */
  names: { name: string; sheet: string; address: string }[] = [];
  /** Formulas as the pane wrote them, where the engine got them translated (structured references). */
  private readonly written = new Map<string, string>();
  private tableListeners: (() => Promise<void>)[] = [];
  active: string;
  settings: Record<string, unknown> = {};
  /** Round trips (context.sync) the pane made, for the suite to check. */
  syncs = 0;
  private nextId = 1;
  private listeners: (() => void)[] = [];

  constructor(readonly engine: SpuEngine) {
    for (const name of engine.sheetNames()) this.register(name);
    this.active = this.sheets[0].name;
    this.selection = { sheet: this.active, top: 0, left: 0, bottom: 0, right: 0 };
  }

  private register(name: string): HostSheet {
    const sheet: HostSheet = { id: `{sheet-${this.nextId++}}`, name, formats: new Map(), bold: new Set<number>(), charts: [], widths: new Map(), page: {} };
    this.sheets.push(sheet);
    return sheet;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    this.listeners.forEach((l) => l());
  }

  sheet(key: string): HostSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  addSheet(name: string): HostSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} exists`);
    this.engine.addSheet(name, []);
    return this.register(name);
  }

  /** Excel's value of a cell: "" when blank, the error code when an error. */
  value(sheet: string, row: number, column: number): string | number | boolean {
    const v = this.engine.value(sheet, cellAddress(row, column));
    if (v === null) return "";
    return typeof v === "object" ? v.error : v;
  }

  formula(sheet: string, row: number, column: number): string | number | boolean {
    return this.written.get(`${sheet}!${cellAddress(row, column)}`) ?? this.engine.formula(sheet, cellAddress(row, column)) ?? this.value(sheet, row, column);
  }

  /** Adds an Excel table and tells the pane, as Excel's tables.onAdded does. */
  addTable(table: { name: string; sheet: string; address: string }): void {
    this.tables.push(table);
    this.tableListeners.forEach((l) => void l());
  }

  onTablesChanged(listener: () => Promise<void>): void {
    this.tableListeners.push(listener);
  }

  /** `Tabel[Kolonne]` as the A1 range of that column's data rows: the engine has no structured references. */
  private resolveTables(formula: string): string {
    return formula.replace(/([A-Za-z_][\w.]*)\[([^\]]+)\]/g, (whole, name: string, header: string) => {
      const table = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) return whole;
      const area = parseArea(table.address);
      const j = this.grid({ ...area, bottom: area.top }, (r, c) => this.value(table.sheet, r, c))[0].findIndex((h) => String(h).toLowerCase() === header.toLowerCase());
      return j < 0 ? whole : `${quoteSheet(table.sheet)}!${localAddress({ ...area, top: area.top + 1, left: area.left + j, right: area.left + j }, true)}`;
    });
  }

  size(sheet: string): { rows: number; columns: number } {
    const { height, width } = this.engine.hf.getSheetDimensions(this.engine.hf.getSheetId(sheet)!);
    return { rows: height, columns: width };
  }

  grid<T>(area: Area, cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: area.bottom - area.top + 1 }, (_, r) => Array.from({ length: area.right - area.left + 1 }, (_, c) => cell(area.top + r, area.left + c)));
  }

  write(sheet: string, area: Area, formulas: unknown[][]): void {
    // Array.from: the pane's arrays come from its frame, whose Array HyperFormula does not recognise.
    const contents = Array.from(formulas, (row, r) =>
      Array.from(row, (v, c) => {
        const at = `${sheet}!${cellAddress(area.top + r, area.left + c)}`;
        this.written.delete(at);
        if (typeof v !== "string" || !v.startsWith("=")) return v === "" || v === undefined ? null : v;
        const resolved = this.resolveTables(v);
        if (resolved !== v) this.written.set(at, v);
        return resolved;
      })
    );
    this.engine.setContents(sheet, cellAddress(area.top, area.left), contents);
  }

  clear(sheet: HostSheet, area: Area): void {
    const blanks = this.grid(area, () => null);
    this.engine.setContents(sheet.name, cellAddress(area.top, area.left), blanks);
    for (const key of [...sheet.formats.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (contains(area, r, c)) sheet.formats.delete(key);
    }
    for (const r of [...sheet.bold]) if (r >= area.top && r <= area.bottom) sheet.bold.delete(r);
  }

  /** The smallest area holding every non-blank cell, or undefined. */
  usedArea(sheet: string): Area | undefined {
    const values = this.engine.hf.getSheetSerialized(this.engine.hf.getSheetId(sheet)!);
    let area: Area | undefined;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        area = area
          ? { sheet, top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) }
          : { sheet, top: r, left: c, bottom: r, right: c };
      })
    );
    return area;
  }

  /** Selects a range as a user's mouse would ("Skoler!B2:B7"). */
  select(address: string): void {
    const area = parseArea(address);
    this.active = area.sheet || this.active;
    this.selection = { ...area, sheet: this.active };
    this.changed();
  }

  selectionAddress(): string {
    return `${quoteSheet(this.selection.sheet)}!${localAddress(this.selection)}`;
  }
}
