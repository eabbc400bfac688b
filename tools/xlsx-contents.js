const ExcelJS = require("exceljs");

/** Excel's date serial (1900 system) of a date ExcelJS read. */
function serial(date) {
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A cell's raw content: the value as stored, a formula as "=…", a date as its serial. */
function content(value) {
  if (value instanceof Date) return serial(value);
  if (value === null || value === undefined || typeof value !== "object") return value ?? null;
  if (value.formula !== undefined) return `=${value.formula}`;
  if (value.richText) return value.richText.map((t) => t.text).join("");
  return null; // a cell inside an array formula's range: left blank for the formula to spill into
}

/**
 * An .xlsx file as the engine (tests, bench) and the workbench read it: each sheet's raw contents,
 * its number formats by "row,column" (0-based, "General" left out), its bold rows (0-based) and
 * its Excel tables.
 */
async function readXlsx(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = {};
  const formats = {};
  const bold = {};
  const tables = [];
  workbook.eachSheet((sheet) => {
    const rows = Array.from({ length: sheet.rowCount }, () => new Array(sheet.columnCount).fill(null));
    const sheetFormats = (formats[sheet.name] = {});
    const sheetBold = (bold[sheet.name] = []);
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        rows[r - 1][c - 1] = content(cell.value);
        if (cell.numFmt && cell.numFmt !== "General") sheetFormats[`${r - 1},${c - 1}`] = cell.numFmt;
      });
      if (row.font?.bold || row.getCell(1).font?.bold) sheetBold.push(r - 1);
    });
    sheets[sheet.name] = rows;
    for (const table of Object.values(sheet.tables ?? {})) {
      const t = table.table ?? table;
      if (t.name && t.tableRef) tables.push({ name: t.name, sheet: sheet.name, address: t.tableRef });
    }
  });
  return { sheets, formats, bold, tables };
}

module.exports = { readXlsx };
