import { readComparison } from "../../src/taskpane/compare-layout";
import { ExcelWorkbook } from "../../src/taskpane/excel-workbook";
import { Pane, SETTINGS_KEY } from "../../src/taskpane/pane";
import { MockExcel } from "./office-mock";

/** The comparison view's Excel.run code against office-addin-mock objects: formulas, round trips, no overwrite, settings. */

const SCHOOLS = [
  ["Skole", "Elevtal", "Klasser", "Socio", "Noter", "Område", "Basisbudget"],
  ["Asylskolen", 300, 12, 1, "", "Nord", 20000000],
  ["Bakkeskolen", 200, 8, 3, "", "Nord", 15000000],
  ["Centralskolen", 500, 20, 1, "", "Syd", 35000000],
];
const REFERRALS = [
  ["Skole", "Tilbud", "Udgift", "Andel"],
  ["Asylskolen", "normal", 500000, 1],
  ["Bakkeskolen", "behandling", 600000, 1],
  ["Bakkeskolen", "central", 800000, 1],
  ["Centralskolen", "normal", 250000, 0.5],
  ["Centralskolen", "område", 200000, ""],
];

function install(excel: MockExcel): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = excel.excel();
  g.Office = excel.office("da-DK");
}

/** The comparison with both tables mapped column by column (columns the user laid out in their own order). */
async function comparePane(excel: MockExcel): Promise<Pane> {
  install(excel);
  const pane = new Pane(new ExcelWorkbook(), "da");
  await pane.selectModel("compare");
  const columns: [string, string][] = [
    ["schools.name", "Skoler!A2:A4"],
    ["schools.pupils", "Skoler!B2:B4"],
    ["schools.classes", "Skoler!C2:C4"],
    ["schools.socio", "Skoler!D2:D4"],
    ["schools.area", "Skoler!F2:F4"],
    ["schools.base_budget", "Skoler!G2:G4"],
    ["referrals.school", "Visitationer!A2:A6"],
    ["referrals.offer", "Visitationer!B2:B6"],
    ["referrals.cost", "Visitationer!C2:C6"],
    ["referrals.year_fraction", "Visitationer!D2:D6"],
  ];
  for (const [key, address] of columns) {
    const [group, column] = key.split(".");
    expect(await pane.map(group, column, address)).toBeUndefined();
  }
  const typed: Record<string, string> = {
    budget: "10.000.000",
    marginal_cost: "400.000",
    current_model: "Roskilde",
    target_model: "Hjørring",
    max_loss: "2 %",
    years: "3",
    "viborg.class_weight": "0,5",
  };
  for (const [id, text] of Object.entries(typed)) expect(await pane.setParam(pane.model.params.find((p) => p.id === id)!, text)).toBeUndefined();
  return pane;
}

const book = () => new MockExcel({ Skoler: SCHOOLS, Visitationer: REFERRALS });
const SHEET = "SPU Sammenligning";

