import { COMPARED } from "../../src/municipalities";
import { ExcelWorkbook } from "../../src/taskpane/excel-workbook";
import { Pane, SCENARIOS_KEY } from "../../src/taskpane/pane";
import { EXAMPLE_LEVELS, ScenarioConfig, modelSettings } from "../../src/taskpane/scenario-layout";
import { da } from "../../src/texts/da";
import { HostBook } from "../../tools/workbench/book";
import { COMPARISON, comparedBook } from "./compared";

/**
 * Skriv scenarier as the real pane writes it into the workbench's workbook, evaluated by the
 * engine over the built SPU.COMPARE and SPU.INDEX: Roskilde with its threshold at the seed's
 * 354.000 ("Budget 2027", adopted) and at 400.000, side by side, the differences against the
 * adopted, the budget check, the chart, the budget years moved by the index, and what the user
 * edits on the sheet kept.
 */
const SHEET = "SPU Scenarier";
const SCHOOLS = ["Nordskolen", "Sydskolen", "Østskolen", "Vestskolen", "Byskolen", "Åskolen"];
const ROSKILDE = 1 + COMPARED.findIndex((c) => c.id === "roskilde");

/** The rows under the row whose first cell is `title`. */
function after(rows: unknown[][], title: string): unknown[][] {
  const at = rows.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.slice(at + 1);
}

const row = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)!;

