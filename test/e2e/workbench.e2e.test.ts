import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { loadFunctions } from "../../tools/engine/load-functions";
import { createSpuEngine, SpuEngine } from "../../tools/engine/spu-engine";
import { engineFormula, localFormula } from "../../tools/workbench/notation";
import { readXlsx } from "../../tools/xlsx-contents";
import { ARTIFACTS, available, CHROMIUM, launch, server } from "./browser";

/**
 * The workbench itself (npm start on Linux) in a real browser: cells edited by typing and in the
 * formula bar, in the pane's notation, the results following; the example picker's names; the
 * help pages under /docs/. Screenshots: test-artifacts/workbench-*.png at 1400 and 400 px wide.
 * Without chromium the browser part is skipped (a failure under CI=true).
 */
jest.setTimeout(60000);

describe("formulas in the user's notation", () => {
  test.each([
    ["=SPU.ROSKILDE_COST(Visitationer!C2:C9,Visitationer!B2:B9)", "=SPU.ROSKILDE_COST(Visitationer!C2:C9;Visitationer!B2:B9)"],
    ["=SUMIF(Visitationer!$A$2:$A$861,A2,Visitationer!$E$2:$E$861)*0.5+.25", "=SUM.HVIS(Visitationer!$A$2:$A$861;A2;Visitationer!$E$2:$E$861)*0,5+,25"],
    // Quoted text and sheet names, doubled quotes and structured references are left as they are.
    [`=IF('Ark, 1''s'!B3>1.5,"a;b,c ""x, y""",ROUND(Tabel[[#Data],[Ud,gift]],2))`, `=HVIS('Ark, 1''s'!B3>1,5;"a;b,c ""x, y""";AFRUND(Tabel[[#Data],[Ud,gift]];2))`],
    ["=IFERROR(INDEX(A2:A9,MATCH(MAX(B2:B9),B2:B9,0)),\"\")", '=HVIS.FEJL(INDEKS(A2:A9;SAMMENLIGN(MAKS(B2:B9);B2:B9;0));"")'],
    // Danish TIME is HOUR; a cell reference's digits (B2) and an SPU name's dot stay.
    ["=HOUR(B2)+TIME(1,2,3)+SPU.INDEX(B2,1.5E+3)", "=TIME(B2)+TID(1;2;3)+SPU.INDEX(B2;1,5E+3)"],
  ])("%s ↔ %s", (engine, danish) => {
    expect(localFormula(engine, "da")).toBe(danish);
    expect(engineFormula(danish, "da")).toBe(engine);
    expect(localFormula(engine, "en")).toBe(engine);
    expect(engineFormula(engine, "en")).toBe(engine);
  });
});

if (!available) {
  console.warn(`SKIPPED the workbench's browser suite: no chromium at ${CHROMIUM}. Install it with apt-get install chromium.`);
}

type Value = string | number | boolean | null | { error: string; message: string };
interface Host {
  spuHost: { book: { engine: { value(sheet: string, address: string): Value } } };
}

