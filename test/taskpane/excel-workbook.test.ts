import { ExcelWorkbook, uniqueSheetName } from "../../src/taskpane/excel-workbook";
import { textKeys } from "../../src/texts";
import { formatAmount, parseDate, parseNumber } from "../../src/taskpane/numbers";
import { Pane, SETTINGS_KEY } from "../../src/taskpane/pane";
import { MockExcel } from "./office-mock";
import { roskilde } from "../../src/municipalities/roskilde/example";

/** The pane's Excel.run code against office-addin-mock objects: round trips, formulas, no overwrite, settings. */

function schools(n: number): unknown[][] {
  return [["Skole", "Socio"], ...Array.from({ length: n }, (_, i) => [`Skole ${i + 1}`, 1 + (i % 3)])];
}
function referrals(n: number): unknown[][] {
  return [["Skole", "Tilbud", "Udgift", "Andel"], ...Array.from({ length: n }, (_, i) => [`Skole ${(i % 5) + 1}`, i % 2 ? "behandling" : "normal", 300000 + i, 1])];
}

function install(excel: MockExcel, lang = "da-DK"): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = excel.excel();
  g.Office = excel.office(lang);
}

/** A Roskilde pane with every input mapped over `n` rows and the required pool filled in. */
async function roskildePane(excel: MockExcel, n: number): Promise<Pane> {
  install(excel);
  const pane = new Pane(new ExcelWorkbook(), "da");
  await pane.selectModel("roskilde");
  await pane.map("schools", "name", `Skoler!A2:A${n + 1}`);
  await pane.map("schools", "socio", `Skoler!B2:B${n + 1}`);
  await pane.map("referrals", "school", `Visitationer!A2:A${n + 1}`);
  await pane.map("referrals", "offer", `Visitationer!B2:B${n + 1}`);
  await pane.map("referrals", "cost", `Visitationer!C2:C${n + 1}`);
  await pane.setParam(pane.model.params.find((p) => p.id === "pool")!, "10.000.000");
  return pane;
}

function book(n: number): MockExcel {
  return new MockExcel({ Skoler: schools(n), Visitationer: referrals(n) });
}

describe("compute: round trips", () => {
  test.each([10, 10000])("%i rows: two syncs for a new sheet, three when refreshing it", async (n) => {
    const excel = book(n);
    const pane = await roskildePane(excel, n);
    excel.syncs = 0;
    const first = await pane.compute();
    expect(first.ok).toBe(true);
    expect(excel.syncs).toBe(2); // read; write and read the totals back
    excel.syncs = 0;
    expect((await pane.compute()).ok).toBe(true);
    expect(excel.syncs).toBe(3); // read; what is on the own sheet now; write
    expect(excel.sheets.map((s) => s.name)).toEqual(["Skoler", "Visitationer", "SPU Roskilde"]);
  });
});

describe("compute: what is written", () => {
  test("a parameter block, live SPU formulas on the user's ranges, totals, kr. formats and a chart", async () => {
    const excel = book(10);
    const pane = await roskildePane(excel, 10);
    const outcome = await pane.compute();
    expect(outcome).toMatchObject({ ok: true, sheet: "SPU Roskilde" });
    const out = excel.sheet("SPU Roskilde")!;
    const cells = [...out.cells.values()].map(String);
    // the parameter block: label and value, referenced by the formulas
    expect(excel.cell("SPU Roskilde", "A6")).toBe("Pulje til fordeling (kr.)");
    expect(excel.cell("SPU Roskilde", "B6")).toBe(10000000);
    expect(excel.cell("SPU Roskilde", "B7")).toBe(354000);
    expect(out.formats.get("B6")).toBe('#,##0 "kr."');
    expect(cells).toContain("=SPU.ALLOCATE($B$6, Skoler!$B$2:$B$11)");
    expect(cells).toContain("=SPU.ROSKILDE_COST(Visitationer!$C$2:$C$11, Visitationer!$B$2:$B$11, , $B$7, $B$8, $B$9, $B$10, $B$11)");
    expect(cells).toContain("=SPU.ROSKILDE_CENTRAL(Visitationer!$C$2:$C$11, Visitationer!$B$2:$B$11, , $B$7, $B$8, $B$9, $B$10, $B$11)");
    expect(cells).toContain('=""&Skoler!$A$2');
    expect(cells.filter((c) => c.startsWith("=SUMIF(Visitationer!$A$2:$A$11, $A$21"))).toHaveLength(1);
    // Six totals, and the reconciliation's referrals in all (then what of it is attributed to a listed school).
    expect(cells.filter((c) => c.startsWith("=SUM("))).toHaveLength(7);
    expect(excel.cell("SPU Roskilde", "B14")).toBe("=SUM(Visitationer!$C$2:$C$11)");
    expect(excel.cell("SPU Roskilde", "B15")).toBe("=SUMPRODUCT(ISNUMBER(MATCH(Visitationer!$A$2:$A$11,Skoler!$A$2:$A$11,0))*Visitationer!$C$2:$C$11)");
    expect(excel.cell("SPU Roskilde", "B16")).toBe("=B14-B15");
    expect(out.charts).toEqual([{ name: "SPU chart 1", title: "Skoler", source: "A20:C30", anchor: "F19" }]);
    expect(excel.cell("SPU Roskilde", "A31")).toBe("I alt");
  });

  test("shapes and types are checked before anything is written, with row-level messages", async () => {
    const excel = book(10);
    excel.sheet("Skoler")!.cells.set("12,1", "ukendt"); // B13, a row without a name
    const pane = await roskildePane(excel, 12);
    await pane.map("referrals", "cost", "Visitationer!C2:C11");
    excel.syncs = 0;
    expect(await pane.compute()).toEqual({ ok: false, problems: ["Udgift (kr.): har 10 rækker, men Skole har 12"] });
    expect(excel.syncs).toBe(0);
    await pane.map("referrals", "cost", "Visitationer!C2:C13");
    expect(await pane.compute()).toEqual({ ok: false, problems: ["Navn, række 13: der mangler en værdi", "Socioøkonomi, række 13: 'ukendt' er ikke et tal"] });
    expect(excel.syncs).toBe(1);
    expect(excel.sheets).toHaveLength(2);
  });
});