describe("Skriv scenarier", () => {
  let host: HostBook;
  let pane: Pane;
  let values: unknown[][];
  let compare: unknown[][];
  beforeAll(async () => {
    ({ host, pane } = await comparedBook());
    expect(await pane.selectScenarioModel("roskilde")).toBeUndefined();
    expect(await pane.setScenarioName(0, "Budget 2027")).toBeUndefined();
    expect(await pane.setScenarioName(1, "Tærskel 400.000")).toBeUndefined();
    const threshold = modelSettings("roskilde").find((p) => p.id === "roskilde.threshold")!;
    expect(await pane.setScenarioValue(1, threshold, "400.000")).toBeUndefined();
    const outcome = await pane.writeScenarios();
    expect(outcome).toMatchObject({ ok: true, sheet: SHEET });
    values = host.engine.values(SHEET);
    compare = host.engine.values(COMPARISON);
  }, 120000);

  /** The comparison's COMPARE spill: school rows and the centre, the model's column. */
  function compared(model: number): number[] {
    const header = compare.findIndex((r) => r[1] === "Nordfyns" && r[2] === "Hørsholm");
    return compare.slice(header + 1, header + 8).map((r) => r[model] as number);
  }

  test("the parameter block: one column per scenario, the adopted marked, each of Roskilde's settings", () => {
    const block = after(values, da["out.parameters"]);
    expect(block[0].slice(0, 3)).toEqual(["Scenarie", "Budget 2027", "Tærskel 400.000"]);
    expect(block[1].slice(0, 3)).toEqual(["Vedtaget (markér ét)", "vedtaget", null]);
    expect(block[2].slice(0, 3)).toEqual(["grænse, almindelige tilbud (kr.)", 354000, 400000]);
    expect(block.slice(2, 2 + modelSettings("roskilde").length).map((r) => r[1])).toEqual([354000, 0.75, 413000, 0.5, 666000]);
  });

  test("each school's net position under each scenario: the adopted one is the comparison's Roskilde column; 400.000 by hand; every column budget-neutral", () => {
    const table = after(values, da["scen.positions"]);
    expect(table[0].slice(0, 3)).toEqual(["Skole", "Budget 2027", "Tærskel 400.000"]);
    expect(table.slice(1, 8).map((r) => r[0])).toEqual([...SCHOOLS, "Center"]);
    expect(table.slice(1, 8).map((r) => r[1])).toEqual(compared(ROSKILDE));
    // By hand at 400.000 (the treatment threshold stays 413.000, the cap 666.000): co-payments Nord 400.000 + 25 % of
    // 100.000 and 413.000 + 50 % of 187.000 = 931.500, Syd 0 (central), Øst half a year 200.000 + 25 % of 50.000 = 212.500,
    // Vest 300.000, By 666.000 (capped) + 431.500, Å 380.000: 2.921.500 in all. The centre keeps 5.280.000 − 2.921.500 =
    // 2.358.500, the schools share 7.641.500 by socio 1,2 : 0,9 : 1,1 : 0,8 : 1,4 : 0,6 in whole kroner (Øst and Vest get
    // the two kroner), less their co-payments; the centre's position is 0.
    const shares = [1528300, 1146225, 1400942, 1018867, 1783016, 764150];
    const payments = [931500, 0, 212500, 300000, 1097500, 380000];
    expect(shares.reduce((a, v) => a + v, 0)).toBe(7641500);
    expect(table.slice(1, 8).map((r) => r[2])).toEqual([...shares.map((v, i) => v - payments[i]), 0]);
    expect(row(table, "I alt").slice(1, 3)).toEqual([10000000 - 5280000, 10000000 - 5280000]);
    expect(row(table, "Budget − visitationer").slice(1, 3)).toEqual([4720000, 4720000]);
    expect(row(table, da["scen.check"]).slice(1, 3)).toEqual([0, 0]);
  });
  test("the difference against the adopted scenario: its column 0, the other's the change school by school; the reading in the sheet and the pane", async () => {
    const positions = after(values, da["scen.positions"]).slice(1, 8);
    const diff = after(values, "Forskel pr. skole i forhold til det vedtagne scenarie (Budget 2027)");
    expect(diff.slice(1, 8).map((r) => r[1])).toEqual(new Array(7).fill(0));
    expect(diff.slice(1, 8).map((r) => r[2])).toEqual(positions.map((r) => (r[2] as number) - (r[1] as number)));
    expect(row(diff, "I alt").slice(1, 3)).toEqual([0, 0]);
    const reading = after(values, da["scen.reading"]);
    expect(reading[2].slice(0, 5)).toEqual(["Tærskel 400.000", 16624, "Byskolen", -20250, "Nordskolen"]);
    const outcome = await pane.writeScenarios();
    expect(outcome.ok && outcome.reading).toEqual([
      "Tærskel 400.000: største gevinst 16.624 kr. (Byskolen), største tab -20.250 kr. (Nordskolen) i forhold til Budget 2027",
      da["reading.neutral"],
    ]);
    expect(host.sheets.filter((x) => x.name.startsWith(SHEET))).toHaveLength(1);
  });

  test("a clustered bar chart per school, one series per scenario", () => {
    const sheet = host.sheet(SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect({ title: chart.title, stacked: chart.stacked, labels: chart.labels }).toEqual({ title: da["scen.chart"], stacked: false, labels: false });
    // The header row (the names) and the six schools, in columns A:C.
    const header = values.findIndex((r) => r[0] === "Skole" && r[1] === "Budget 2027");
    expect(chart.source).toMatchObject({ top: header, bottom: header + 6, left: 0, right: 2 });
  });

  test("the budget years: the adopted scenario's amounts, the budget and the referrals' costs moved by SPU.INDEX; each year budget-neutral", () => {
    const years = after(values, da["scen.yearTable"]);
    expect(years[0].slice(1, 6)).toEqual([da["scen.atBudgetYear"], 2027, 2028, 2029, 2030]);
    const levels = EXAMPLE_LEVELS.map((level) => level / EXAMPLE_LEVELS[0]);
    expect(row(years, da["note.budget"]).slice(1, 6)).toEqual([10000000, ...levels.map((f) => Math.round(10000000 * f))]);
    expect(row(years, da["note.costs"]).slice(1, 6)).toEqual([5280000, ...levels.map((f) => Math.round(5280000 * f))]);
    expect(row(years, "grænse, almindelige tilbud (kr.)").slice(1, 6)).toEqual([354000, 354000, 361080, 368160, 375240]);
    expect(row(years, "central kompensation herover").slice(1, 6)).toEqual(new Array(5).fill(0.75));
    expect(row(years, "maksimal betaling pr. elev (kr.)").slice(1, 6)).toEqual([666000, 666000, 679320, 692640, 705960]);
    const formulas = values.flatMap((r, i) => r.map((_, c) => String(host.formula(SHEET, i, c)))).filter((f) => f.startsWith("=SPU.INDEX"));
    expect(formulas[0]).toMatch(/^=SPU\.INDEX\(\$B\$\d+, \$B\$48, \$C\$58, \$A\$52:\$A\$55, \$B\$52:\$B\$55\)$/);

    const positions = after(values, da["scen.yearPositions"]);
    expect(positions[0].slice(0, 5)).toEqual(["Skole", 2027, 2028, 2029, 2030]);
    const adopted = after(values, da["scen.positions"]).slice(1, 8).map((r) => r[1] as number);
    expect(positions.slice(1, 8).map((r) => r[1])).toEqual(adopted);
    // Everything moves by the same factor, so each position does too, to the krone (the allocation rounds).
    levels.forEach((f, y) => positions.slice(1, 7).forEach((r, i) => expect(Math.abs((r[1 + y] as number) - adopted[i] * f)).toBeLessThanOrEqual(1)));
    expect(row(positions, da["scen.check"]).slice(1, 5)).toEqual([0, 0, 0, 0]);
    expect(row(positions, "I alt").slice(1, 5)).toEqual(levels.map((f) => Math.round(4720000 * f)));
  });

  test("what the user edits on the sheet is kept when the pane writes again: a name, a value, the marker, the index", async () => {
    const at = (label: unknown) => values.findIndex((r) => r[0] === label) + 1;
    const names = at("Scenarie");
    host.engine.setContents(SHEET, `C${names}`, "Tærskel 420.000");
    host.engine.setContents(SHEET, `C${at("grænse, almindelige tilbud (kr.)")}`, 420000);
    host.engine.setContents(SHEET, `B${at("Vedtaget (markér ét)")}`, "");
    host.engine.setContents(SHEET, `C${at("Vedtaget (markér ét)")}`, "Vedtaget");
    host.engine.setContents(SHEET, `B${at(2028)}`, 103);
    const outcome = await pane.writeScenarios();
    expect(outcome.ok && outcome.adopted).toEqual(["Scenarie 2 = Tærskel 420.000", "Tærskel 420.000: Roskilde: grænse, almindelige tilbud (kr.) = 420.000", "Indeks 2028 = 103", "Vedtaget (markér ét): Tærskel 420.000"]);
    const again = host.engine.values(SHEET);
    expect(after(again, da["out.parameters"]).slice(0, 3).map((r) => r.slice(0, 3))).toEqual([
      ["Scenarie", "Budget 2027", "Tærskel 420.000"],
      ["Vedtaget (markér ét)", null, "vedtaget"],
      ["grænse, almindelige tilbud (kr.)", 354000, 420000],
    ]);
    // Now against Tærskel 420.000: its column is 0.
    const diff = after(again, "Forskel pr. skole i forhold til det vedtagne scenarie (Tærskel 420.000)");
    expect(diff.slice(1, 8).map((r) => r[2])).toEqual(new Array(7).fill(0));
    expect(row(after(again, da["scen.yearTable"]), "grænse, almindelige tilbud (kr.)").slice(1, 4)).toEqual([420000, 420000, 432600]);
    const saved = host.settings[SCENARIOS_KEY] as ScenarioConfig;
    expect(saved.sets.roskilde).toEqual({ adopted: 1, scenarios: [expect.objectContaining({ name: "Budget 2027" }), expect.objectContaining({ name: "Tærskel 420.000", values: expect.objectContaining({ "roskilde.threshold": 420000 }) })] });
    expect(saved.index).toEqual({ years: [2027, 2028, 2029, 2030], levels: [100, 103, 104, 106] });
    values = again;
  });

  test("saved in the workbook: a pane opened again restores the scenarios and refreshes the same sheet", async () => {
    const reopened = new Pane(new ExcelWorkbook(), "da");
    const config = reopened.scenarios();
    expect(config.model).toBe("roskilde");
    expect(config.sets.roskilde.scenarios.map((x) => x.name)).toEqual(["Budget 2027", "Tærskel 420.000"]);
    expect(config.sets.roskilde.adopted).toBe(1);
    expect(await reopened.writeScenarios()).toMatchObject({ ok: true, sheet: SHEET, adopted: [] });
    expect(host.engine.values(SHEET)).toEqual(values);
    expect(host.sheets.filter((x) => x.name.startsWith(SHEET))).toHaveLength(1);
  });

  test("two to four scenarios: a third copies the adopted one's values, a fifth is refused, as is removing below two", async () => {
    expect(await pane.addScenario()).toBeUndefined();
    expect(await pane.addScenario()).toBeUndefined();
    expect(await pane.addScenario()).toBe("Fra 2 til 4 scenarier.");
    const set = pane.scenarios().sets.roskilde;
    expect(set.scenarios.map((x) => x.name)).toEqual(["Budget 2027", "Tærskel 420.000", "Scenarie 3", "Scenarie 4"]);
    expect(set.scenarios[2].values["roskilde.threshold"]).toBe(420000);
    expect(await pane.writeScenarios()).toMatchObject({ ok: true });
    const four = host.engine.values(SHEET);
    expect(after(four, da["scen.positions"])[0].slice(0, 5)).toEqual(["Skole", "Budget 2027", "Tærskel 420.000", "Scenarie 3", "Scenarie 4"]);
    expect(host.sheet(SHEET)!.charts[0].source.right).toBe(4);
    for (const s of [3, 1]) expect(await pane.removeScenario(s)).toBeUndefined();
    expect(await pane.removeScenario(0)).toBe("Fra 2 til 4 scenarier.");
    expect(pane.scenarios().sets.roskilde).toMatchObject({ adopted: 0, scenarios: [{ name: "Budget 2027" }, { name: "Scenarie 3" }] });
  });

  test("a value that cannot be read is refused until it is corrected; another model keeps its own scenarios", async () => {
    const share = modelSettings("roskilde").find((p) => p.id === "roskilde.compensation")!;
    expect(await pane.setScenarioValue(1, share, "140 %")).toContain("Scenarie 3: Roskilde: central kompensation herover");
    expect(await pane.writeScenarios()).toEqual({ ok: false, problems: [da["ui.invalidField"].replace("{at}", "Scenarie 3: Roskilde: central kompensation herover")] });
    expect(pane.typedScenario(1, share)).toBe("140 %");
    expect(await pane.setScenarioValue(1, share, "60 %")).toBeUndefined();
    expect(await pane.selectScenarioModel("viborg")).toBeUndefined();
    expect(pane.scenarios().sets.viborg.scenarios[0].values).toEqual({ "viborg.rate": 135000, "viborg.class_weight": 0.5 });
    expect(await pane.writeScenarios()).toMatchObject({ ok: true, sheet: SHEET });
    expect(host.engine.values(SHEET)[0][0]).toBe("Scenarier: Viborg");
    expect(pane.scenarios().sets.roskilde.scenarios[1].values["roskilde.compensation"]).toBe(0.6);
  });
});
