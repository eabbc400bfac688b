import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { loadFunctions } from "../../tools/engine/load-functions";
import { CellResult, createSpuEngine, SpuEngine } from "../../tools/engine/spu-engine";
import { EXAMPLES } from "../../tools/examples";
import { address, parseAddress, rangeCells } from "../../src/examples/workbook";
import { comparisonExample } from "../../src/comparing/example";
import { COMPARED } from "../../src/municipalities";
import { SETTINGS } from "../../src/taskpane/forms";
import { da } from "../../src/texts/da";
import { key, t } from "../../src/texts";
import { manifestAddIn } from "../../tools/xlsx/manifest";
import { readXlsx } from "../../tools/xlsx-contents";
import { descendants, parseXml, XmlElement } from "../helpers/xml";
import { asCached, pdfText, profile, renderPdf, soffice } from "./libreoffice";

/**
 * Each shipped example workbook read part by part, as Excel 365 reads it before the add-in loads:
 * custom-function tokens, dynamic-array spills, a cached value in every formula cell equal to the
 * engine's, the web extension, cell styles, names and print setup. Where soffice is installed,
 * LibreOffice renders each workbook (see the LibreOffice tests below).
 */
const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE_DIR = path.join(ROOT, "assets/examples");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const NAMES = Object.keys(EXAMPLES);
// In Danish, as tools/examples/make.ts computes the cached values.
const { implementations, metadata } = loadFunctions({ displayLanguage: "da-DK" });
const addin = manifestAddIn(path.join(ROOT, "manifest.xml"));

interface XlsxCell {
  at: string;
  style: number;
  type?: string;
  cm?: string;
  formula?: XmlElement;
  value?: string;
}
interface Parts {
  zip: JSZip;
  text(name: string): Promise<string>;
  xml(name: string): Promise<XmlElement>;
  /** Sheet name → its cells by address. */
  sheets: Map<string, Map<string, XlsxCell>>;
  /** Sheet name → number format by "row,column" (0-based), as tools/xlsx-contents reads them. */
  formats: Record<string, Record<string, string>>;
  engine: SpuEngine;
}

const byLocal = (root: XmlElement, local: string) => descendants(root).filter((e) => e.local === local);

async function open(name: string): Promise<Parts> {
  const file = path.join(EXAMPLE_DIR, `${name}.xlsx`);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const text = async (part: string) => {
    const entry = zip.file(part);
    if (!entry) throw new Error(`${name}.xlsx has no part ${part}`);
    return entry.async("string");
  };
  const xml = async (part: string) => parseXml(await text(part));
  const workbook = await xml("xl/workbook.xml");
  const rels = byLocal(await xml("xl/_rels/workbook.xml.rels"), "Relationship");
  const sheets = new Map<string, Map<string, XlsxCell>>();
  for (const sheet of byLocal(workbook, "sheet")) {
    const target = rels.find((r) => r.attributes.Id === sheet.attributes["r:id"])!.attributes.Target;
    const cells = new Map<string, XlsxCell>();
    for (const c of byLocal(await xml(`xl/${target}`), "c")) {
      const child = (local: string) => c.children.find((e) => e.local === local);
      cells.set(c.attributes.r, { at: c.attributes.r, style: Number(c.attributes.s ?? 0), type: c.attributes.t, cm: c.attributes.cm, formula: child("f"), value: child("v")?.text });
    }
    sheets.set(sheet.attributes.name, cells);
  }
  const contents = await readXlsx(file);
  const engine = createSpuEngine(contents.sheets, implementations, metadata);
  return { zip, text, xml, sheets, formats: contents.formats, engine };
}

const examples = new Map<string, Promise<Parts>>();
const parts = (name: string) => {
  if (!examples.has(name)) examples.set(name, open(name));
  return examples.get(name)!;
};

