import JSZip from "jszip";
import { address, Cell, CellRole, columnName, parseAddress, Print, rangeCells, Sheet, Workbook } from "../../src/examples/workbook";

/**
 * Writes a workbook description as Excel 365 writes it: SPU calls as `_xldudf_SPU_<NAME>(` (the
 * token Excel keeps for an Office.js custom function), every SPU formula as a dynamic array
 * (`cm` → xl/metadata.xml), a cached value in every formula and spill cell, Excel's Input and
 * Calculation cell styles, defined names, A4 print setup and a web-extension part naming the add-in.
 */

export type { Print };
/** The workbench's name for a sheet to write (tools/workbench/to-workbook.ts); its print setup is Sheet.print. */
export type PrintedSheet = Sheet;

/** A computed cell as the engine reports it (see tools/engine/spu-engine.ts). */
export type CachedValue = number | string | boolean | null | { error: string };

export interface AddIn {
  /** The manifest's <Id>. */
  id: string;
  /** The manifest's <Version>. */
  version: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel 365's calculation engine id: an older one makes Excel recalculate on open, before the add-in is there. */
const CALC_ID = 191029;
/** [MS-XLSX] 2.3.4.1: the future-metadata extension holding dynamicArrayProperties. */
const DYNAMIC_ARRAY_EXT = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";
/** One instance of the add-in in the document ([MS-OWEXML] CT_OsfWebExtension id). */
const WEB_EXTENSION_INSTANCE = "{3A6C1B7E-52D4-4F0B-9C2E-8D1F6A0B5C47}";
/** Every part's date in the zip, so writing twice gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1));

/** Excel's built-in cell styles (builtinId in ECMA-376 18.8.7) by role; other cells are Normal. */
const ROLE_STYLES: Record<CellRole, "Normal" | "Input" | "Calculation"> = { input: "Normal", parameter: "Input", output: "Calculation" };
const NAMED_STYLES = [
  { name: "Normal", builtinId: 0, font: 0, fill: 0, border: 0 },
  { name: "Input", builtinId: 20, font: 2, fill: 2, border: 1 },
  { name: "Calculation", builtinId: 22, font: 3, fill: 3, border: 1 },
] as const;
/** Number formats Excel knows by id (ECMA-376 18.8.30); others are custom from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `SPU.ROSKILDE_COST(` → `_xldudf_SPU_ROSKILDE_COST(`, as Excel stores a custom function. */
export function toStoredFormula(text: string): string {
  return text.replace(/\bSPU\.([A-Z0-9_]+)\(/g, "_xldudf_SPU_$1(");
}

/** A sheet name as a formula or defined name refers to it. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const isSpu = (cell: Cell) => cell.formula?.includes("SPU.") ?? false;

class Styles {
  private formats = new Map<string, number>();
  private xfs = new Map<string, number>();
  private xfList: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** The cellXfs index for a cell's style, number format and boldness. */
  index(cell: Cell): number {
    const style = cell.role ? ROLE_STYLES[cell.role] : "Normal";
    const format = cell.format ?? "General";
    const bold = cell.bold ?? false;
    const key = `${style}|${format}|${bold}`;
    let xf = this.xfs.get(key);
    if (xf === undefined) {
      const named = NAMED_STYLES.findIndex((s) => s.name === style);
      const { font, fill, border } = NAMED_STYLES[named];
      const numFmt = this.format(format);
      const fontId = bold && style === "Normal" ? 1 : font;
      this.xfList.push(
        `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fill}" borderId="${border}" xfId="${named}"${numFmt ? ' applyNumberFormat="1"' : ""}${fontId !== font ? ' applyFont="1"' : ""}/>`
      );
      xf = this.xfList.length - 1;
      this.xfs.set(key, xf);
    }
    return xf;
  }

  private format(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const thin = '<left style="thin"><color rgb="FF7F7F7F"/></left><right style="thin"><color rgb="FF7F7F7F"/></right><top style="thin"><color rgb="FF7F7F7F"/></top><bottom style="thin"><color rgb="FF7F7F7F"/></bottom><diagonal/>';
    const font = (extra: string) => `<font>${extra}<sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      XML +
      `<styleSheet xmlns="${MAIN}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "") +
      `<fonts count="4">${font("")}${font("<b/>")}${font('<color rgb="FF3F3F76"/>')}${font('<b/><color rgb="FFFA7D00"/>')}</fonts>` +
      '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFCC99"/><bgColor indexed="64"/></patternFill></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      `<cellStyleXfs count="${NAMED_STYLES.length}">` +
      NAMED_STYLES.map((s, i) => `<xf numFmtId="0" fontId="${s.font}" fillId="${s.fill}" borderId="${s.border}"${i ? ' applyFont="1" applyFill="1" applyBorder="1"' : ""}/>`).join("") +
      `</cellStyleXfs><cellXfs count="${this.xfList.length}">${this.xfList.join("")}</cellXfs>` +
      `<cellStyles count="${NAMED_STYLES.length}">` +
      NAMED_STYLES.map((s, i) => `<cellStyle name="${s.name}" xfId="${i}" builtinId="${s.builtinId}"/>`).join("") +
      "</cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
    );
  }
}

