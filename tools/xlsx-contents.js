const ExcelJS = require("exceljs");

/** Excel's date serial (1900 system) of a date ExcelJS read. */
function serial(date) {
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A formula as the user reads it: Excel stores a custom function SPU.X( as _xldudf_SPU_X(. */
function userFormula(stored) {
  return stored.replace(/_xldudf_SPU_([A-Z0-9_]+)\(/gi, (_, name) => `SPU.${name.toUpperCase()}(`);
}

/** A cell's raw content: the value as stored, a formula as "=…", a date as its serial. */
function content(value) {
  if (value instanceof Date) return serial(value);
  if (value === null || value === undefined || typeof value !== "object") return value ?? null;
  if (value.formula !== undefined) return `=${userFormula(value.formula)}`;
  if (value.richText) return value.richText.map((t) => t.text).join("");
  return null; // a shared formula's other cells, which ExcelJS gives without their text
}

/** The cells of an array formula's range other than its first, e.g. "B8", "B9" for "B7:B11". */
function spillCells(ref) {
  const [from, to = from] = ref.split(":").map((a) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(a);
    return { row: Number(row), col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  });
  const cells = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) cells.push([r, c]);
  return cells;
}

/**
 * An .xlsx file as the engine (tests, bench) and the workbench read it: each sheet's raw contents
 * (SPU formulas by their user names, the cells an array formula spills into blank),
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
    const spilled = [];
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        rows[r - 1][c - 1] = content(cell.value);
        if (cell.value?.shareType === "array" && cell.value.ref) spilled.push(...spillCells(cell.value.ref));
        if (cell.numFmt && cell.numFmt !== "General") sheetFormats[`${r - 1},${c - 1}`] = cell.numFmt;
      });
      if (row.font?.bold || row.getCell(1).font?.bold) sheetBold.push(r - 1);
    });
    // The values cached in a spill's cells are the formula's last results: blank for it to spill into.
    for (const [r, c] of spilled) rows[r - 1][c - 1] = null;
    sheets[sheet.name] = rows;
    for (const table of Object.values(sheet.tables ?? {})) {
      const t = table.table ?? table;
      if (t.name && t.tableRef) tables.push({ name: t.name, sheet: sheet.name, address: t.tableRef });
    }
  });
  return { sheets, formats, bold, tables };
}

module.exports = { readXlsx };
