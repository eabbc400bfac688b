import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, FrameLocator, Page } from "playwright-core";

/**
 * End to end in a real browser: Debian's chromium (playwright-core) opens the workbench page
 * (test/e2e/host): the built task pane from dist/ beside an in-memory workbook whose formulas the
 * SPU engine evaluates. For every model the test selects the ranges with the mouse, fills the
 * parameters, clicks Beregn and checks the computed values on the output sheet.
 * Screenshots: test-artifacts/e2e-<model>.png. Without chromium the suite is skipped (a failure
 * under CI=true).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const available = fs.existsSync(CHROMIUM);
jest.setTimeout(60000);
const ci = process.env.CI === "true";

if (!available) {
  console.warn(`SKIPPED the browser suite (test/e2e): no chromium at ${CHROMIUM}. Install it with apt-get install chromium.`);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const server = require("../../scripts/workbench-server") as {
  build(): void;
  serve(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

type Value = string | number | boolean | null | { error: string; message: string };
interface Host {
  spuHost: { book: { engine: { values(s: string): Value[][]; setContents(s: string, a: string, v: unknown): void } } };
}
interface Table {
  sheet: string;
  header: Value[];
  rows: Value[][];
  total: Value[];
}

(available ? describe : describe.skip)("task pane in a real browser", () => {
  let browser: BrowserContext;
  let page: Page;
  let pane: FrameLocator;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server.build();
    const served = await server.serve({ port: 0 });
    close = served.close;
    const { chromium } = await import("playwright-core");
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "spu-chromium-"));
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
      viewport: { width: 1500, height: 1000 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (e) => console.error("page error:", e.message));
    await page.goto(`${served.url}?example=built-in&lang=da-DK`);
    pane = page.frameLocator("#pane");
    await pane.locator("#compute").waitFor();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  async function chooseModel(id: string): Promise<void> {
    await pane.locator("#model").click();
    await pane.locator(`#model fluent-option[value="${id}"]`).click();
    await pane.locator(`#explain`).waitFor();
  }

  /** Selects a range with the mouse (click the first cell, shift-click the last) and maps it. */
  async function map(key: string, sheet: string, range: string): Promise<void> {
    const [first, last] = range.split(":");
    await page.click(`.tabs [data-sheet="${sheet}"]`);
    await page.click(`.grid td[data-cell="${first}"]`);
    await page.click(`.grid td[data-cell="${last}"]`, { modifiers: ["Shift"] });
    await pane.locator(`[data-input="${key}"] [data-action="select"]`).click();
    await expect(pane.locator(`[data-input="${key}"] .address`).textContent()).resolves.toContain(`$${last.replace(/(\d+)$/, "$$$1")}`);
  }

  async function param(id: string, typed: string): Promise<void> {
    const input = pane.locator(`fluent-text-input[data-param="${id}"] input`);
    await input.fill(typed);
    await input.press("Tab");
  }

  async function compute(model: string): Promise<string> {
    await pane.locator("#compute").click();
    const bar = pane.locator("#result fluent-message-bar");
    await bar.waitFor();
    const text = (await bar.textContent()) ?? "";
    await page.screenshot({ path: path.join(ARTIFACTS, `e2e-${model}.png`) });
    if ((await bar.getAttribute("intent")) !== "success") throw new Error(`Beregn failed: ${text}`);
    return /'([^']+)'/.exec(text)![1];
  }

  async function values(sheet: string): Promise<Value[][] & { sheet: string }> {
    const cells = await page.evaluate((name) => (window as unknown as Host).spuHost.book.engine.values(name), sheet);
    return Object.assign(cells, { sheet });
  }

  /** The table under the title `title` on an output sheet: header, data rows, totals row. */
  function table(sheet: Value[][] & { sheet: string }, title: string): Table {
    const at = sheet.findIndex((row) => row[0] === title);
    expect(at).toBeGreaterThan(0);
    const end = sheet.findIndex((row, i) => i > at + 1 && row[0] === "I alt");
    return { sheet: sheet.sheet, header: sheet[at + 1], rows: sheet.slice(at + 2, end), total: sheet[end] };
  }

  function row(t: Table, name: string, k = 0): Value[] {
    return t.rows.filter((r) => r[0] === name)[k];
  }

  function summary(sheet: Value[][], label: string): Value {
    return sheet.find((r) => r[0] === label)![1];
  }

  test("Roskilde: school payments, central compensation and the allocation by socio-economics", async () => {
    await chooseModel("roskilde");
    await pane.locator('[data-input="schools.name"] fluent-dropdown').click();
    await pane.locator('[data-input="schools.name"] fluent-option', { hasText: "Skoletabel[Skole]" }).click();
    await map("schools.socio", "Skoler", "D2:D7");
    await map("referrals.school", "Visitationer", "A2:A9");
    await map("referrals.offer", "Visitationer", "B2:B9");
    await map("referrals.cost", "Visitationer", "C2:C9");
    await map("referrals.year_fraction", "Visitationer", "D2:D9");
    await param("pool", "10.000.000");
    const sheet = await values(await compute("roskilde"));
    const referrals = table(sheet, "Visitationer");
    expect(referrals.rows.map((r) => r[2])).toEqual([390500, 506500, 0, 195250, 666000, 431500, 300000, 360500]);
    expect(row(referrals, "Nordskolen")[3]).toBe(109500);
    expect(referrals.total[1]).toBe(5280000);
    expect((referrals.total[2] as number) + (referrals.total[3] as number)).toBe(5280000);
    const schools = table(sheet, "Skoler");
    expect(row(schools, "Nordskolen")).toEqual(["Nordskolen", 2000000, 897000, 1103000]);
    expect(row(schools, "Byskolen")[2]).toBe(1097500);
    expect(schools.total[1]).toBe(10000000);
    expect(await pane.locator("#result").textContent()).toContain("10.000.000 kr.");
    // What-if: editing the parameter cell recomputes the live formulas.
    const poolRow = sheet.findIndex((r) => r[0] === "Pulje til fordeling (kr.)") + 1;
    await page.evaluate((a) => (window as unknown as Host).spuHost.book.engine.setContents(a.sheet, `B${a.row}`, 20000000), { sheet: schools.sheet, row: poolRow });
    expect(table(await values(schools.sheet), "Skoler").total[1]).toBe(20000000);
  });

  test("Viborg: the fixed rate per referral and the allocation by classes and socio-economics", async () => {
    await chooseModel("viborg");
    await map("schools.name", "Skoler", "A2:A7");
    await map("schools.classes", "Skoler", "C2:C7");
    await map("schools.socio", "Skoler", "D2:D7");
    await map("referrals.school", "Visitationer", "A2:A9");
    await map("referrals.cost", "Visitationer", "C2:C9");
    await map("referrals.year_fraction", "Visitationer", "D2:D9");
    await param("pool", "10.000.000");
    await param("class_weight", "50 %");
    const sheet = await values(await compute("viborg"));
    const referrals = table(sheet, "Visitationer");
    expect(referrals.rows[0].slice(1)).toEqual([500000, 135000, 365000]);
    expect(referrals.rows[3].slice(1)).toEqual([250000, 67500, 182500]);
    const schools = table(sheet, "Skoler");
    expect(row(schools, "Nordskolen")[2]).toBe(270000);
    expect(schools.total[1]).toBe(10000000);
  });

  test("Hjørring: the pool by pupils and socio-economics, less referrals at the average rate", async () => {
    await chooseModel("hjorring");
    await map("schools.name", "Skoler", "A2:A7");
    await map("schools.pupils", "Skoler", "B2:B7");
    await map("schools.socio", "Skoler", "D2:D7");
    await map("schools.referrals", "Skoler", "E2:E7");
    await param("pool", "10.000.000");
    const sheet = await values(await compute("hjorring"));
    const schools = table(sheet, "Skoler");
    // 10 mio. × (0,7 × 420/2450 + 0,3 × 1,2/6) = 1.800.000; 3 referrals × 293.000 = 879.000.
    expect(row(schools, "Nordskolen")).toEqual(["Nordskolen", 1800000, 879000, 921000]);
    expect(schools.total[1]).toBe(10000000);
  });

  test("Aalborg: places per area, and what unused or extra places mean for each school", async () => {
    await chooseModel("aalborg");
    await map("areas.area", "Områder", "A2:A4");
    await map("areas.pupils", "Områder", "B2:B4");
    await map("areas.socio", "Områder", "C2:C4");
    await map("areas.used", "Områder", "D2:D4");
    await map("schools.name", "Skoler", "A2:A7");
    await map("schools.area", "Skoler", "G2:G7");
    await map("schools.key", "Skoler", "H2:H7");
    await param("total_places", "14");
    await param("pupil_weight", "0,5");
    await param("price", "400.000");
    const sheet = await values(await compute("aalborg"));
    const areas = table(sheet, "Områder");
    expect(areas.rows.map((r) => r[1])).toEqual([5, 4, 5]);
    expect(areas.rows.map((r) => r[3])).toEqual([0, 400000, -400000]);
    const schools = table(sheet, "Skoler");
    expect(row(schools, "Sydskolen")[1]).toBe(226866);
    expect(row(schools, "Vestskolen")[1]).toBe(173134);
    expect(row(schools, "Byskolen")[1]).toBe(-287059);
    expect(row(schools, "Nordskolen")[1]).toBe(0);
  });

  test("Nordfyns: common funds, and an overrun drawn from the base budgets", async () => {
    await chooseModel("nordfyns");
    await map("schools.name", "Skoler", "A2:A7");
    await map("schools.base_budget", "Skoler", "F2:F7");
    await map("referrals.cost", "Visitationer", "C2:C9");
    await param("budget", "4.000.000");
    await param("opening_balance", "500.000");
    const sheet = await values(await compute("nordfyns"));
    expect(summary(sheet, "Udgifter til visitationer")).toBe(5280000);
    expect(summary(sheet, "Fællesmidler ultimo")).toBe(0);
    const schools = table(sheet, "Skoler");
    expect(schools.total[2]).toBe(780000);
  });

  test("Hørsholm: decentral money by pupils and the central allocation of the period", async () => {
    await chooseModel("horsholm");
    await map("schools.name", "Skoler", "A2:A7");
    await map("schools.pupils", "Skoler", "B2:B7");
    await map("referrals.school", "Visitationer", "A2:A9");
    await map("referrals.annual_cost", "Visitationer", "C2:C9");
    await map("referrals.start", "Visitationer", "E2:E9");
    await map("referrals.end", "Visitationer", "F2:F9");
    await param("pool", "1.200.000");
    await param("period_start", "2025-01-01");
    await param("period_end", "31-12-2025");
    const sheet = await values(await compute("horsholm"));
    const referrals = table(sheet, "Visitationer");
    expect(referrals.rows[0][2]).toBe(500000);
    expect(referrals.rows[3][2]).toBe(104794.52); // 250.000 × 153/365
    const schools = table(sheet, "Skoler");
    expect(row(schools, "Nordskolen")[2]).toBe(1100000);
    expect(schools.total[1]).toBe(1200000);
  });

  test("Efterskoler: rate categories and the taxameter subsidy", async () => {
    await chooseModel("efterskole");
    await map("pupils.name", "Elever", "A2:A7");
    await map("pupils.ppr_9h", "Elever", "B2:B7");
    await map("pupils.ppr_extensive", "Elever", "C2:C7");
    await map("pupils.plan", "Elever", "D2:D7");
    await param("fiscal_year", "2018");
    await param("grundtakst", "10.000");
    await param("tillaeg1", "50.000");
    await param("tillaeg2", "120.000");
    const sheet = await values(await compute("efterskole"));
    expect(summary(sheet, "Opgørelsesskoleår")).toBe("2016/17");
    expect(summary(sheet, "Tilskud")).toBe(280000);
    const categories = table(sheet, "Takstkategorier");
    expect(categories.rows.map((r) => r[2])).toEqual([3, 2, 1]);
    expect(categories.total[1]).toBe(280000);
  });

  test("row-level messages before anything is written, and the configuration survives a reload", async () => {
    await chooseModel("hjorring");
    await map("schools.pupils", "Skoler", "A2:A7"); // names where pupil counts belong
    await pane.locator("#compute").click();
    await expect(pane.locator("#result fluent-message-bar[intent=error]").textContent()).resolves.toContain("Elevtal, række 2: 'Nordskolen' er ikke et tal");
    await map("schools.pupils", "Skoler", "B2:B7");
    await page.evaluate(() => (document.getElementById("pane") as HTMLIFrameElement).contentWindow!.location.reload());
    await pane.locator("#compute").waitFor();
    await expect(pane.locator('[data-input="schools.pupils"] .address').textContent()).resolves.toBe("Skoler!$B$2:$B$7");
    await expect(pane.locator('fluent-text-input[data-param="pool"]').getAttribute("value")).resolves.toBe("10.000.000");
  });
});

if (!available && ci) {
  test("the browser suite ran (CI=true forbids skipping it)", () => {
    throw new Error(`CI=true but chromium is missing at ${CHROMIUM}: the browser suite must run`);
  });
}
