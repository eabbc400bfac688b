import { address, Cell } from "../../src/examples/workbook";
import { cellAddress } from "../../src/taskpane/address";
import type { Workbook } from "../../src/examples/workbook";
import type { CachedValue, Print, PrintedSheet } from "../xlsx/write-xlsx";
import { HostBook, HostPage } from "./book";

/**
 * The workbench's workbook as a description tools/xlsx writes (sheets, formulas, formats, bold,
 * widths, SPU spills and how each sheet prints), with the engine's values to cache: what the pane
 * wrote, as a file LibreOffice can print. Charts are not carried.
 */

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;

/** Points back to characters (excel-workbook.ts's widthInPoints, inverted). */
const characters = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

/** The header and footer as Excel stores them: `&L…&C…&R…`. */
function print(page: HostPage): Print | undefined {
  if (!page.paperSize) return undefined;
  // The xlsx writer prints A4, one page wide and as tall as needed: the pane must have asked for that.
  if (page.paperSize !== "A4" || page.zoom?.horizontalFitToPages !== 1 || page.zoom?.verticalFitToPages !== 0) {
    throw new Error(`page setup ${JSON.stringify(page)} is not A4, one page wide`);
  }
  const parts = (left = "", center = "", right = "") => [left && `&L${left}`, center && `&C${center}`, right && `&R${right}`].join("");
  return { landscape: page.orientation === "Landscape", header: parts(page.leftHeader, page.centerHeader, page.rightHeader), footer: parts("", page.centerFooter) };
}

export function toWorkbook(host: HostBook): { book: Workbook & { sheets: PrintedSheet[] }; cached: (sheet: string) => CachedValue[][] } {
  const hf = host.engine.hf;
  const sheets = host.sheets.map((s): PrintedSheet => {
    const id = hf.getSheetId(s.name)!;
    const { rows, columns } = host.size(s.name);
    const cells = new Map<string, Cell>();
    const formula = (r: number, c: number) => hf.getCellFormula({ sheet: id, row: r, col: c });
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const text = formula(r, c);
        const value = host.value(s.name, r, c);
        const cell: Cell = { format: s.formats.get(`${r},${c}`), bold: s.bold.has(r) || undefined };
        if (text !== undefined) {
          const written = String(host.formula(s.name, r, c));
          cell.formula = written.slice(1);
          if (written.includes("SPU.")) {
            cell.role = "output";
            // The spill: down and right while the cells are the array's and hold no formula of their own.
            let [bottom, right] = [r, c];
            while (bottom + 1 < rows && formula(bottom + 1, c) === undefined && hf.isCellPartOfArray({ sheet: id, row: bottom + 1, col: c })) bottom++;
            while (right + 1 < columns && formula(r, right + 1) === undefined && hf.isCellPartOfArray({ sheet: id, row: r, col: right + 1 })) right++;
            if (bottom > r || right > c) cell.spill = `${cellAddress(r, c)}:${cellAddress(bottom, right)}`;
          }
        } else if (value !== "" && !hf.isCellPartOfArray({ sheet: id, row: r, col: c })) {
          cell.value = value;
        }
        if (cell.formula !== undefined || cell.value !== undefined || cell.format || hf.isCellPartOfArray({ sheet: id, row: r, col: c })) cells.set(address(r + 1, c + 1), cell);
      }
    }
    const widths = Array.from({ length: Math.max(0, ...[...s.widths.keys()].map((c) => c + 1)) }, (_, c) => (s.widths.has(c) ? characters(s.widths.get(c)!) : DEFAULT_WIDTH));
    return { name: s.name, widths, cells, headerRows: 0, print: print(s.page) };
  });
  return { book: { sheets, names: [] }, cached: (sheet) => host.engine.values(sheet) };
}
