/**
 * An example workbook as a plain description: sheets, cells, what each cell is for, number formats
 * and names. A model's example module builds one with the helpers below; tools/xlsx writes it as
 * Excel does. Nothing here knows about files, ExcelJS or the engine.
 */

/**
 * What a cell is for. `input`: the municipality's own data; `parameter`: a value the controller
 * sets (Excel's Input style, a defined name); `output`: an SPU result (Excel's Calculation style).
 */
export type CellRole = "input" | "parameter" | "output";

export interface Cell {
  value?: number | string | boolean;
  /** A formula as a user types it in English Excel, without "=": `SPU.ROSKILDE_COST(C2:C861)`. */
  formula?: string;
  /** The range a formula spills into (its own cell first), e.g. `E2:E861`. */
  spill?: string;
  role?: CellRole;
  format?: string;
  bold?: boolean;
}

/**
 * How a sheet prints, beyond what every sheet gets (A4, one page wide, as many tall as needed):
 * the orientation and the header and footer in Excel's codes (`&L…&C…&R…`). Without it a sheet
 * is landscape when wide, with its name and the page number in the footer.
 */
export interface Print {
  landscape: boolean;
  header: string;
  footer: string;
}

export interface Sheet {
  name: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** A1 address → cell. */
  cells: Map<string, Cell>;
  /** Rows frozen at the top and repeated on every printed page. */
  headerRows: number;
  print?: Print;
}

export interface DefinedName {
  name: string;
  sheet: string;
  /** An absolute range on `sheet`, e.g. `$B$2` or `$B$8:$C$8`. */
  range: string;
}

export interface Workbook {
  sheets: Sheet[];
  names: DefinedName[];
}

export const KR = '#,##0 "kr."';
export const KR2 = '#,##0.00 "kr."';
export const PCT = "0.0%";
export const DATE = "dd-mm-yyyy";
export const DECIMAL = "0.00";
export const COUNT = "#,##0";

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let name = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** 1-based row and column of an A1 address (dollars allowed). */
export function parseAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** The cells of a range such as `B7:B11`, row by row. */
export function rangeCells(range: string): { row: number; col: number }[] {
  const [from, to = from] = range.split(":").map(parseAddress);
  const cells = [];
  for (let row = from.row; row <= to.row; row++) for (let col = from.col; col <= to.col; col++) cells.push({ row, col });
  return cells;
}

export function sheet(book: Workbook, name: string, widths: number[], headerRows = 1): Sheet {
  const created: Sheet = { name, widths, cells: new Map(), headerRows };
  book.sheets.push(created);
  return created;
}

export function getSheet(book: Workbook, name: string): Sheet {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet named ${name}`);
  return found;
}

/** Sets (or adds to) the cell at `at`. */
export function put(target: Sheet, at: string, cell: Cell): void {
  target.cells.set(at, { ...target.cells.get(at), ...cell });
}

/** A formula cell; an SPU formula is an output. */
export function formula(target: Sheet, at: string, text: string, format?: string): void {
  put(target, at, { formula: text, format, role: text.includes("SPU.") ? "output" : undefined });
}

/**
 * An SPU formula that spills over `range`: every cell of the range gets the format, or each
 * column its own (a table of amounts and shares).
 */
export function spill(target: Sheet, range: string, text: string, format?: string | string[]): void {
  const left = parseAddress(range.split(":")[0]).col;
  for (const { row, col } of rangeCells(range)) put(target, address(row, col), { role: "output", format: Array.isArray(format) ? format[col - left] : format });
  const anchor = range.split(":")[0];
  put(target, anchor, { formula: text, spill: range });
}

/** A workbook whose first sheet, Om, explains it. */
export function workbook(title: string, lines: string[]): Workbook {
  const book: Workbook = { sheets: [], names: [] };
  const about = sheet(book, "Om", [110], 0);
  put(about, "A1", { value: title, bold: true });
  [
    ...lines,
    "Fiktive data til afprøvning af SPU-tilføjelsesprogrammet.",
    "Orange celler med blå tekst er parametre, som du kan ændre. Grå celler med orange tekst er SPU-resultater: de beregnes af tilføjelsesprogrammet, og filen viser de gemte værdier, indtil det er indlæst.",
  ].forEach((line, i) => put(about, `A${i + 3}`, { value: line }));
  return book;
}

/**
 * A table: a bold header row, then one row per record; columns: [header, width, format?]. Formats
 * reach down to `lastRow`, so rows typed below the data look like the rest.
 */
export function table(book: Workbook, name: string, columns: [string, number, string?][], rows: (number | string | null)[][], lastRow = rows.length + 1): Sheet {
  const created = sheet(
    book,
    name,
    columns.map(([, width]) => width)
  );
  columns.forEach(([header, , format], c) => {
    put(created, address(1, c + 1), { value: header, bold: true });
    if (format) formatColumn(created, c + 1, 2, lastRow, format);
  });
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) put(created, address(r + 2, c + 1), { value, role: "input", format: columns[c][2] });
    })
  );
  return created;
}

/** Formats a column's rows `from`..`to`, blank cells included. */
export function formatColumn(target: Sheet, col: number, from: number, to: number, format: string): void {
  for (let row = from; row <= to; row++) put(target, address(row, col), { format });
}

export interface Parameter {
  label: string;
  /** null: a cell left blank for the controller to fill in (the function then takes its blank meaning). */
  values: (number | string | null)[];
  format?: string;
  note?: string;
  /** The defined name of the value cell(s), in Danish as the controller reads it in the Name Box. */
  name: string;
}

/**
 * The Parametre sheet: label in A, value in B (a second value in C), note in D, from row 2; each
 * parameter's values get a defined name; a string is a bold heading row. A sheet with two-value
 * rows labels column C.
 */
export function parameters(book: Workbook, rows: (Parameter | string)[]): Sheet {
  const created = sheet(book, "Parametre", [58, 18, 18, 70]);
  const second = rows.some((p) => typeof p !== "string" && p.values.length > 1);
  ["Parameter", "Værdi", second ? "Værdi 2" : "", "Kilde / bemærkning"].forEach((header, c) => header && put(created, address(1, c + 1), { value: header, bold: true }));
  rows.forEach((p, i) => {
    const row = i + 2;
    if (typeof p === "string") return put(created, `A${row}`, { value: p, bold: true });
    const { label, values, format, note, name } = p;
    put(created, `A${row}`, { value: label });
    values.forEach((value, c) => put(created, address(row, c + 2), { value: value ?? undefined, format, role: "parameter" }));
    if (note) put(created, `D${row}`, { value: note });
    const last = columnName(values.length + 1);
    book.names.push({ name, sheet: created.name, range: values.length > 1 ? `$B$${row}:$${last}$${row}` : `$B$${row}` });
  });
  return created;
}

/** The Oversigt sheet: [label, formula, format] per row from row 2. */
export function summary(book: Workbook, rows: [string, string, string?][]): Sheet {
  const created = sheet(book, "Oversigt", [52, 22]);
  put(created, "A1", { value: "Oversigt", bold: true });
  rows.forEach(([label, text, format], i) => {
    put(created, `A${i + 2}`, { value: label });
    formula(created, `B${i + 2}`, text, format);
  });
  return created;
}