class SharedStrings {
  private index = new Map<string, number>();
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${escapeXml(t)}</t></si>`);
    return `${XML}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

/** A cached value as the <c> element's type attribute and <v>. */
function cachedValue(value: CachedValue, where: string): { type: string; v: string } {
  if (typeof value === "number") return { type: "", v: String(value) };
  if (typeof value === "string") return { type: ' t="str"', v: escapeXml(value) };
  if (typeof value === "boolean") return { type: ' t="b"', v: value ? "1" : "0" };
  if (value === null) return { type: "", v: "0" }; // a formula over blanks shows 0 in Excel
  throw new Error(`${where}: the engine computed ${value.error}; an example workbook must compute`);
}

function sheetXml(sheet: Sheet, cached: CachedValue[][], styles: Styles, strings: SharedStrings, selected: boolean): string {
  const rows = new Map<number, [number, Cell][]>();
  for (const [at, cell] of sheet.cells) {
    const { row, col } = parseAddress(at);
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row)!.push([col, cell]);
  }
  /** Cells inside a spill, below or beside its formula: they hold the spilled values. */
  const spilled = new Set<string>();
  for (const cell of sheet.cells.values()) if (cell.spill) rangeCells(cell.spill).slice(1).forEach(({ row, col }) => spilled.add(address(row, col)));

  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = rows
        .get(row)!
        .sort(([a], [b]) => a - b)
        .map(([col, cell]) => {
          const at = address(row, col);
          const s = ` s="${styles.index(cell)}"`;
          const where = `${sheet.name}!${at}`;
          if (cell.formula !== undefined) {
            const { type, v } = cachedValue(cached[row - 1]?.[col - 1] ?? null, where);
            const f = escapeXml(toStoredFormula(cell.formula));
            // Every SPU formula is a dynamic array (cm="1"), spilling or not: a plain <f> is a
            // legacy formula, which Excel 365 shows with an implicit-intersection @.
            if (isSpu(cell)) return `<c r="${at}"${s}${type} cm="1"><f t="array" ref="${cell.spill ?? at}">${f}</f><v>${v}</v></c>`;
            return `<c r="${at}"${s}${type}><f>${f}</f><v>${v}</v></c>`;
          }
          if (spilled.has(at)) {
            const { type, v } = cachedValue(cached[row - 1]?.[col - 1] ?? null, where);
            return `<c r="${at}"${s}${type}><v>${v}</v></c>`;
          }
          if (typeof cell.value === "number") return `<c r="${at}"${s}><v>${cell.value}</v></c>`;
          if (typeof cell.value === "boolean") return `<c r="${at}"${s} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
          if (typeof cell.value === "string") return `<c r="${at}"${s} t="s"><v>${strings.add(cell.value)}</v></c>`;
          return `<c r="${at}"${s}/>`;
        });
      return `<row r="${row}">${cells.join("")}</row>`;
    });

  const lastRow = Math.max(1, ...rows.keys());
  const lastCol = Math.max(sheet.widths.length, ...[...sheet.cells.keys()].map((a) => parseAddress(a).col));
  const frozen = sheet.headerRows
    ? `<pane ySplit="${sheet.headerRows}" topLeftCell="A${sheet.headerRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.headerRows + 1}" sqref="A${sheet.headerRows + 1}"/>`
    : "";
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7}" customWidth="1"/>`).join("");
  const print = sheet.print ?? { landscape: sheet.widths.reduce((s, w) => s + w, 0) > 100, header: "", footer: "&L&A&RSide &P af &N" };
  return (
    XML +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnName(lastCol)}${lastRow}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    // A4 (paperSize 9), one page wide and as many tall as the rows need.
    `<pageSetup paperSize="9" orientation="${print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter>${print.header ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : ""}<oddFooter>${escapeXml(print.footer)}</oddFooter></headerFooter>` +
    "</worksheet>"
  );
}

