import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { ExcelWorkbook } from "../../src/taskpane/excel-workbook";
import { Pane } from "../../src/taskpane/pane";
import { da } from "../../src/texts/da";
import { key, t } from "../../src/texts";
import { COMPARISON, comparedBook, sampleBook } from "./compared";
import { SETTINGS } from "../../src/taskpane/forms";
import { paramLabel } from "../../src/taskpane/layout";
import { HostBook } from "../../tools/workbench/book";
import { fakeOffice } from "../../tools/workbench/fake-office";
import { SAMPLE_BOOK } from "../../tools/workbench/samples";
import { toWorkbook } from "../../tools/workbench/to-workbook";
import { manifestAddIn } from "../../tools/xlsx/manifest";
import { writeXlsx } from "../../tools/xlsx/write-xlsx";
import { descendants, parseXml } from "../helpers/xml";
import { asCached, pdfText, profile, renderPdf, soffice } from "./libreoffice";

/**
 * The committee note (Skriv udvalgsnotat) as the real pane writes it through Office.js into the
 * workbench's workbook, evaluated by the engine over the built functions: live formulas over the
 * comparison sheet with the values they compute, Office.js's page setup, the same workbook written
 * as .xlsx (pageSetup, fitToPage, headerFooter) and, where LibreOffice is installed, printed to
 * PDF: A4, the note one page wide, Danish labels and amounts. The first page of the note is kept
 * as test-artifacts/note-libreoffice.png.
 */
const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const NOTE = "SPU Udvalgsnotat";
const MODELS = ["Nordfyns", "Hørsholm", "Aalborg", "Roskilde", "Viborg", "Hjørring"];
const SCHOOLS = ["Nordskolen", "Sydskolen", "Østskolen", "Vestskolen", "Byskolen", "Åskolen"];
const danish = (n: number) => `${new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 }).format(n)} kr.`;

/** Rows of a sheet's values from the row whose first cell is `title`. */
function after(rows: unknown[][], title: string): unknown[][] {
  const at = rows.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.slice(at + 1);
}