async function sharedStrings(ex: Parts): Promise<string[]> {
  return byLocal(await ex.xml("xl/sharedStrings.xml"), "si").map((si) => si.children.map((t) => t.text).join(""));
}

/** A cached <v> as the engine reports the cell. */
function cached(cell: XlsxCell, strings: string[]): CellResult {
  if (cell.type === "str") return cell.value ?? "";
  if (cell.type === "s") return strings[Number(cell.value)];
  if (cell.type === "b") return cell.value === "1";
  if (cell.type === "e") return { error: cell.value ?? "", message: "" };
  return cell.value === undefined ? null : Number(cell.value);
}

/** Every cell an SPU formula fills: the anchor and the rest of its spill. */
function spuCells(cells: Map<string, XlsxCell>): { anchor: XlsxCell; range: string; cells: string[] }[] {
  return [...cells.values()]
    .filter((c) => c.formula?.text.includes("_xldudf_SPU_"))
    .map((anchor) => {
      const range = anchor.formula!.attributes.ref;
      return { anchor, range, cells: rangeCells(range).map(({ row, col }) => address(row, col)) };
    });
}

describe.each(NAMES)("%s.xlsx", (name) => {
  test("SPU calls are stored as Excel stores a custom function: _xldudf_SPU_<NAME>(, never a plain SPU.", async () => {
    const { sheets } = await parts(name);
    const formulas = [...sheets.values()].flatMap((cells) => [...cells.values()].filter((c) => c.formula).map((c) => c.formula!.text));
    expect(formulas.filter((f) => /SPU\./.test(f))).toEqual([]);
    const tokens = new Set(formulas.flatMap((f) => [...f.matchAll(/_xldudf_SPU_([A-Z_]+)\(/g)].map((m) => m[1])));
    expect(tokens.size).toBeGreaterThan(0);
    for (const token of tokens) expect(metadata.functions.map((f) => f.name)).toContain(token);
  });

  test("every SPU formula is a dynamic array: cm=1 on its cell, t=array over its spill, XLDAPR metadata with fDynamic", async () => {
    const { sheets, xml, text } = await parts(name);
    for (const cells of sheets.values()) {
      for (const { anchor, range } of spuCells(cells)) {
        expect({ at: anchor.at, cm: anchor.cm, t: anchor.formula!.attributes.t }).toEqual({ at: anchor.at, cm: "1", t: "array" });
        expect(range.split(":")[0]).toBe(anchor.at);
      }
    }
    const meta = await xml("xl/metadata.xml");
    const type = byLocal(meta, "metadataType");
    expect(type.map((t) => t.attributes.name)).toEqual(["XLDAPR"]);
    const future = byLocal(meta, "futureMetadata")[0];
    expect(future.attributes.name).toBe("XLDAPR");
    expect(byLocal(future, "ext")[0].attributes.uri).toBe("{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}");
    expect(byLocal(future, "dynamicArrayProperties")[0].attributes).toMatchObject({ fDynamic: "1", fCollapsed: "0" });
    // cm="1" is the first cellMetadata record, which points at the first XLDAPR record (t is 1-based, v 0-based).
    expect(byLocal(byLocal(meta, "cellMetadata")[0], "rc").map((rc) => rc.attributes)).toEqual([{ t: "1", v: "0" }]);
    const types = await text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"');
    expect(byLocal(await xml("xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [r.attributes.Type, r.attributes.Target])).toContainEqual([
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
      "metadata.xml",
    ]);
  });

  test("every formula cell and every spilled cell caches the value the engine computes; nothing recalculates on load", async () => {
    const ex = await parts(name);
    const { sheets, xml, engine } = ex;
    const strings = await sharedStrings(ex);
    for (const [sheet, cells] of sheets) {
      const values = engine.values(sheet);
      const spilled = spuCells(cells).flatMap((s) => s.cells);
      const withFormula = [...cells.values()].filter((c) => c.formula).map((c) => c.at);
      for (const at of new Set([...withFormula, ...spilled])) {
        const cell = cells.get(at);
        const { row, col } = parseAddress(at);
        expect({ sheet, at, cached: cell?.value !== undefined }).toEqual({ sheet, at, cached: true });
        expect({ sheet, at, value: cached(cell!, strings) }).toEqual({ sheet, at, value: values[row - 1][col - 1] });
      }
    }
    const calc = byLocal(await xml("xl/workbook.xml"), "calcPr")[0].attributes;
    expect(calc.fullCalcOnLoad).toBeUndefined();
    expect(calc.calcId).toBe("191029");
  });

  test("a web-extension part names the add-in by its manifest id and asks for its pane with the document", async () => {
    const { xml, text } = await parts(name);
    const root = byLocal(await xml("_rels/.rels"), "Relationship").find((r) => r.attributes.Type === "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes");
    expect(root?.attributes.Target).toBe("xl/webextensions/taskpanes.xml");
    const pane = byLocal(await xml("xl/webextensions/taskpanes.xml"), "taskpane")[0];
    expect(pane.namespace).toBe("http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11");
    const ref = byLocal(pane, "webextensionref")[0].attributes["r:id"];
    const rel = byLocal(await xml("xl/webextensions/_rels/taskpanes.xml.rels"), "Relationship").find((r) => r.attributes.Id === ref);
    expect(rel?.attributes).toMatchObject({ Type: "http://schemas.microsoft.com/office/2011/relationships/webextension", Target: "webextension1.xml" });
    const extension = await xml("xl/webextensions/webextension1.xml");
    // Centralized Deployment first; the sideloaded add-in is the alternate Office tries next.
    expect(byLocal(extension, "reference").map((r) => r.attributes)).toEqual([
      { id: addin.id, version: addin.version, store: "EXCatalog", storeType: "EXCatalog" },
      { id: addin.id, version: addin.version, store: "developer", storeType: "Registry" },
    ]);
    expect(byLocal(byLocal(extension, "alternateReferences")[0], "reference")).toHaveLength(1);
    expect(byLocal(extension, "property").map((p) => p.attributes)).toEqual([{ name: "Office.AutoShowTaskpaneWithDocument", value: "true" }]);
    const types = await text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"');
    expect(types).toContain('PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"');
  });

  test("parameters wear Excel's Input style and have names; SPU results the Calculation style and one format down each column of a spill", async () => {
    const { sheets, xml } = await parts(name);
    const styles = await xml("xl/styles.xml");
    const named = byLocal(byLocal(styles, "cellStyles")[0], "cellStyle").map((s) => s.attributes);
    const styleOf = (builtinId: string) => named.find((s) => s.builtinId === builtinId)!.xfId;
    const [input, calculation] = [styleOf("20"), styleOf("22")];
    expect(named.map((s) => s.name)).toEqual(expect.arrayContaining(["Normal", "Input", "Calculation"]));
    const xfs = byLocal(byLocal(styles, "cellXfs")[0], "xf").map((xf) => xf.attributes);
    const styleName = (cell: XlsxCell) => ({ [input]: "Input", [calculation]: "Calculation" })[xfs[cell.style].xfId] ?? "Normal";

    for (const [sheet, cells] of sheets) {
      for (const { anchor, cells: spill } of spuCells(cells)) {
        // A column's format from the spill's first row: a RISK table has amounts and a share.
        const head = (at: string) => cells.get(address(parseAddress(anchor.at).row, parseAddress(at).col))!.style;
        for (const at of spill) expect({ sheet, at, style: styleName(cells.get(at)!), xf: cells.get(at)!.style }).toEqual({ sheet, at, style: "Calculation", xf: head(at) });
      }
    }
    const names = byLocal(await xml("xl/workbook.xml"), "definedName");
    const parameters = names.filter((n) => !n.attributes.name.startsWith("_xlnm."));
    const parametre = sheets.get("Parametre")!;
    const rows = [...parametre.keys()].filter((at) => /^B\d+$/.test(at) && at !== "B1" && !parametre.get(at)!.formula);
    expect(parameters.length).toBe(rows.length);
    for (const n of parameters) {
      const [sheet, range] = n.text.split("!");
      expect(sheet).toBe("Parametre");
      for (const { row, col } of rangeCells(range.replace(/\$/g, ""))) expect({ name: n.attributes.name, style: styleName(parametre.get(address(row, col))!) }).toEqual({ name: n.attributes.name, style: "Input" });
    }
    for (const at of rows) expect(parameters.some((n) => n.text.includes(`$${at.slice(1)}`))).toBe(true);
  });

  test("every sheet prints on A4, one page wide, with its header row on every page", async () => {
    const { zip, xml } = await parts(name);
    const workbook = await xml("xl/workbook.xml");
    const sheets = byLocal(workbook, "sheet").map((s) => s.attributes.name);
    const titles = byLocal(workbook, "definedName").filter((n) => n.attributes.name === "_xlnm.Print_Titles");
    expect(titles.map((t) => sheets[Number(t.attributes.localSheetId)])).toEqual(sheets.filter((s) => s !== "Om"));
    titles.forEach((t) => expect(t.text).toMatch(/!\$1:\$1$/));
    const sheetParts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheetParts.length).toBe(sheets.length);
    for (const part of sheetParts) {
      const sheet = await xml(part);
      expect(byLocal(sheet, "pageSetup")[0].attributes).toMatchObject({ paperSize: "9", fitToWidth: "1", fitToHeight: "0" });
      expect(byLocal(sheet, "pageSetUpPr")[0].attributes.fitToPage).toBe("1");
    }
  });
});

test("the twenty-eight multi-cell SPU results spill as dynamic arrays", async () => {
  let multi = 0;
  for (const name of NAMES) for (const cells of (await parts(name)).sheets.values()) multi += spuCells(cells).filter((s) => s.cells.length > 1).length;
  expect(multi).toBe(28);
});

test("efterskole: the grant and the sum over the schools both read 28.674.000 kr. before the add-in loads", async () => {
  const { sheets } = await parts("efterskole");
  const oversigt = sheets.get("Oversigt")!;
  expect([oversigt.get("B3")!.value, oversigt.get("B4")!.value]).toEqual(["28674000", "28674000"]);
  // The counts per school read the SPU categories with SUMPRODUCT, which an error in them turns into that error.
  expect(sheets.get("Skoler")!.get("C2")!.formula!.text).toMatch(/^SUMPRODUCT\(/);
});

describe("sammenligning: Østerby Kommune's six models, planning and risk", () => {
  const example = comparisonExample();
  const referralCost = example.referrals.reduce((total, r) => total + (r[2] as number), 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const cents = (x: number) => Math.round(x * 100) / 100;
  const fn = (id: string) => implementations.get(id)!;

  /** Each SPU result of `token` on `sheet` as its cached rows, in the order of the sheet. */
  async function results(sheet: string, token: string): Promise<{ anchor: XlsxCell; rows: CellResult[][] }[]> {
    const ex = await parts("sammenligning");
    const strings = await sharedStrings(ex);
    const cells = ex.sheets.get(sheet)!;
    return spuCells(cells)
      .filter((s) => s.anchor.formula!.text.startsWith(`_xldudf_SPU_${token}(`))
      .sort((a, b) => parseAddress(a.anchor.at).row - parseAddress(b.anchor.at).row)
      .map(({ anchor, range }) => {
        const [from, to = from] = range.split(":").map(parseAddress);
        const rows = Array.from({ length: to.row - from.row + 1 }, (_, r) => Array.from({ length: to.col - from.col + 1 }, (__, c) => cached(cells.get(address(from.row + r, from.col + c))!, strings)));
        return { anchor, rows };
      });
  }
  async function value(sheet: string, at: string): Promise<CellResult> {
    const ex = await parts("sammenligning");
    return cached(ex.sheets.get(sheet)!.get(at)!, await sharedStrings(ex));
  }

  test("SPU.COMPARE: the six models' columns each sum to budget − referral cost (8.178.915 kr.), the centre row last", async () => {
    const [{ rows }] = await results("Sammenligning", "COMPARE");
    expect(rows[0]).toEqual(["Skole", ...COMPARED.map((c) => c.title)]);
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(example.schools.map((s) => s[0]));
    expect(rows[rows.length - 1][0]).toBe("Center");
    expect(example.budget - referralCost).toBe(8178915);
    COMPARED.forEach((c, k) => {
      const column = rows.slice(1).map((r) => r[k + 1] as number);
      expect({ model: c.title, sum: cents(sum(column)) }).toEqual({ model: c.title, sum: example.budget - referralCost });
    });
  });

  test("SPU.SOLVE's Viborg rate, put into SPU.COMPARE's settings, has the schools pay 40 % of the referral cost", async () => {
    const [solve] = await results("Planlægning", "SOLVE");
    const rate = solve.rows[0][0] as number;
    expect(rate).toBe(187482);
    const costs = example.referrals.map((r) => [r[2]]);
    const fractions = example.referrals.map((r) => [r[3]]);
    const paidAt = (r: number) => (fn("VIBORG_COST")(costs, fractions, r) as number[][]).map((line) => line[0]);
    const share = (r: number) => sum(paidAt(r)) / referralCost;
    // The whole-krone rate at which the share crosses 40 %.
    expect(share(rate - 1)).toBeLessThan(0.4);
    expect(share(rate + 1)).toBeGreaterThan(0.4);
    expect(share(rate)).toBeCloseTo(0.4, 5);

    // SPU.COMPARE with that rate: each school's Viborg position is its share by classes and socio-economics of what the centre does not keep, less what it pays.
    const settings = [...example.settings, ["viborg.rate", rate]];
    const table = fn("COMPARE")(example.schools, example.referrals, example.budget, settings) as CellResult[][];
    const viborg = 1 + COMPARED.findIndex((c) => c.id === "viborg");
    const paid = paidAt(rate);
    const kept = referralCost - sum(paid);
    const weight = example.settings.find(([name]) => name === "viborg.class_weight")![1];
    const received = fn("VIBORG_ALLOCATION")(example.budget - kept, example.schools.map((s) => [s[2]]), example.schools.map((s) => [s[3]]), weight) as number[][];
    example.schools.forEach(([school], i) => {
      const own = sum(paid.filter((_, j) => example.referrals[j][0] === school));
      expect({ school, position: table[1 + i][viborg] }).toEqual({ school, position: cents(received[i][0] - own) });
    });
    // The schools' payments are 40 % of the cost: the positions give back what they pay.
    const schools = table.slice(1, -1).map((r) => r[viborg] as number);
    expect(cents(sum(received.map((r) => r[0])) - sum(schools)) / referralCost).toBeCloseTo(0.4, 5);
  });

  test("SPU.INDEX moves the solved rate from the budget year over three overslagsår by the index table", async () => {
    const [index] = await results("Planlægning", "INDEX");
    expect(index.rows.map((r) => r[0])).toEqual([187482, 191981.57, 196668.62, 201355.67]);
    expect(cents((187482 * 107.4) / 100)).toBe(201355.67);
  });

  test("SPU.RISK under Viborg, Roskilde and Hjørring: the 6 smallest schools' band (P90 − P10) per pupil is more than twice the 6 largest schools'", async () => {
    const risks = await results("Risiko", "RISK");
    expect(risks).toHaveLength(COMPARED.length);
    const pupils = example.schools.map((s) => s[1] as number);
    const bySize = pupils.map((_, i) => i).sort((a, b) => pupils[a] - pupils[b]);
    const mean = (values: number[]) => sum(values) / values.length;
    const bands: Record<string, number> = {};
    for (const { anchor, rows } of risks) {
      expect(anchor.formula!.text).toMatch(/, Parametre!\$B\$10, Parametre!\$B\$11\)$/);
      // The model is named by the COMPARE header cell the formula reads.
      const model = String(await value("Sammenligning", /^_xldudf_SPU_RISK\(Sammenligning!\$([A-G])\$2,/.exec(anchor.formula!.text)![1] + "2"));
      expect(rows[0]).toEqual(["Skole", "P10", "P50", "P90", "Sandsynlighed for underskud"]);
      const relative = (i: number) => ((rows[1 + i][3] as number) - (rows[1 + i][1] as number)) / pupils[i];
      bands[model] = mean(bySize.slice(0, 6).map(relative)) / mean(bySize.slice(-6).map(relative));
    }
    expect(Object.keys(bands)).toEqual(COMPARED.map((c) => c.title));
    for (const model of ["Viborg", "Roskilde", "Hjørring"]) expect({ model, ratio: bands[model] > 2 }).toEqual({ model, ratio: true });
  });

  test("the committee note: key figures and the per-school table as formulas over the other sheets, every setting's seed sentence quoted with its source", async () => {
    const ex = await parts("sammenligning");
    const note = ex.engine.values("Udvalgsnotat");
    const figure = (label: string) => note.find((r) => r[0] === label)?.[4];
    expect([figure("Budget til specialundervisning"), figure("Udgift til visitationer"), figure("Antal skoler"), figure("Antal visitationer"), figure("Nuværende model")]).toEqual([
      example.budget,
      referralCost,
      36,
      1100,
      "Roskilde",
    ]);
    expect(figure("Viborg-takst, der giver skolerne denne andel")).toBe(187482);
    const [{ rows: compare }] = await results("Sammenligning", "COMPARE");
    const top = note.findIndex((r) => String(r[0]).startsWith("Nettoposition pr. skole"));
    expect(note.slice(top + 1, top + 1 + compare.length).map((r) => r.slice(0, 7))).toEqual(compare);
    const cells = ex.sheets.get("Udvalgsnotat")!;
    expect(cells.get(`G${top + 3}`)!.formula!.text).toBe("Sammenligning!G3");
    const text = note.map((r) => String(r[0] ?? "").trim()).join(" ");
    for (const s of SETTINGS) {
      const quote = `“${t("da", key("seed", s.id))}”`;
      expect({ setting: s.id, quoted: text.includes(quote) }).toEqual({ setting: s.id, quoted: true });
    }
    expect(text).toContain("Kilde: Børne- og Undervisningsministeriet, katalog over ressourcetildelingsmodeller på specialundervisningsområdet, Viborg Kommune.");
    const part = await ex.xml(`xl/worksheets/sheet${[...ex.sheets.keys()].indexOf("Udvalgsnotat") + 1}.xml`);
    expect(byLocal(part, "pageSetup")[0].attributes).toMatchObject({ paperSize: "9", orientation: "portrait", fitToWidth: "1", fitToHeight: "0" });
    expect([byLocal(part, "oddHeader")[0].text, byLocal(part, "oddFooter")[0].text]).toEqual(["&L&F&R&D", "&CSide &P af &N"]);
  });
});

/**
 * LibreOffice stands in for a spreadsheet without the add-in. Told never to recalculate on load, it
 * shows the cached value of a single-cell formula, even one whose function it does not know; but
 * LibreOffice 7.4 recalculates every array formula on load, whatever its cached values, and the
 * spilled SPU formulas are array formulas to it, so they show #NAME? (tried on a copy with one spill
 * written as a single-cell formula: that cell showed its cached value). So the workbook is rendered
 * twice: as Excel shows it before the add-in loads (each spilled SPU formula's cells as their
 * cached values, the single-cell ones as they are), and as is with every formula recalculated,
 * where whatever rests on an SPU result must show an error rather than a number.
 */
/** Each file rendered to PDF by LibreOffice with `profileUrl`, as its text (layout kept). */
function render(files: string[], profileUrl: string, out: string): Record<string, string> {
  const pdfs = renderPdf(files, profileUrl, out);
  return Object.fromEntries(files.map((f, k) => [path.basename(f, ".xlsx"), pdfText(pdfs[k])]));
}

/** The Oversigt rows whose value rests, through any chain of cells, on an SPU result. */
function restsOnSpu(ex: Parts): Set<string> {
  const hf = ex.engine.hf;
  const memo = new Map<string, boolean>();
  const spu = (sheet: number, row: number, col: number): boolean => {
    const key = `${sheet},${row},${col}`;
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, false);
    const formula = hf.getCellFormula({ sheet, row, col });
    // Only SPU formulas spill in the examples, so a cell of an array is an SPU result.
    let found = (formula?.includes("SPU.") ?? false) || hf.isCellPartOfArray({ sheet, row, col });
    if (!found && formula) {
      for (const p of hf.getCellPrecedents({ sheet, row, col })) {
        const cells = "start" in p ? rangeOf(p.start, p.end) : [p];
        if (cells.some((c) => spu(c.sheet, c.row, c.col))) {
          found = true;
          break;
        }
      }
    }
    memo.set(key, found);
    return found;
  };
  const rangeOf = (start: { sheet: number; row: number; col: number }, end: { row: number; col: number }) => {
    const cells = [];
    for (let row = start.row; row <= end.row; row++) for (let col = start.col; col <= end.col; col++) cells.push({ sheet: start.sheet, row, col });
    return cells;
  };
  const id = hf.getSheetId("Oversigt")!;
  const labels = new Set<string>();
  ex.engine.values("Oversigt").forEach((r, row) => {
    if (typeof r[0] === "string" && hf.getCellFormula({ sheet: id, row, col: 1 }) && spu(id, row, 1)) labels.add(r[0]);
  });
  return labels;
}

/** The text after `label` on its last line in a rendering (Oversigt is the last sheet). */
function shown(text: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = [...text.matchAll(new RegExp(`^\\s*${escaped}\\s{2,}(\\S.*?)\\s*$`, "gm"))];
  return lines[lines.length - 1]?.[1];
}

(soffice ? describe : describe.skip)("LibreOffice renderings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spu-render-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("as Excel shows them before the add-in loads: Danish labels and amounts, the cached values, no #NAME?", async () => {
    const files = [];
    for (const name of NAMES) {
      const file = path.join(dir, `${name}.xlsx`);
      await asCached(fs.readFileSync(path.join(EXAMPLE_DIR, `${name}.xlsx`)), file);
      files.push(file);
    }
    const texts = render(files, profile(path.join(dir, "never"), 1), path.join(dir, "cached"));
    for (const name of NAMES) {
      expect({ name, errors: texts[name].match(/#[A-Z/0]+[?!]|#N\/A/g) }).toEqual({ name, errors: null });
      expect(texts[name]).toContain("Oversigt");
      const ex = await parts(name);
      ex.engine.values("Oversigt").forEach((r, row) => {
        const decimals = { '#,##0 "kr."': 0, '#,##0.00 "kr."': 2 }[ex.formats.Oversigt[`${row},1`]];
        // A row with a second label (efterskole's months) prints two amounts on one line: checked below.
        if (typeof r[0] === "string" && typeof r[1] === "number" && decimals !== undefined && r[2] === null) {
          const amount = new Intl.NumberFormat("da-DK", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(r[1]);
          expect({ name, label: r[0], shown: shown(texts[name], r[0]) }).toEqual({ name, label: r[0], shown: `${amount} kr.` });
        }
      });
    }
    expect(shown(texts.efterskole, "Tilskud i alt, sum over skolerne (kr.)")).toBe("28.674.000 kr.");
    expect(shown(texts.efterskole, "Grundlag: skoleåret")).toBe("2016/17");
    expect(shown(texts.efterskole, "august 2016")).toMatch(/^246\.913,57 kr\./);
  }, 300000);

  test("as is, recalculated without the add-in: every total that rests on an SPU result shows an error, none a number", async () => {
    const files = NAMES.map((name) => path.join(EXAMPLE_DIR, `${name}.xlsx`));
    const texts = render(files, profile(path.join(dir, "always"), 0), path.join(dir, "recalculated"));
    for (const name of NAMES) {
      const ex = await parts(name);
      const resting = restsOnSpu(ex);
      expect(resting.size).toBeGreaterThan(0);
      for (const label of resting) expect({ name, label, shown: shown(texts[name], label) }).toEqual({ name, label, shown: expect.stringMatching(/^#[A-Z/0]+[?!]/) });
    }
    expect(restsOnSpu(await parts("efterskole"))).toContain("Tilskud i alt, sum over skolerne (kr.)");
  }, 300000);

  test("sammenligning: the Sammenligning and Udvalgsnotat pages print one A4 page wide, with Danish labels and amounts (PNGs in test-artifacts)", async () => {
    const file = path.join(dir, "sammenligning.xlsx");
    await asCached(fs.readFileSync(path.join(EXAMPLE_DIR, "sammenligning.xlsx")), file);
    const [pdf] = renderPdf([file], profile(path.join(dir, "pages"), 1), path.join(dir, "pages"));
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1000", pdf]).toString();
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    const texts = sizes.map((_, p) => pdfText(pdf, p + 1));
    const ex = await parts("sammenligning");
    const example = comparisonExample();
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const [sheet, title, decimals, size] of [
      ["Sammenligning", da["out.compare"], 2, [842, 595]],
      ["Udvalgsnotat", "Udvalgsnotat: Østerby Kommune – seks modeller side om side", 0, [595, 842]],
    ] as const) {
      // The title row repeats on every page of its sheet.
      const pages = texts.map((text, p) => (text.includes(title) ? p : -1)).filter((p) => p >= 0);
      expect({ sheet, pages: pages.length > 0 }).toEqual({ sheet, pages: true });
      for (const p of pages) expect({ sheet, page: p + 1, size: sizes[p] }).toEqual({ sheet, page: p + 1, size });
      const printed = pages.map((p) => texts[p]).join("\n");
      // No error, and no ### of a column too narrow for its amounts.
      expect({ sheet, errors: printed.match(/#[A-Z/0]+[?!]|#N\/A|##/g) }).toEqual({ sheet, errors: null });
      // One page wide: each school's name and its six amounts, Hjørring's last, on one printed line.
      const amount = (x: number) => `${new Intl.NumberFormat("da-DK", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x)} kr.`;
      const schools = ex.engine.values(sheet).filter((r) => typeof r[0] === "string" && example.schools.some((s) => s[0] === r[0]) && r.slice(1, 7).every((v) => typeof v === "number"));
      expect(schools.length).toBeGreaterThanOrEqual(example.schools.length);
      for (const r of schools.slice(0, example.schools.length)) {
        const line = new RegExp(`${escape(String(r[0]))}\\s+${r.slice(1, 7).map((v) => escape(amount(v as number))).join("\\s+")}`);
        expect({ sheet, school: r[0], printed: line.test(printed) }).toEqual({ sheet, school: r[0], printed: true });
      }
      pages.forEach((p, k) => execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(p + 1), "-l", String(p + 1), "-singlefile", pdf, path.join(ARTIFACTS, `examples-sammenligning-${sheet.toLowerCase()}-${k + 1}`)]));
    }
  }, 300000);
});
