import { COMPARED } from "../../src/municipalities";
import { RISK_PARAMS } from "../../src/taskpane/risk-layout";
import { modelName } from "../../src/texts";
import { HostBook } from "../../tools/workbench/book";
import { ExcelWorkbook } from "../../src/taskpane/excel-workbook";
import { Pane } from "../../src/taskpane/pane";
import type { CellValue, ComputeRequest, ComputeResult } from "../../src/taskpane/workbook";
import { COMPARISON, comparedBook } from "./compared";

/**
 * Beregn risiko as the real pane writes it into the workbench's workbook, evaluated by the engine
 * over the built SPU.RISK: one RISK per model over the comparison's inputs, the schools by pupils,
 * each model's P10–P90 band as floating bars, and the reading of the smallest schools' P10.
 */
const RISK = "SPU Risiko";
const MODELS = COMPARED.map((c) => modelName("da", c.id));

describe("Beregn risiko", () => {
  let host: HostBook;
  let pane: Pane;
  let values: unknown[][];
  let progress: [number, number][];
  beforeAll(async () => {
    ({ host, pane } = await comparedBook());
    progress = [];
    const outcome = await pane.computeRisk((done, count) => progress.push([done, count]));
    expect(outcome).toMatchObject({ ok: true, sheet: RISK });
    values = host.engine.values(RISK);
  }, 120000);

  test("six SPU.RISK formulas over the comparison sheet's copies of the tables, its budget and settings", () => {
    const formulas = values.flatMap((_, r) => values[r].map((__, c) => String(host.formula(RISK, r, c)))).filter((f) => f.startsWith("=SPU."));
    expect(formulas).toHaveLength(6);
    expect(formulas[0]).toMatch(/^=SPU\.RISK\('SPU Sammenligning'!\$B\$\d+, 'SPU Sammenligning'!\$A\$\d+:\$F\$\d+, 'SPU Sammenligning'!\$A\$\d+:\$D\$\d+, 'SPU Sammenligning'!\$B\$6, 'SPU Sammenligning'!\$A\$14:\$B\$27, \$B\$\d+, \$B\$\d+\)$/);
    // Each model's name is the COMPARE header's cell: the comparison's own model names.
    const header = host.engine.values(COMPARISON).findIndex((r) => r[1] === "Nordfyns" && r[2] === "Hørsholm") + 1;
    expect(formulas.map((f) => /\('SPU Sammenligning'!(\$[A-Z]\$\d+)/.exec(f)![1])).toEqual(["B", "C", "D", "E", "F", "G"].map((c) => `$${c}$${header}`));
  });

  /** Model k's SPU.RISK rows (school, P10, P50, P90, P(deficit)) and its chart data beside them. */
  function block(k: number): { risk: unknown[][]; data: unknown[][] } {
    const title = values.findIndex((r) => r[0] === MODELS[k] && String(r[6]).startsWith("Diagramdata"));
    return { risk: values.slice(title + 2, title + 8).map((r) => r.slice(0, 5)), data: values.slice(title + 2, title + 8).map((r) => r.slice(6, 11)) };
  }

  test("per model: P10 ≤ P50 ≤ P90 per school, and the chart data are the schools by pupils with each one's P10–P90 band as floating bars", () => {
    const bySize = ["Åskolen", "Vestskolen", "Sydskolen", "Nordskolen", "Østskolen", "Byskolen"];
    MODELS.forEach((model, k) => {
      const { risk, data } = block(k);
      expect(risk.map((r) => r[0])).toEqual(["Nordskolen", "Sydskolen", "Østskolen", "Vestskolen", "Byskolen", "Åskolen"]);
      for (const [, p10, p50, p90, deficit] of risk as number[][]) {
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(deficit).toBeGreaterThanOrEqual(0);
        expect(deficit).toBeLessThanOrEqual(1);
      }
      expect(data.map((r) => r[0])).toEqual(bySize);
      // The stacked pieces give back the band: positives from 0 rightwards, negatives leftwards.
      data.forEach(([school, basePlus, bandPlus, baseMinus, bandMinus]) => {
        const [, p10, , p90] = risk.find((r) => r[0] === school) as number[];
        const [a, b, c, d] = [basePlus, bandPlus, baseMinus, bandMinus] as number[];
        expect({ model, school, p10: p10 >= 0 ? a : c + d, p90: p90 >= 0 ? a + b : c }).toEqual({ model, school, p10: expect.closeTo(p10, 6), p90: expect.closeTo(p90, 6) });
      });
    });
    // Hjørring is decentral: its small schools swing; Hørsholm pays referrals centrally.
    const spread = (k: number) => block(k).risk.map((r) => (r[3] as number) - (r[1] as number));
    expect(Math.max(...spread(MODELS.indexOf("Hjørring")))).toBeGreaterThan(0);
  });

  test("the reading: the five smallest schools' average P10, a deficit or what is left, in the sheet and in the pane", async () => {
    const reading = values.findIndex((r) => String(r[0]).startsWith("Læsning"));
    MODELS.forEach((model, k) => {
      const { risk } = block(k);
      const smallest = risk.filter((r) => r[0] !== "Byskolen").map((r) => r[1] as number);
      const average = smallest.reduce((a, v) => a + v, 0) / smallest.length;
      const [sentence, , , , , amount] = values[reading + 1 + k];
      expect(sentence).toBe(average < 0 ? `Under ${model}-modellen risikerer de 5 mindste skoler i 1 af 10 år et underskud på mere end` : `Under ${model}-modellen har de 5 mindste skoler selv i 1 dårligt år af 10 mindst`);
      expect(amount).toBeCloseTo(Math.abs(average), 6);
    });
    expect(progress).toEqual([[6, 6]]);
    const outcome = await pane.computeRisk(() => undefined);
    expect(outcome.ok && outcome.reading).toContain(`${values[reading + 6][0]} ${new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 }).format(values[reading + 6][5] as number)} kr.`);
  });

  test("six band charts: stacked, the bases unseen, the band in one colour, no legend", () => {
    expect(host.sheet(RISK)!.charts.map((c) => ({ title: c.title, stacked: c.stacked, hidden: c.hidden, colors: c.colors, legend: c.legend }))).toEqual(
      MODELS.map((m) => ({ title: `${m}: P10–P90 pr. skole (kr.), mindste øverst`, stacked: true, hidden: [0, 2], colors: { 1: "#0F6CBD", 3: "#0F6CBD" }, legend: false }))
    );
  });

  test("while Excel computes (#BUSY!), the pane says how many models are done and reads the sheet again until all are", async () => {
    const computing = new (class extends ExcelWorkbook {
      reads = 0;
      async compute(request: ComputeRequest): Promise<ComputeResult> {
        const result = await super.compute(request);
        return result.ok ? { ...result, readBack: result.readBack.map((v, k) => (k < MODELS.length ? "#BUSY!" : v)) } : result;
      }
      async read(sheetId: string, cells: string[]): Promise<CellValue[]> {
        const now = await super.read(sheetId, cells);
        this.reads++;
        return now.map((v, k) => (k < MODELS.length - 4 * this.reads ? "#BUSY!" : v));
      }
    })();
    const seen: [number, number][] = [];
    const outcome = await new Pane(computing, "da").computeRisk((done, count) => seen.push([done, count]));
    expect(seen).toEqual([
      [0, 6],
      [4, 6],
      [6, 6],
    ]);
    expect(computing.reads).toBe(2);
    expect(outcome.ok && outcome.reading).toHaveLength(6);
  });

  test("the same seed gives the same result; runs edited on the risk sheet are kept on the next Beregn risiko", async () => {
    const runsRow = values.findIndex((r) => r[0] === "Simulerede år pr. model");
    expect(values[runsRow][1]).toBe(RISK_PARAMS.runs);
    host.engine.setContents(RISK, `B${runsRow + 1}`, 200);
    expect(await pane.computeRisk(() => undefined)).toMatchObject({ ok: true, sheet: RISK });
    const again = host.engine.values(RISK);
    expect(again[runsRow][1]).toBe(200);
    host.engine.setContents(RISK, `B${runsRow + 1}`, RISK_PARAMS.runs);
    expect(host.engine.values(RISK)).toEqual(values);
    expect(host.sheets.filter((s) => s.name.startsWith(RISK))).toHaveLength(1);
  });
});