function workbookXml(book: Workbook): string {
  const sheets = book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const titles = book.sheets
    .map((s, i) => (s.headerRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(s.name))}!$1:$${s.headerRows}</definedName>` : ""))
    .join("");
  const names = [...book.names]
    .sort((a, b) => a.name.localeCompare(b.name, "da"))
    .map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(quoteSheet(n.sheet))}!${n.range}</definedName>`)
    .join("");
  return (
    XML +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheets}</sheets><definedNames>${titles}${names}</definedNames><calcPr calcId="${CALC_ID}"/></workbook>`
  );
}

/** [MS-XLSX] 2.3.4.1 / 2.6.136: one cell-metadata record saying "this formula is a dynamic array". */
function metadataXml(): string {
  return (
    XML +
    `<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
    '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
    `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
    '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>'
  );
}

/**
 * [MS-OWEXML] 2.2.7 CT_OsfWebExtension: the add-in by its manifest id and version. The reference is
 * Centralized Deployment (store and storeType "EXCatalog"), as a municipality's IT deploys it; the
 * one alternate reference, which Office uses when the add-in is not found by the first, is the
 * sideloaded add-in of `npm start` (storeType "Registry", store "developer"): Microsoft's
 * "Automatically open a task pane with a document" lists both. Office.AutoShowTaskpaneWithDocument
 * asks Office to open the pane with the file where the manifest's ShowTaskpane names that TaskpaneId.
 */
function webExtensionXml(addin: AddIn): string {
  const reference = (store: string, storeType: string) =>
    `<we:reference id="${escapeXml(addin.id)}" version="${escapeXml(addin.version)}" store="${store}" storeType="${storeType}"/>`;
  return (
    XML +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="${WEB_EXTENSION_INSTANCE}">` +
    reference("EXCatalog", "EXCatalog") +
    `<we:alternateReferences>${reference("developer", "Registry")}</we:alternateReferences>` +
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
    `<we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`
  );
}

/** The pane's place, closed until Office opens it for AutoShowTaskpaneWithDocument (as Microsoft's autoopen example writes it). */
function taskpanesXml(): string {
  return (
    XML +
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
}

function relationships(rels: [string, string][]): string {
  const items = rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join("");
  return `${XML}<Relationships xmlns="${PACKAGE_REL}">${items}</Relationships>`;
}

/**
 * The .xlsx bytes of `book`; `cached(sheet)` gives each sheet's computed values (rows × columns
 * from A1), which go into every formula cell and every cell a formula spills into.
 */
export async function writeXlsx(book: Workbook, cached: (sheet: string) => CachedValue[][], addin: AddIn): Promise<Buffer> {
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheets = book.sheets.map((s, i) => sheetXml(s, cached(s.name), styles, strings, i === 0));
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, text, { date: ZIP_DATE });
  const sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  add(
    "[Content_Types].xml",
    XML +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join("") +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>' +
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      "</Types>"
  );
  add(
    "_rels/.rels",
    relationships([
      [`${REL}/officeDocument`, "xl/workbook.xml"],
      [`${PACKAGE_REL}/metadata/core-properties`, "docProps/core.xml"],
      [`${REL}/extended-properties`, "docProps/app.xml"],
      ["http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes", "xl/webextensions/taskpanes.xml"],
    ])
  );
  add(
    "docProps/core.xml",
    XML +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>SPU</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${ZIP_DATE.toISOString().replace(".000", "")}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${ZIP_DATE.toISOString().replace(".000", "")}</dcterms:modified></cp:coreProperties>`
  );
  add("docProps/app.xml", `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>SPU</Application></Properties>`);
  add("xl/workbook.xml", workbookXml(book));
  add(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...sheets.map((_, i): [string, string] => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
      [`${REL}/styles`, "styles.xml"],
      [`${REL}/sharedStrings`, "sharedStrings.xml"],
      [`${REL}/sheetMetadata`, "metadata.xml"],
    ])
  );
  sheets.forEach((xml, i) => add(`xl/worksheets/sheet${i + 1}.xml`, xml));
  add("xl/styles.xml", styles.xml());
  add("xl/sharedStrings.xml", strings.xml());
  add("xl/metadata.xml", metadataXml());
  add("xl/webextensions/taskpanes.xml", taskpanesXml());
  add("xl/webextensions/_rels/taskpanes.xml.rels", relationships([["http://schemas.microsoft.com/office/2011/relationships/webextension", "webextension1.xml"]]));
  add("xl/webextensions/webextension1.xml", webExtensionXml(addin));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