describe("Skriv udvalgsnotat", () => {
  let host: HostBook;
  let pane: Pane;
  beforeAll(async () => ({ host, pane } = await comparedBook()));

  test("before a comparison there is nothing to write a note about", async () => {
    const fresh = sampleBook();
    expect(await new Pane(new ExcelWorkbook(), "da").writeNote()).toEqual({ ok: false, problems: [da["err.compareFirst"]] });
    expect(fresh.sheets.map((s) => s.name)).toEqual(Object.keys(SAMPLE_BOOK));
    Object.assign(globalThis, fakeOffice(host, "da-DK"));
  });

  test("the key figures, each model's largest gain and loss against the current model, and the tables, as live formulas over the comparison", async () => {
    expect(await pane.writeNote()).toMatchObject({ ok: true, sheet: NOTE });
    const note = host.engine.values(NOTE);
    const compare = host.engine.values(COMPARISON);
    // The COMPARE spill's header, the first row naming the models.
    const header = compare.findIndex((r) => r[1] === "Nordfyns" && r[2] === "Hørsholm");
    const positions = compare.slice(header + 1, header + 1 + SCHOOLS.length).map((r) => r.slice(1, 7) as number[]);

    expect(note[0][0]).toBe("Udvalgsnotat: seks modeller for budgettet til specialundervisning");
    expect(after(note, "Spørgsmål")[0][0]).toBe("Hvordan ville de seks modeller fordele budgettet til specialundervisning på kommunens skoler?");
    const figures = after(note, "Nøgletal");
    expect(figures.slice(0, 5).map((r) => [r[0], r[2]])).toEqual([
      ["Budget til specialundervisning", 10000000],
      ["Udgift til visitationer", 5280000],
      ["Antal skoler", 6],
      ["Antal visitationer", 8],
      ["Nuværende model", "Roskilde"],
    ]);
    // Against Roskilde: each school's position under the model less its position under Roskilde.
    const extremes = after(note, "Største gevinst og tab for en skole under hver model i forhold til Roskilde");
    expect(extremes[0].slice(0, 5)).toEqual(["Model", "Største gevinst", "Største tab", "Skole (gevinst)", "Skole (tab)"]);
    MODELS.forEach((model, k) => {
      const change = positions.map((p) => p[k] - p[3]);
      const [gain, loss] = [Math.max(...change), Math.min(...change)];
      expect(extremes[1 + k].slice(0, 5)).toEqual([model, gain, loss, SCHOOLS[change.indexOf(gain)], SCHOOLS[change.indexOf(loss)]]);
    });
    expect(extremes[4].slice(1, 3)).toEqual([0, 0]);
    const table = after(note, "Nettoposition pr. skole under hver model (modtager minus betaler), fra SPU.COMPARE");
    expect(table[0].slice(0, 7)).toEqual(["Skole", ...MODELS]);
    expect(table.slice(1, 8).map((r) => r.slice(0, 7))).toEqual(compare.slice(header + 1, header + 8).map((r) => r.slice(0, 7)));

    // Live: the budget edited on the comparison sheet reaches the note.
    const budgetRow = compare.findIndex((r) => r[0] === "Budget til specialundervisning (kr.)");
    host.engine.setContents(COMPARISON, `B${budgetRow + 1}`, 12000000);
    expect(after(host.engine.values(NOTE), "Nøgletal")[0][2]).toBe(12000000);
    host.engine.setContents(COMPARISON, `B${budgetRow + 1}`, 10000000);

    // The formulas, never pasted values: the figures and the table reference the comparison sheet.
    const sheet = host.sheet(NOTE)!;
    const at = (label: string) => note.findIndex((r) => r[0] === label);
    expect(host.formula(NOTE, at("Budget til specialundervisning"), 2)).toBe(`='${COMPARISON}'!$B$${budgetRow + 1}`);
    expect(host.formula(NOTE, at("Antal skoler"), 2)).toMatch(/^=COUNT\('SPU Sammenligning'!\$B\$\d+:\$B\$\d+\)$/);
    expect(String(host.formula(NOTE, at("Nøgletal") + 9, 1))).toMatch(/^=MAX\(\$B\$\d+:\$B\$\d+\)$/);
    expect(sheet.charts.map((c) => ({ title: c.title, labels: c.labels, stacked: c.stacked }))).toEqual([{ title: "Største gevinst og tab for en skole pr. model", labels: true, stacked: false }]);
  });

  test("every parameter and setting with its live value, its cell and the seed sentence it comes from, and each model in plain Danish", () => {
    const note = host.engine.values(NOTE);
    const assumptions = after(note, "Forudsætninger: de værdier, sammenligningsarket regner med");
    const row = (label: string) => assumptions.findIndex((r) => r[0] === label);
    const threshold = row("Roskilde: grænse, almindelige tilbud (kr.)");
    expect(assumptions[threshold].slice(4, 6)).toEqual([354000, expect.stringMatching(/^SPU Sammenligning!\$B\$\d+$/)]);
    // The quote over the lines below the parameter, then its source.
    const lines = assumptions.slice(threshold + 1, threshold + 6).map((r) => String(r[0]).trim());
    const source = lines.findIndex((l) => l.startsWith("Kilde:"));
    expect(lines.slice(0, source).join(" ")).toBe(`“${t("da", "seed.roskilde.threshold")}”`);
    expect(lines.slice(source).join(" ")).toMatch(/^Kilde: Børne- og Undervisningsministeriet, katalog over ressourcetildelingsmodeller på specialundervisningsområdet, Roskilde Kommune\./);
    const weight = row("Viborg: vægt på antal klasser");
    expect(assumptions[weight][4]).toBe(0.5);
    expect(assumptions[weight + 1][0]).toBe("Kataloget giver intet tal: kommunen fastsætter det.");
    expect(assumptions[row("Budget til specialundervisning (kr.)") + 1][0]).toBe("Kommunens eget tal, sat i ruden; kataloget giver intet tal.");
    // A blank setting stays blank (a bare reference would read 0).
    expect(assumptions[row("Hjørring: gennemsnitstakst (kr.)")][4]).toBe("");
    for (const s of SETTINGS) expect({ setting: s.id, at: row(paramLabel("da", s)) >= 0 }).toEqual({ setting: s.id, at: true });
    const models = after(note, "De seks modeller").map((r) => r[0]);
    expect(models.filter((m) => MODELS.includes(String(m)))).toEqual(MODELS);
    expect(models.join(" ")).toContain("Skolerne betaler specialundervisning op til 354.000 kr. pr. elev pr. år; centrale midler kompenserer 75 pct. herover");
  });

  test("written after the risk and scenario sheets, the note quotes their readings, live", async () => {
    const threshold = SETTINGS.find((p) => p.id === "roskilde.threshold")!;
    expect(await pane.selectScenarioModel("roskilde")).toBeUndefined();
    expect(await pane.setScenarioValue(1, threshold, "400.000")).toBeUndefined();
    expect(await pane.writeScenarios()).toMatchObject({ ok: true, sheet: "SPU Scenarier" });
    expect(await pane.computeRisk(() => undefined)).toMatchObject({ ok: true, sheet: "SPU Risiko" });
    expect(await pane.writeNote()).toMatchObject({ ok: true, sheet: NOTE });
    const note = host.engine.values(NOTE);
    const risk = after(host.engine.values("SPU Risiko"), t("da", "risk.reading"));
    const riskQuoted = after(note, t("da", "note.risk")).slice(0, MODELS.length);
    // The sentence and its amount, per model, as the risk sheet shows them.
    expect(riskQuoted.map((r) => [r[0], r[5]])).toEqual(risk.slice(0, MODELS.length).map((r) => [r[0], r[5]]));
    expect(riskQuoted.map((r) => String(r[0]))).toEqual(MODELS.map((m) => expect.stringContaining(`${m}-modellen`)));
    const scenarios = after(host.engine.values("SPU Scenarier"), t("da", "scen.reading")).slice(0, 3);
    expect(after(note, t("da", "note.scenarios")).slice(0, 3).map((r) => r.slice(0, 5))).toEqual(scenarios.map((r) => r.slice(0, 5)));
    // Live: the threshold edited on the scenario sheet reaches the note.
    const before = after(note, t("da", "note.scenarios"))[2][1];
    const row = host.engine.values("SPU Scenarier").findIndex((r) => r[0] === "grænse, almindelige tilbud (kr.)") + 1;
    host.engine.setContents("SPU Scenarier", `C${row}`, 300000);
    expect(after(host.engine.values(NOTE), t("da", "note.scenarios"))[2][1]).not.toEqual(before);
  }, 120000);

  test("the seed sentence of every setting is the catalogue's, word for word", () => {
    const seed = fs.readFileSync(path.resolve(__dirname, "../../../shared/seeds/katalog-ressourcetildelingsmodeller.txt"), "utf8");
    const catalogue = seed.replace(/-\s*\n\s*/g, "").replace(/\s+/g, " ");
    for (const s of SETTINGS) {
      const quote = t("da", key("seed", s.id));
      expect({ setting: s.id, quoted: catalogue.includes(quote) }).toEqual({ setting: s.id, quoted: true });
    }
  });

  test("A4 portrait, one page wide, the workbook's name and date above, Side &P af &N below: in Office.js and in the written .xlsx", async () => {
    expect(host.sheet(NOTE)!.page).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftHeader: "&F",
      rightHeader: "&D",
      centerFooter: "Side &P af &N",
    });
    const { book, cached } = toWorkbook(host);
    const bytes = await writeXlsx(book, cached, manifestAddIn(path.join(ROOT, "manifest.xml")));
    const zip = await JSZip.loadAsync(bytes);
    const index = book.sheets.findIndex((s) => s.name === NOTE) + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain("<headerFooter><oddHeader>&amp;L&amp;F&amp;R&amp;D</oddHeader><oddFooter>&amp;CSide &amp;P af &amp;N</oddFooter></headerFooter>");
    const cols = descendants(parseXml(xml)).filter((e) => e.local === "col");
    expect(cols.map((c) => Number(c.attributes.width))).toEqual([22.7, 15.7, 15.7, 15.7, 15.7, 15.7, 15.7]);

    if (!soffice) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spu-note-"));
    try {
      const file = path.join(dir, "udvalgsnotat.xlsx");
      await asCached(bytes, file);
      const [pdf] = renderPdf([file], profile(path.join(dir, "profile"), 1), dir);
      const info = execFileSync("pdfinfo", [pdf]).toString();
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const texts = Array.from({ length: pages }, (_, p) => pdfText(pdf, p + 1));
      const first = texts.findIndex((t) => t.includes("Udvalgsnotat: seks modeller"));
      expect(first).toBeGreaterThanOrEqual(0);
      const page = texts[first];
      // Danish labels and amounts; the positions table's last model column on the same page as its schools: one page wide.
      expect(page).toMatch(/Budget til specialundervisning\s+10\.000\.000 kr\./);
      expect(page).toContain("Center");
      expect(page).toMatch(/Udgift til visitationer\s+5\.280\.000 kr\./);
      const compare = host.engine.values(COMPARISON);
      const nord = compare.find((r) => r[0] === "Nordskolen" && typeof r[6] === "number")!;
      expect(page).toMatch(new RegExp(`Nordskolen\\s+.*${danish(nord[6] as number).replace(/\./g, "\\.")}`));
      // The note is the last sheet: its pages are the last ones.
      const notePages = texts.slice(first).join("");
      expect(notePages.match(/#[A-Z/0]+[?!]|#N\/A/g)).toBeNull();
      expect(notePages).toContain("De seks modeller");
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(first + 1), "-l", String(pages), pdf, path.join(ARTIFACTS, "note-libreoffice")]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300000);
});
