import ExcelJS from "exceljs";

/** Excel's date serial (1900 system) of a date ExcelJS read. */
function serial(date: Date): number {
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A workbook file as raw sheet contents for the engine (Node only): values as stored, formulas
 * as "=…"; the cells an array formula fills are left blank for the formula to spill into.
 */
export async function readWorkbook(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = Array.from({ length: ws.rowCount }, () => Array<unknown>(ws.columnCount).fill(null));
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.value as unknown;
        let content: unknown = value;
        if (value instanceof Date) content = serial(value);
        else if (typeof value === "object" && value !== null) {
          const f = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[] };
          if (f.formula !== undefined) content = `=${f.formula}`;
          else if (f.richText) content = f.richText.map((t) => t.text).join("");
          else content = null; // a cell inside an array formula's range
        }
        rows[r - 1][c - 1] = content;
      })
    );
    sheets[ws.name] = rows;
  });
  return sheets;
}