describe("nothing lost", () => {
  test("a sheet the pane did not write keeps its name and cells: the output gets a unique name", async () => {
    const excel = book(10);
    excel.addSheet("SPU Roskilde", [["min egen tekst"]]);
    const pane = await roskildePane(excel, 10);
    expect(await pane.compute()).toMatchObject({ ok: true, sheet: "SPU Roskilde (2)" });
    expect([...excel.sheet("SPU Roskilde")!.cells.entries()]).toEqual([["0,0", "min egen tekst"]]);
  });

  test("re-running refuses to write over a cell the user filled on the output sheet, and refreshes after it is moved", async () => {
    const excel = book(10);
    const pane = await roskildePane(excel, 10);
    await pane.compute();
    const out = excel.sheet("SPU Roskilde")!;
    // More rows next time: the table grows into a cell the user filled below the old area.
    out.cells.set("46,1", "noter");
    await pane.map("schools", "name", "Skoler!A2:A21");
    await pane.map("schools", "socio", "Skoler!B2:B21");
    excel.sheet("Skoler")!.cells.clear();
    schools(20).forEach((row, r) => row.forEach((v, c) => excel.sheet("Skoler")!.cells.set(`${r},${c}`, v)));
    const before = new Map(out.cells);
    const blocked = await pane.compute();
    expect(blocked).toEqual({ ok: false, problems: ["Arket 'SPU Roskilde' har data i B47, som SPU ikke har skrevet. Intet er ændret; flyt dataene eller slet arket."] });
    expect(out.cells).toEqual(before);
    out.cells.delete("46,1");
    out.cells.set("0,12", "noter"); // M1: outside the pane's area
    expect(await pane.compute()).toMatchObject({ ok: true, sheet: "SPU Roskilde" });
    expect(out.cells.get("0,12")).toBe("noter");
    expect(excel.sheets).toHaveLength(3);
  });

  test("the configuration is saved in the document settings and restored", async () => {
    const excel = book(10);
    const pane = await roskildePane(excel, 10);
    await pane.compute();
    const saved = excel.settings[SETTINGS_KEY] as { model: string; models: { roskilde: { inputs: Record<string, string>; params: Record<string, number>; own: { id: string } } } };
    expect(saved.model).toBe("roskilde");
    expect(saved.models.roskilde.inputs["referrals.cost"]).toBe("Visitationer!$C$2:$C$11");
    expect(saved.models.roskilde.params).toMatchObject({ pool: 10000000, threshold: 354000, compensation: 0.75 });
    expect(saved.models.roskilde.own.id).toBe(excel.sheet("SPU Roskilde")!.id);

    install(excel); // the workbook opened again
    const reopened = new Pane(new ExcelWorkbook(), "da");
    expect(reopened.config).toEqual(saved);
    expect(reopened.mapping("schools", "socio")).toBe("Skoler!$B$2:$B$11");
    expect(reopened.paramText(reopened.model.params[0])).toBe("10.000.000");
    expect(await reopened.compute()).toMatchObject({ ok: true, sheet: "SPU Roskilde" });
    expect(excel.sheets).toHaveLength(3);
  });

  test("the schools and referrals mapped for one model are every model's, in this workbook (issue 11.9)", async () => {
    const excel = book(10);
    const pane = await roskildePane(excel, 10);
    await pane.selectModel("viborg");
    expect(pane.mapping("schools", "name")).toBe("Skoler!$A$2:$A$11");
    expect(pane.mapping("referrals", "cost")).toBe("Visitationer!$C$2:$C$11");
    expect(pane.mapping("schools", "classes")).toBeUndefined();
    // Mapped again for Viborg, as a table column: Roskilde, configured before, follows.
    await pane.map("schools", "name", "Skoler!A2:A11", "Skoletabel[Skole]");
    await pane.selectModel("compare");
    expect(pane.mapping("schools", "name")).toBe("Skoletabel[Skole]");
    await pane.selectModel("roskilde");
    expect(pane.mapping("schools", "name")).toBe("Skoletabel[Skole]");
    await pane.map("schools", "name", "Skoler!A2:A11");
    install(excel); // the workbook opened again
    const reopened = new Pane(new ExcelWorkbook(), "da");
    await reopened.selectModel("nordfyns");
    expect(reopened.mapping("schools", "name")).toBe("Skoler!$A$2:$A$11");
    expect(reopened.mapping("referrals", "school")).toBe("Visitationer!$A$2:$A$11");
  });
});