describe("Sammenlign: what is written", () => {
  test("a settings block SPU.COMPARE reads, the live COMPARE, MARGINAL_COST and PHASE_IN formulas, and a clustered chart", async () => {
    const excel = book();
    const pane = await comparePane(excel);
    excel.syncs = 0;
    const outcome = await pane.compute();
    expect(outcome).toMatchObject({ ok: true, sheet: SHEET });
    expect(excel.syncs).toBe(2);
    const cell = (a1: string) => excel.cell(SHEET, a1);
    const formulas = [...excel.sheet(SHEET)!.cells.values()].map(String);

    // Parameter block: label | value; the model choices as their names.
    expect([cell("A6"), cell("B6")]).toEqual(["Budget til specialundervisning (kr.)", 10000000]);
    expect([cell("B7"), cell("B8"), cell("B9"), cell("B10"), cell("B11")]).toEqual([400000, "Roskilde", "Hjørring", 0.02, 3]);
    // Settings block: name | value | label, from A14; the seeds' defaults, blanks left blank.
    expect(cell("A13")).toMatch(/^Indstillinger/);
    expect([cell("A19"), cell("B19"), cell("C19")]).toEqual(["roskilde.threshold", 354000, "Roskilde: grænse, almindelige tilbud (kr.)"]);
    expect([cell("A25"), cell("B25")]).toEqual(["viborg.class_weight", 0.5]);
    expect([cell("A27"), cell("B27"), cell("C27")]).toEqual(["hjorring.rate", "", "Hjørring: gennemsnitstakst (kr.) (tom: data, udgift pr. elevår)"]);
    expect([cell("A15"), cell("B15")]).toEqual(["horsholm.decentral_share", ""]);
    expect(excel.sheet(SHEET)!.formats.get("B15")).toBe("0.0%");

    // COMPARE over the copies of the user's tables (in its column order) and the settings range.
    const compare = "=SPU.COMPARE($A$67:$F$69, $A$73:$D$77, $B$6, $A$14:$B$27)";
    expect(cell("A36")).toBe(compare);
    expect(cell("A41")).toBe("I alt");
    expect(cell("B41")).toBe("=SUM($B$37:$B$40)");
    expect(cell("G42")).toBe("=$B$6-$C$78");
    // The copies: blank stays blank, text stays text; the column the user did not map (Noter) is skipped.
    expect([cell("A67"), cell("B67"), cell("E67"), cell("F69")]).toEqual(['=""&Skoler!$A$2', '=IF(ISBLANK(Skoler!$B$2),"",Skoler!$B$2)', '=""&Skoler!$F$2', '=IF(ISBLANK(Skoler!$G$4),"",Skoler!$G$4)']);
    expect([cell("B77"), cell("D77"), cell("C78")]).toEqual(['=""&Visitationer!$B$6', '=IF(ISBLANK(Visitationer!$D$6),"",Visitationer!$D$6)', "=SUM($C$73:$C$77)"]);

    // The reading: best and worst model and the spread per school, by formulas over the COMPARE row.
    expect(cell("A46")).toBe('=""&$A$37');
    expect(cell("B46")).toBe('=IF($A$37="","",IFERROR(INDEX($B$36:$G$36,1,MATCH(MAX(IFERROR($B$37:$G$37,"")),$B$37:$G$37,0)),""))');
    expect(cell("D46")).toBe('=IF($A$37="","",MAX(IFERROR($B$37:$G$37,""))-MIN(IFERROR($B$37:$G$37,"")))');
    // Marginal cost: the COMPARE header names the models, the cost is the parameter cell.
    expect([cell("B51"), cell("G51")]).toEqual(["=B36", "=G36"]);
    expect(cell("B52")).toBe('=SPU.MARGINAL_COST($B$36:$G$36, $B$7, $A$67:$F$69, $A$73:$D$77, $B$6, , , $A$14:$B$27)');
    // Phase-in: base budget + the chosen model's position, then the path over the years.
    expect([cell("B57"), cell("C57"), cell("D57"), cell("F57")]).toEqual(["=$B$8", "=$B$9", "År 1", "År 3"]);
    expect(cell("B58")).toBe('=IF($A$37="","",SUM($F$67,INDEX($B$37:$G$37,1,MATCH($B$8,$B$36:$G$36,0))))');
    expect(cell("D58")).toBe("=SPU.PHASE_IN($B$58:$B$60, $C$58:$C$60, $B$10, $B$11)");
    // How many years the cap needs, and how to read a path that ends short of the target.
    expect([cell("A62"), cell("B62")]).toEqual(["År, loftet kræver, før alle mål er nået (SPU.PHASE_IN_YEARS)", "=SPU.PHASE_IN_YEARS($B$58:$B$60, $C$58:$C$60, $B$10)"]);
    expect(cell("A63")).toBe("Kan målet ikke nås på de valgte år, holder loftet, og sidste år ligger før målet.");
    expect(formulas.filter((f) => f.startsWith("=SPU."))).toHaveLength(4);

    expect(excel.sheet(SHEET)!.charts).toEqual([{ name: "SPU chart 1", title: "Nettoposition pr. skole", source: "A36:G39", anchor: "J35" }]);
    expect(excel.sheet(SHEET)!.formats.get("C38")).toBe('#,##0 "kr."');
  });

  test("the same row-level checks as the model flow, before anything is written", async () => {
    const excel = book();
    excel.sheet("Skoler")!.cells.set("2,1", "mange"); // B3
    const pane = await comparePane(excel);
    await pane.setParam(pane.model.params.find((p) => p.id === "years")!, "");
    expect(await pane.compute()).toEqual({ ok: false, problems: ["Indfasning over antal år: der mangler en værdi"] });
    await pane.setParam(pane.model.params.find((p) => p.id === "years")!, "3");
    excel.syncs = 0;
    expect(await pane.compute()).toEqual({ ok: false, problems: ["Elevtal, række 3: 'mange' er ikke et tal"] });
    expect(excel.syncs).toBe(1);
    expect(excel.sheets).toHaveLength(2);
  });
});

