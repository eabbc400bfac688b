import { ROSKILDE_DEFAULTS } from "./rules";
import { random, schools, SPARE, yearFraction } from "../../examples/random";
import { DECIMAL, formula, KR, KR2, parameters, PCT, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Skovlund Kommune: Roskilde's partly decentral co-financing, 32 schools and 850 referrals. */
export function roskilde(): Workbook {
  const rng = random(1001);
  const list = schools(rng, 32);
  const referrals = Array.from({ length: 850 }, () => {
    const offer = rng.weighted([
      ["normal", 65],
      ["behandling", 25],
      ["central", 10],
    ]);
    const annual = offer === "normal" ? rng.amount(150000, 620000, 1000) : offer === "behandling" ? rng.amount(350000, 950000, 1000) : rng.amount(400000, 1200000, 1000);
    const f = yearFraction(rng);
    return [rng.pick(list).name, offer, annual * f, f];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const book = workbook("Skovlund Kommune – delvis decentral medfinansiering (Roskilde-modellen)", [
    "Skolen betaler for hver visiteret elev op til en tærskel; over tærsklen kompenserer centralt en andel; skolens betaling har et loft.",
    "Skolerne får midler til medfinansieringen fordelt efter socioøkonomi: hver skoles indeks vægtet med dens elevtal.",
  ]);
  parameters(book, [
    { label: "Tærskel, almindelige tilbud (kr. pr. elev pr. år)", values: [ROSKILDE_DEFAULTS.threshold], format: KR, note: "Kataloget: 354.000 kr.", name: "Tærskel" },
    { label: "Central kompensation over tærsklen", values: [ROSKILDE_DEFAULTS.compensation], format: PCT, note: "Kataloget: 75 %", name: "Kompensation" },
    { label: "Tærskel, behandlingstilbud (kr. pr. elev pr. år)", values: [ROSKILDE_DEFAULTS.treatmentThreshold], format: KR, note: "Kataloget: 413.000 kr.", name: "Tærskel_behandling" },
    { label: "Central kompensation over tærsklen, behandlingstilbud", values: [ROSKILDE_DEFAULTS.treatmentCompensation], format: PCT, note: "Kataloget: 50 %", name: "Kompensation_behandling" },
    { label: "Loft over skolens betaling (kr. pr. elev pr. år)", values: [ROSKILDE_DEFAULTS.cap], format: KR, note: "Kataloget: 666.000 kr.", name: "Loft" },
    { label: "Medfinansieringspulje til skolerne (kr.)", values: [185000000], format: KR, note: "Kommunens budget (fiktivt)", name: "Pulje" },
  ]);
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, DECIMAL],
      ["Socioøkonomisk nøgle (elever × indeks)", 36, DECIMAL],
      ["Tildeling (kr.)", 18],
      ["Medfinansiering (kr.)", 20],
      ["Resultat (kr.)", 18],
      ["Elever i specialtilbud", 22],
    ],
    list.map((x) => [x.name, x.pupils, x.socio])
  );
  // The seed shares the funds "efter socioøkonomiske parametre": here each school's index weighted by its pupils.
  for (let r = 2; r <= sLast; r++) formula(s, `D${r}`, `B${r}*C${r}`, DECIMAL);
  spill(s, `E2:E${sLast}`, `SPU.ALLOCATE(Parametre!$B$7,D2:D${sLast})`, KR);
  for (let r = 2; r <= sLast; r++) {
    formula(s, `F${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$E$2:$E$${last})`, KR2);
    formula(s, `G${r}`, `E${r}-F${r}`, KR2);
    formula(s, `H${r}`, `COUNTIF(Visitationer!$A$2:$A$${last},A${r})`);
  }
  const v = table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 14],
      ["Omkostning for perioden (kr.)", 28, KR],
      ["Årsandel", 10, DECIMAL],
      ["Skolens betaling (kr.)", 22],
      ["Central kompensation (kr.)", 26],
    ],
    referrals,
    last
  );
  const args = `C2:C${last},B2:B${last},D2:D${last},Parametre!$B$2,Parametre!$B$3,Parametre!$B$4,Parametre!$B$5,Parametre!$B$6`;
  spill(v, `E2:E${last}`, `SPU.ROSKILDE_COST(${args})`, KR2);
  spill(v, `F2:F${last}`, `SPU.ROSKILDE_CENTRAL(${args})`, KR2);
  summary(book, [
    ["Visitationer i alt (kr.)", `SUM(Visitationer!C2:C${last})`, KR],
    ["Skolernes betaling (kr.)", `SUM(Visitationer!E2:E${last})`, KR2],
    ["Central kompensation (kr.)", `SUM(Visitationer!F2:F${last})`, KR2],
    ["Tildelt skolerne (kr.)", `SUM(Skoler!E2:E${sLast})`, KR],
    ["Skolernes samlede resultat (kr.)", `SUM(Skoler!G2:G${sLast})`, KR2],
    ["Inklusionsgrad", `SPU.INCLUSION_RATE(Skoler!B2:B${sLast},Skoler!H2:H${sLast})`, PCT],
  ]);
  return book;
}