(available ? describe : describe.skip)("the workbench in a real browser", () => {
  let browser: BrowserContext;
  let page: Page;
  let url: string;
  let close: () => Promise<void>;
  /** The Roskilde example as the workbench opens it, evaluated in Node: what the page must show after the same edits. */
  let expected: SpuEngine;

  beforeAll(async () => {
    server.build();
    const served = await server.serve({ port: 0 });
    [url, close] = [served.url, served.close];
    browser = await launch({ width: 1400, height: 900 });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (e) => console.error("page error:", e.message));
    const { implementations, metadata } = loadFunctions();
    expected = createSpuEngine((await readXlsx(path.resolve(__dirname, "../../assets/examples/roskilde.xlsx"))).sheets, implementations, metadata);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  async function open(query: string): Promise<void> {
    await page.goto(`${url}?${query}`);
    await page.frameLocator("#pane").locator("#compute").waitFor();
  }

  const value = (sheet: string, address: string) => page.evaluate(([s, a]) => (window as unknown as Host).spuHost.book.engine.value(s, a), [sheet, address]);
  const cell = (address: string) => page.locator(`.grid td[data-cell="${address}"]`);
  const bar = () => page.locator(".formula-input");

  async function selectCell(sheet: string, address: string): Promise<void> {
    await page.click(`.tabs [data-sheet="${sheet}"]`);
    await cell(address).click();
  }

  describe("in Danish", () => {
    beforeAll(() => open("example=roskilde&lang=da-DK"));

    test("typing a Danish number over a parameter and pressing Enter recomputes the SPU results", async () => {
      await selectCell("Parametre", "B7");
      await expect(bar().inputValue()).resolves.toBe("185000000");
      await page.keyboard.type("200.000.000");
      await expect(page.locator(".cell-editor").inputValue()).resolves.toBe("200.000.000");
      await expect(bar().inputValue()).resolves.toBe("200.000.000");
      await page.screenshot({ path: path.join(ARTIFACTS, "workbench-edit-1400.png") });
      await page.keyboard.press("Enter");
      await expect(value("Parametre", "B7")).resolves.toBe(200000000);
      await expect(cell("B7").textContent()).resolves.toBe("200.000.000 kr.");
      // Enter moves down, as in Excel.
      await expect(page.locator(".name-box").inputValue()).resolves.toBe("Parametre!B8");

      // The pool is allocated to the krone: the schools now receive 200.000.000 kr.
      await expect(value("Oversigt", "B5")).resolves.toBe(200000000);
      const before = expected.value("Skoler", "E2") as number;
      expected.setContents("Parametre", "B7", 200000000);
      for (const at of ["E2", "E3", "E33", "G2"]) await expect(value("Skoler", at)).resolves.toBe(expected.value("Skoler", at));
      // Each school's share grows with the pool (to the krone: 200/185 of it, give or take 1 kr.).
      expect(Math.abs((expected.value("Skoler", "E2") as number) - (before * 200) / 185)).toBeLessThanOrEqual(1);

      // 0,6 over the 75 % compensation: the central compensation follows, schools pay the rest.
      await selectCell("Parametre", "B3");
      await expect(bar().inputValue()).resolves.toBe("75 %");
      await page.keyboard.type("0,6");
      await page.keyboard.press("Enter");
      await expect(value("Parametre", "B3")).resolves.toBe(0.6);
      await expect(cell("B3").textContent()).resolves.toBe("60,0\u00a0%");
      expected.setContents("Parametre", "B3", 0.6);
      const [costs, paid, central] = [await value("Oversigt", "B2"), await value("Oversigt", "B3"), await value("Oversigt", "B4")];
      expect(central).toBe(expected.value("Oversigt", "B4"));
      expect(paid).toBe(expected.value("Oversigt", "B3"));
      expect(Math.round(((paid as number) + (central as number)) * 100)).toBe(Math.round((costs as number) * 100));
    });

    test("Escape leaves the cell as it was; text stays text; Delete clears", async () => {
      await selectCell("Parametre", "B2");
      await page.keyboard.type("999");
      await page.keyboard.press("Escape");
      await expect(value("Parametre", "B2")).resolves.toBe(354000);
      await expect(cell("B2").textContent()).resolves.toBe("354.000 kr.");
      await expect(bar().inputValue()).resolves.toBe("354000");
      await expect(page.locator(".cell-editor").count()).resolves.toBe(0);

      await selectCell("Parametre", "D7");
      await page.keyboard.type("Budget 2027, 1.000 elever");
      await page.keyboard.press("Enter");
      await expect(value("Parametre", "D7")).resolves.toBe("Budget 2027, 1.000 elever");

      // F2 edits the content as it is; a double click does the same.
      await selectCell("Parametre", "D7");
      await page.keyboard.press("F2");
      await expect(page.locator(".cell-editor").inputValue()).resolves.toBe("Budget 2027, 1.000 elever");
      await page.keyboard.press("Escape");
      await cell("D7").dblclick();
      await expect(page.locator(".cell-editor").inputValue()).resolves.toBe("Budget 2027, 1.000 elever");
      await page.keyboard.press("Escape");
      await page.keyboard.press("Delete");
      await expect(value("Parametre", "D7")).resolves.toBeNull();
    });

    test("the formula bar shows an SPU formula in Danish notation", async () => {
      await selectCell("Visitationer", "E2");
      await expect(bar().inputValue()).resolves.toBe(
        "=SPU.ROSKILDE_COST(C2:C861;B2:B861;D2:D861;Parametre!$B$2;Parametre!$B$3;Parametre!$B$4;Parametre!$B$5;Parametre!$B$6)"
      );
      await selectCell("Skoler", "F2");
      await expect(bar().inputValue()).resolves.toBe("=SUM.HVIS(Visitationer!$A$2:$A$861;A2;Visitationer!$E$2:$E$861)");
      await selectCell("Oversigt", "B7");
      await expect(bar().inputValue()).resolves.toBe("=SPU.INCLUSION_RATE(Skoler!B2:B33;Skoler!H2:H33)");
    });

    test("a formula typed in Danish notation in the formula bar is computed, and read back as typed", async () => {
      await selectCell("Oversigt", "C2");
      await bar().fill("=AFRUND(SUM(Parametre!B2;0,5)*1,5;0)");
      await bar().press("Enter");
      await expect(value("Oversigt", "C2")).resolves.toBe(531001); // (354.000 + 0,5) × 1,5 = 531.000,75
      await expect(page.locator(".name-box").inputValue()).resolves.toBe("Oversigt!C3");

      // Text in quotes keeps its ; and , and a quoted sheet name its quotes.
      await bar().fill(`=HVIS('Parametre'!B3>0,5;"over 0,5; ja";"nej")`);
      await bar().press("Enter");
      await expect(value("Oversigt", "C3")).resolves.toBe("over 0,5; ja");
      await selectCell("Oversigt", "C3");
      await expect(bar().inputValue()).resolves.toMatch(/^=HVIS\('?Parametre'?!B3>0,5;"over 0,5; ja";"nej"\)$/);

      // The grid's edit follows the bar too: Escape in the bar restores the cell's formula.
      await bar().fill("=1");
      await bar().press("Escape");
      await expect(value("Oversigt", "C3")).resolves.toBe("over 0,5; ja");

      // An SPU formula typed in the bar spills like the example's.
      await selectCell("Oversigt", "C5");
      await bar().fill("=SPU.ALLOCATE(Parametre!B7;Skoler!D2:D3)");
      await bar().press("Enter");
      const [first, second] = [(await value("Oversigt", "C5")) as number, (await value("Oversigt", "C6")) as number];
      expect(first + second).toBe(200000000);
      expect(first / second).toBeCloseTo((expected.value("Skoler", "D2") as number) / (expected.value("Skoler", "D3") as number), 6);
      await selectCell("Oversigt", "C5");
      await page.screenshot({ path: path.join(ARTIFACTS, "workbench-formula-1400.png") });
    });

    test("the picker names each example by its model, municipality and file", async () => {
      const options = await page.locator("#examples option").evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(Object.fromEntries(options)).toEqual({
        aalborg: "Aalborg — områdemodel med Fokusklasser: Fjordby Kommune (aalborg.xlsx)",
        efterskole: "Efterskoler — taxametertilskud: Efterskoler i Vestdal (efterskole.xlsx)",
        hjorring: "Hjørring — gennemsnitstakst: Nordstrand Kommune (hjorring.xlsx)",
        horsholm: "Hørsholm — samarbejdsmodel: Lyngholm Kommune (horsholm.xlsx)",
        nordfyns: "Nordfyns — fælles central pulje: Ørslev Kommune (nordfyns.xlsx)",
        roskilde: "Roskilde — medfinansiering: Skovlund Kommune (roskilde.xlsx)",
        sammenligning: "Sammenlign modeller: Østerby Kommune (sammenligning.xlsx)",
        viborg: "Viborg — fast takst ved visitation: Hedeby Kommune (viborg.xlsx)",
        "built-in": "Indbygget eksempel",
        blank: "Tom projektmappe",
      });
      await expect(page.locator("#examples").inputValue()).resolves.toBe("roskilde");
      await expect(page.locator("#examples-label").textContent()).resolves.toBe("Eksempel");
    });

    test("the pane's help link opens the model's Danish help page in the workbench", async () => {
      const pane = page.frameLocator("#pane");
      const [help] = await Promise.all([page.waitForEvent("popup"), pane.locator("#help").click()]);
      await help.waitForLoadState();
      expect(new URL(help.url()).pathname).toBe("/docs/da/roskilde.html");
      await expect(help.locator("h1").textContent()).resolves.toMatch(/^Roskilde/);
      await help.close();
    });
  });

  test("in English: the formula bar in en-US notation, English numbers, English names", async () => {
    await open("example=roskilde&lang=en-US");
    await selectCell("Skoler", "F2");
    await expect(bar().inputValue()).resolves.toBe("=SUMIF(Visitationer!$A$2:$A$861,A2,Visitationer!$E$2:$E$861)");
    await selectCell("Visitationer", "E2");
    await expect(bar().inputValue()).resolves.toMatch(/^=SPU\.ROSKILDE_COST\(C2:C861,B2:B861,D2:D861,Parametre!\$B\$2,/);
    await selectCell("Parametre", "B7");
    await page.keyboard.type("190,000,000.5");
    await page.keyboard.press("Tab");
    await expect(value("Parametre", "B7")).resolves.toBe(190000000.5);
    await expect(page.locator(".name-box").inputValue()).resolves.toBe("Parametre!C7");
    await selectCell("Parametre", "B3");
    await bar().fill("60");
    await bar().press("Enter");
    await expect(value("Parametre", "B3")).resolves.toBe(0.6); // a percent cell: 60 is 60 %
    await selectCell("Oversigt", "C2");
    await bar().fill("=ROUND(SUM(Parametre!B2,0.5)*1.5,0)");
    await bar().press("Enter");
    await expect(value("Oversigt", "C2")).resolves.toBe(531001);
    const names = await page.locator("#examples option").allTextContents();
    expect(names).toContain("Roskilde — co-financing: Skovlund Kommune (roskilde.xlsx)");
    expect(names).toContain("Compare models: Østerby Kommune (sammenligning.xlsx)");
    expect(names.slice(-2)).toEqual(["Built-in example", "Blank workbook"]);
    await expect(page.locator("#examples-label").textContent()).resolves.toBe("Example");
    const pane = page.frameLocator("#pane");
    await expect(pane.locator("#help").getAttribute("href")).resolves.toBe("docs/roskilde.html");
  });

  test("Indsæt eksempeldata writes the model's example into a blank workbook, computed; a second time it refuses", async () => {
    await open("blank&lang=da-DK");
    const pane = page.frameLocator("#pane");
    await pane.locator("#model").click();
    await pane.locator('#model fluent-option[value="viborg"]').click();
    await pane.locator("#insert-example").click();
    await expect(pane.locator("#example-note").textContent()).resolves.toMatch(/^Eksempeldata er indsat i arkene Om, Parametre, /);
    await expect(pane.locator("#example-note").getAttribute("class")).resolves.toBe("hint");
    // The same cells as the shipped workbook, computed by the same functions.
    const { implementations, metadata } = loadFunctions();
    const file = await readXlsx(path.resolve(__dirname, "../../assets/examples/viborg.xlsx"));
    const shipped = createSpuEngine(file.sheets, implementations, metadata);
    for (const [sheet, at] of [["Skoler", "D2"], ["Skoler", "F2"], ["Oversigt", "B2"], ["Oversigt", "B3"]]) {
      await expect(value(sheet, at)).resolves.toBe(shipped.value(sheet, at));
    }
    expect(typeof (await value("Skoler", "D2"))).toBe("number");
    await page.click('.tabs [data-sheet="Skoler"]');
    await page.screenshot({ path: path.join(ARTIFACTS, "workbench-insert-example.png") });
    await expect(page.locator(".tabs [data-sheet]").allTextContents()).resolves.toEqual(["Ark1", ...Object.keys(file.sheets)]);
    await pane.locator("#insert-example").click();
    await expect(pane.locator("#example-note").textContent()).resolves.toBe("Projektmappen har allerede et ark med navnet 'Om': intet er indsat.");
    await expect(pane.locator("#example-note").getAttribute("class")).resolves.toBe("note");
  });

  test.each([
    ["docs/", "SPU: special-education allocation models in Excel"],
    ["docs", "SPU: special-education allocation models in Excel"],
    ["docs/da/", "SPU: ressourcetildelingsmodeller for specialundervisning i Excel"],
    ["docs/roskilde.html", "Roskilde: partly decentral co-financing (medfinansiering)"],
    ["docs/da/roskilde.html", /^Roskilde/],
  ])("/%s is a help page", async (at, heading) => {
    const response = await page.goto(`${url}${at}`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/${at.replace(/^docs$/, "docs/")}`);
    await expect(page.locator("h1").textContent()).resolves.toMatch(heading);
    // The index's links resolve from there.
    if (at.endsWith("/") || at === "docs") {
      const first = await page.locator("a[href$='.html']").first().getAttribute("href");
      expect((await page.request.get(new URL(first!, page.url()).toString())).status()).toBe(200);
    }
  });

  test.each([1400, 400])("at %i px wide the grid, the formula bar and the pane are usable", async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await open("example=roskilde&lang=da-DK");
    await selectCell("Visitationer", "E2");
    const formula = (await bar().boundingBox())!;
    const grid = (await page.locator(".grid-scroll").boundingBox())!;
    const pane = (await page.locator("#pane").boundingBox())!;
    expect(formula.x + formula.width).toBeLessThanOrEqual(width);
    expect(formula.width).toBeGreaterThan(width < 900 ? 200 : 500);
    expect(grid.width).toBeGreaterThan(width < 900 ? 350 : 700);
    // Narrow, the pane takes the page's width below the workbook; nothing sticks out sideways.
    expect(pane.width).toBeGreaterThanOrEqual(width < 900 ? width - 2 : 370);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    await page.keyboard.type("=1");
    const editor = (await page.locator(".cell-editor").boundingBox())!;
    expect(editor.width).toBeGreaterThan(100);
    await page.screenshot({ path: path.join(ARTIFACTS, `workbench-${width}.png`) });
    await page.keyboard.press("Escape");
    await page.screenshot({ path: path.join(ARTIFACTS, `workbench-${width}-page.png`), fullPage: true });
  });
});

if (!available && process.env.CI === "true") {
  test("the workbench's browser suite ran (CI=true forbids skipping it)", () => {
    throw new Error(`CI=true but chromium is missing at ${CHROMIUM}: the browser suite must run`);
  });
}
