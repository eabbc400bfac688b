import { ExcelWorkbook } from "../../src/taskpane/excel-workbook";
import { Pane } from "../../src/taskpane/pane";
import { loadFunctions } from "../../tools/engine/load-functions";
import { createSpuEngine } from "../../tools/engine/spu-engine";
import { HostBook } from "../../tools/workbench/book";
import { fakeOffice } from "../../tools/workbench/fake-office";
import { SAMPLE_BOOK } from "../../tools/workbench/samples";

/**
 * The workbench's built-in workbook in Node with the real pane over Office.js (the workbench's
 * fake), the comparison mapped and written as a user would: what the note and the risk build on.
 */
// In Danish, as Danish Excel runs them: SPU.COMPARE's last row is "Center".
const { implementations, metadata } = loadFunctions({ displayLanguage: "da-DK" });
export const COMPARISON = "SPU Sammenligning";

/** A fresh workbook over the built-in example, with Excel and Office pointing at it. */
export function sampleBook(): HostBook {
  const host = new HostBook(createSpuEngine(SAMPLE_BOOK, implementations, metadata));
  Object.assign(globalThis, fakeOffice(host, "da-DK"));
  return host;
}

/** The comparison of the six models written over the built-in workbook, every setting filled in. */
export async function comparedBook(): Promise<{ host: HostBook; pane: Pane }> {
  const host = sampleBook();
  const pane = new Pane(new ExcelWorkbook(), "da");
  await pane.selectModel("compare");
  const columns: [string, string][] = [
    ["schools.name", "Skoler!A2:A7"],
    ["schools.pupils", "Skoler!B2:B7"],
    ["schools.classes", "Skoler!C2:C7"],
    ["schools.socio", "Skoler!D2:D7"],
    ["schools.area", "Skoler!G2:G7"],
    ["schools.base_budget", "Skoler!F2:F7"],
    ["referrals.school", "Visitationer!A2:A9"],
    ["referrals.offer", "Visitationer!B2:B9"],
    ["referrals.cost", "Visitationer!C2:C9"],
    ["referrals.year_fraction", "Visitationer!D2:D9"],
  ];
  for (const [k, address] of columns) expectOk(await pane.map(...(k.split(".") as [string, string]), address));
  const typed: Record<string, string> = {
    budget: "10.000.000",
    marginal_cost: "400.000",
    current_model: "Roskilde",
    target_model: "Hjørring",
    max_loss: "2 %",
    years: "3",
    "viborg.class_weight": "50 %",
    "aalborg.pupil_weight": "0,5",
    "aalborg.price": "400.000",
    "nordfyns.opening_balance": "500.000",
    "horsholm.decentral_share": "40 %",
  };
  for (const [id, text] of Object.entries(typed)) expectOk(await pane.setParam(pane.model.params.find((p) => p.id === id)!, text));
  const outcome = await pane.compute();
  if (!outcome.ok) throw new Error(outcome.problems.join("; "));
  return { host, pane };
}

function expectOk(problem: string | undefined): void {
  if (problem) throw new Error(problem);
}