test("both languages have every text", () => {
  expect(textKeys("da").sort()).toEqual(textKeys("en").sort());
  expect(formatAmount("da", 1234567)).toBe("1.234.567 kr.");
  expect(parseNumber("da", "1.234.567,5 kr.")).toBe(1234567.5);
  expect(parseNumber("da", "7,5 %")).toBe(0.075);
  expect(parseNumber("en", "1,234.5")).toBe(1234.5);
  expect(parseDate("31-12-2025")).toBe(46022);
  expect(parseDate("2025-02-30")).toBeUndefined();
});

test("unique sheet names compare as Excel does (case-insensitive)", () => {
  expect(uniqueSheetName("Roskilde", ["spu roskilde", "SPU Roskilde (2)"])).toBe("SPU Roskilde (3)");
});

test("Excel refusing the write (a protected sheet, cell-edit mode) is told in Danish with what to do, and nothing is reported done", async () => {
  const excel = book(10);
  const pane = await roskildePane(excel, 10);
  // Excel.run rejects with the OfficeExtension.Error Office.js gives, by its code.
  const refuse = (code: string, message: string) => {
    (globalThis as Record<string, unknown>).Excel = { ...(excel.excel() as object), run: async () => Promise.reject(Object.assign(new Error(message), { code })) };
  };
  refuse("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  expect(await pane.compute()).toEqual({ ok: false, problems: ["Arket er beskyttet: fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse), og prøv igen."] });
  refuse("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
  expect(await pane.compute()).toEqual({ ok: false, problems: ["Excel er ved at redigere en celle: tryk Enter eller Esc i arket, og prøv igen."] });
  refuse("GeneralException", "Something else.");
  expect(await pane.compute()).toEqual({ ok: false, problems: ["Excel svarede med en fejl: Something else."] });
  expect(excel.sheets.map((s) => s.name)).toEqual(["Skoler", "Visitationer"]);
});

describe("Indsæt eksempeldata: a model's example written through Office.js", () => {
  test("every cell of the example lands on new sheets beside the user's: SPU formulas, values, formats and the parameters' names", async () => {
    const excel = new MockExcel({ Ark1: [["mine tal", 42]] });
    install(excel);
    const pane = new Pane(new ExcelWorkbook(), "da");
    const example = roskilde();
    const names = example.sheets.map((s) => s.name);
    expect(await pane.insertExample(example)).toEqual({ ok: true, message: `Eksempeldata er indsat i arkene ${names.join(", ")}. Peg på kolonnerne, og tryk Beregn.` });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Ark1", ...names]);
    expect(excel.cell("Ark1", "B1")).toBe(42);
    for (const sheet of example.sheets) {
      for (const [at, cell] of sheet.cells) {
        // Office.js takes formulas in English with the SPU namespace and a leading "=", as a user types them.
        expect({ at, written: excel.cell(sheet.name, at) }).toEqual({ at, written: cell.formula !== undefined ? `=${cell.formula}` : cell.value ?? "" });
        if (cell.format) expect(excel.sheet(sheet.name)!.formats.get(at)).toBe(cell.format);
      }
    }
    expect(excel.cell("Visitationer", "E2")).toMatch(/^=SPU\.ROSKILDE_COST\(C2:C\d+,/);
    expect(excel.names).toEqual(example.names.map((n) => ({ name: n.name, address: `${n.sheet}!${n.range.replace(/\$/g, "")}` })));
  });

  test("a second insert refuses, naming the sheet that is taken, and writes nothing", async () => {
    const excel = new MockExcel({ Parametre: [["min egen"]] });
    install(excel);
    const pane = new Pane(new ExcelWorkbook(), "da");
    expect(await pane.insertExample(roskilde())).toEqual({ ok: false, message: "Projektmappen har allerede et ark med navnet 'Parametre': intet er indsat." });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Parametre"]);
    expect(excel.names).toEqual([]);
  });
});
