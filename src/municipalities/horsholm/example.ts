import { random, schools, serial, SPARE } from "../../examples/random";
import { DATE, KR, KR2, parameters, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Lyngholm Kommune: Hørsholm's cooperation model with an activity-based central pool, 24 schools. */
export function horsholm(): Workbook {
  const rng = random(6006);
  const list = schools(rng, 24);
  const first = serial(2024, 8, 1);
  const referrals = Array.from({ length: 280 }, () => {
    const start = first + rng.int(0, 320);
    return [rng.pick(list).name, rng.pick(["specialklasse", "specialskole", "anden kommune", "støtte mindst 9 timer"]), rng.amount(80000, 700000, 1000), start, start + rng.int(45, 420)];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const book = workbook("Lyngholm Kommune – samarbejdsmodel med aktivitetsbaseret central pulje (Hørsholm-modellen)", [
    "En central pulje betaler specialklasser, specialskole, tilbud i andre kommuner og støtte på mindst 9 timer om ugen; pengene følger aktiviteten og fordeles to gange om året.",
    "Skolerne får decentrale midler efter elevtal til forebyggelse og støtte under 9 timer.",
  ]);
  parameters(book, [
    { label: "Decentral pulje (kr.)", values: [12000000], format: KR, note: "Kommunens budget (fiktivt)", name: "Decentral_pulje" },
    { label: "Fordelingsperiode, start", values: [serial(2025, 1, 1)], format: DATE, note: "Første fordeling: 1. halvår", name: "Periode_start" },
    { label: "Fordelingsperiode, slut", values: [serial(2025, 6, 30)], format: DATE, name: "Periode_slut" },
  ]);
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Decentrale midler (kr.)", 22],
      ["Central tildeling i perioden (kr.)", 32],
    ],
    list.map((x) => [x.name, x.pupils])
  );
  spill(s, `C2:C${sLast}`, `SPU.HORSHOLM_DECENTRAL(Parametre!$B$2,B2:B${sLast})`, KR);
  spill(
    s,
    `D2:D${sLast}`,
    `SPU.HORSHOLM_ALLOCATION(A2:A${sLast},Visitationer!A2:A${last},Visitationer!C2:C${last},Visitationer!D2:D${last},Visitationer!E2:E${last},Parametre!$B$3,Parametre!$B$4)`,
    KR2
  );
  const v = table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 22],
      ["Årlig omkostning (kr.)", 22, KR],
      ["Start", 12, DATE],
      ["Slut", 12, DATE],
      ["Omkostning i perioden (kr.)", 26],
    ],
    referrals,
    last
  );
  spill(v, `F2:F${last}`, `SPU.HORSHOLM_PERIOD_COST(C2:C${last},D2:D${last},E2:E${last},Parametre!$B$3,Parametre!$B$4)`, KR2);
  summary(book, [
    ["Decentrale midler fordelt (kr.)", `SUM(Skoler!C2:C${sLast})`, KR],
    ["Central tildeling i perioden (kr.)", `SUM(Skoler!D2:D${sLast})`, KR2],
    ["Omkostning i perioden, alle visitationer (kr.)", `SUM(Visitationer!F2:F${last})`, KR2],
  ]);
  return book;
}