describe("Sammenlign: nothing lost", () => {
  test("a sheet of the user's with the name keeps it; re-running refreshes only its own sheet in ≤ 3 syncs and never writes over a user's cell", async () => {
    const excel = book();
    excel.addSheet(SHEET, [["mit eget ark"]]);
    const pane = await comparePane(excel);
    expect(await pane.compute()).toMatchObject({ ok: true, sheet: `${SHEET} (2)` });
    expect([...excel.sheet(SHEET)!.cells.entries()]).toEqual([["0,0", "mit eget ark"]]);

    const out = excel.sheet(`${SHEET} (2)`)!;
    // Ten years next time: the phase-in grows into a cell the user filled right of the old area.
    out.cells.set("0,10", "min note"); // K1
    await pane.setParam(pane.model.params.find((p) => p.id === "years")!, "10");
    const before = new Map(out.cells);
    expect(await pane.compute()).toEqual({ ok: false, problems: [`Arket '${SHEET} (2)' har data i K1, som SPU ikke har skrevet. Intet er ændret; flyt dataene eller slet arket.`] });
    expect(out.cells).toEqual(before);
    out.cells.delete("0,10");
    out.cells.set("0,20", "min note"); // U1: outside the new area
    excel.syncs = 0;
    expect(await pane.compute()).toMatchObject({ ok: true, sheet: `${SHEET} (2)` });
    expect(excel.syncs).toBe(3);
    expect(out.cells.get("0,20")).toBe("min note");
    expect(excel.cell(`${SHEET} (2)`, "M57")).toBe("År 10");
    expect(out.charts).toHaveLength(1);
    expect(excel.sheets).toHaveLength(4);
  });

  test("the comparison's mapping and settings are saved in the document and restored", async () => {
    const excel = book();
    const pane = await comparePane(excel);
    await pane.compute();
    const saved = excel.settings[SETTINGS_KEY] as { model: string; models: { compare: { inputs: Record<string, string>; params: Record<string, number> } } };
    expect(saved.model).toBe("compare");
    expect(saved.models.compare.inputs["schools.base_budget"]).toBe("Skoler!$G$2:$G$4");
    expect(saved.models.compare.params).toMatchObject({ budget: 10000000, current_model: 3, target_model: 5, "viborg.class_weight": 0.5, "roskilde.cap": 666000 });
    install(excel);
    const reopened = new Pane(new ExcelWorkbook(), "da");
    expect(reopened.model.id).toBe("compare");
    expect(reopened.paramText(reopened.model.params.find((p) => p.id === "target_model")!)).toBe("Hjørring");
    expect(await reopened.compute()).toMatchObject({ ok: true, sheet: SHEET });
  });
});

describe("Sammenlign: the reading", () => {
  // Read back: each model's header and centre cell, then per school name, best, worst, spread.
  const header = ["Nordfyns", 4720000, "Hørsholm", 720000, "Aalborg", "#VALUE!", "Roskilde", 0, "Viborg", 0, "Hjørring", 0];
  const schools = ["Nordskolen", "Viborg", "Nordfyns", 789972, "", "", "", "", "Åskolen", "Viborg", "Nordfyns", 449066];

  test("per school the best and the worst model and the spread, then the models that could not compute, in Danish and English", () => {
    expect(readComparison("da", [...header, ...schools])).toEqual([
      "Nordskolen: bedst under Viborg, værst under Nordfyns (forskel 789.972 kr.)",
      "Åskolen: bedst under Viborg, værst under Nordfyns (forskel 449.066 kr.)",
      "Kunne ikke beregnes: Aalborg. Se fejlen i arket, fx en indstilling der mangler.",
    ]);
    expect(readComparison("en", [...header, ...schools])[0]).toBe("Nordskolen: best under Viborg, worst under Nordfyns (spread 789,972 kr.)");
  });

  test("nothing while Excel is still computing: the sheet says more", () => {
    expect(readComparison("da", ["#BUSY!", "#BUSY!", ...header.slice(2), ...schools])).toEqual([]);
  });
});
