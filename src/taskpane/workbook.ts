import type { Workbook as ExampleBook } from "../examples/workbook";

/**
 * What the pane needs from the workbook, and nothing more. excel-workbook.ts implements it over
 * Office.js; the pane's logic (pane.ts) only talks to this interface.
 */
export type CellValue = string | number | boolean | null;

/** A column of one of the workbook's Excel tables, offered by its header. */
export interface TableColumn {
  table: string;
  header: string;
  /** The column's data rows, sheet-qualified ("Skoler!B2:B11"). */
  address: string;
}

/**
 * How a sheet prints: A4, portrait, one page wide and as many tall as it needs, with a header and
 * footer in Excel's codes (&F the workbook's name, &D the date, &P the page, &N the pages).
 */
export interface PageSetup {
  leftHeader: string;
  rightHeader: string;
  centerFooter: string;
}

/**
 * A bar chart: the source (header row + data rows, first column categories), where (`to`: the
 * bottom-right cell it fills), whether the values are kroner, and `labels` for values on every bar.
 * `band`: a stacked chart of floating bars, the even series invisible bases and the odd ones the
 * band in one colour, without legend (see risk-layout.ts).
 */
export interface ChartSpec {
  title: string;
  source: string;
  anchor: string;
  to?: string;
  money: boolean;
  labels?: boolean;
  band?: boolean;
}

/** The output sheet, cell by cell from A1 (see layout.ts). */
export interface OutputSheet {
  /** A short model name; the sheet is called "SPU <title>" (made unique). */
  title: string;
  /** Formulas and constants, `,`-separated en-US formulas as Office.js takes them. */
  formulas: (string | number)[][];
  numberFormats: string[][];
  /** 0-based rows in bold. */
  bold: number[];
  charts: ChartSpec[];
  /** Cells whose computed values the pane shows after writing (local addresses). */
  readBack: string[];
  /** Each parameter's cell (local) and the value written there. */
  params: Record<string, { cell: string; value: string | number }>;
  /** The first two read-back cells are the reconciliation's difference (kroner or a number) and the names not matched. */
  reconciled?: "money" | "number";
  /** Column widths in characters from column A (else the columns are fitted to their contents). */
  columnWidths?: number[];
  page?: PageSetup;
  /** Named cells or ranges of this sheet (local, absolute) that sheets written later refer to. */
  anchors?: Record<string, string>;
}

/** The sheet a previous run wrote: the pane may refresh it, and only the area it wrote. */
export interface OwnSheet {
  id: string;
  area: string;
  /** The parameter cells as written: what the user changed since is read back, not overwritten. */
  params?: Record<string, { cell: string; value: string | number }>;
  anchors?: Record<string, string>;
}

export interface ComputeRequest {
  /** The user's ranges to read (sheet-qualified). */
  inputs: string[];
  /** Cells of the own sheet (local addresses) whose values to read first, given to `build`. */
  ownCells?: string[];
  /** The model's own output sheet from an earlier run, if any. */
  own?: OwnSheet;
  /** A sheet the new one refers to (the comparison a note quotes), by id: `build` gets its name now. */
  refer?: string;
  /** Further sheets it quotes if they are there (the risk and scenario sheets), by id: `build` gets their names now. */
  quote?: string[];
  /**
   * Checks the values read and builds the sheet, or returns the problems found; `referred` is
   * undefined when that sheet is gone, and so is a `quoted` name.
   */
  build(values: CellValue[][][], ownValues: CellValue[], referred?: string, quoted?: (string | undefined)[]): OutputSheet | string[];
}

export type ComputeResult =
  | { ok: true; sheet: { id: string; name: string }; own: OwnSheet; readBack: CellValue[] }
  | { ok: false; problems: string[] }
  /** Cells in the way that the pane did not write: nothing was changed. */
  | { ok: false; conflict: { sheet: string; cell: string } };

export interface Workbook {
  /** The selected range, sheet-qualified. */
  selection(): Promise<string>;
  tableColumns(): Promise<TableColumn[]>;
  /** Calls back when the workbook's tables change (added, deleted, resized). */
  onTablesChanged(listener: () => void): void;
  /** Adds the example's sheets (values and formulas); refuses when a sheet name is taken. */
  insertExample(book: ExampleBook): Promise<{ ok: true; sheets: string[] } | { ok: false; taken: string }>;
  /** Reads the inputs in one batch and writes the output sheet in one more (≤ 3 syncs). */
  compute(request: ComputeRequest): Promise<ComputeResult>;
  /** The values of cells of a sheet the pane wrote, now (to follow SPU.RISK while Excel computes it). */
  read(sheetId: string, cells: string[]): Promise<CellValue[]>;
  /** Read each time the pane needs it: in a shared runtime the page outlives many edits. */
  loadSettings<T>(key: string): T | undefined;
  saveSettings(key: string, value: unknown): Promise<void>;
}
