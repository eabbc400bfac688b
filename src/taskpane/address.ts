/**
 * A1 addresses as Office.js writes them ("'Min fane'!$B$2:$B$11") and as the pane writes them
 * into formulas (absolute, sheet-qualified, quoted when the name needs it).
 */
export interface Area {
  sheet: string;
  /** 0-based first and last row and column, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A sheet name as a formula needs it: quoted unless it is plain letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
/** Excel's last row: a whole column ("B:B") is rows 1 to this. */
const LAST_ROW = 1048576;

/** Parses "Sheet!A1:B2", "'My sheet'!$A$1", "Sheet!B:B" or a local "A1:B2" (sheet ""). */
export function parseArea(address: string): Area {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  let [first, last = first] = address.slice(bang + 1).split(":");
  if (COLUMN.test(first) && COLUMN.test(last)) [first, last] = [`${first}1`, `${last}${LAST_ROW}`];
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (!a || !b) throw new Error(`Not an A1 address: ${address}`);
  const [r0, r1] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [c0, c1] = [columnIndex(a[1]), columnIndex(b[1])];
  return { sheet, top: Math.min(r0, r1), bottom: Math.max(r0, r1), left: Math.min(c0, c1), right: Math.max(c0, c1) };
}

export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** "$A$1:$B$2" from 0-based rows and columns. */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left, true)}:${cellAddress(bottom, right, true)}`;
}

/** The local part of an area: "B2:C5" (or "$B$2:$C$5"). */
export function localAddress(area: Area, absolute = false): string {
  const first = cellAddress(area.top, area.left, absolute);
  const last = cellAddress(area.bottom, area.right, absolute);
  return first === last ? first : `${first}:${last}`;
}

/** Sheet-qualified absolute address, as formulas reference the user's data. */
export function absoluteAddress(area: Area): string {
  return `${quoteSheet(area.sheet)}!${localAddress(area, true)}`;
}

export function rowCount(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columnCount(area: Area): number {
  return area.right - area.left + 1;
}

export function contains(area: Area, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}
