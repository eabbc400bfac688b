import { VIBORG_DEFAULTS } from "./rules";
import { random, schools, SPARE, yearFraction } from "../../examples/random";
import { DECIMAL, formula, KR, KR2, parameters, PCT, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Hedeby Kommune: Viborg's fixed rate per referral, 27 schools and 420 referrals. */
export function viborg(): Workbook {
  const rng = random(2002);
  const list = schools(rng, 27);
  const referrals = Array.from({ length: 420 }, () => {
    const f = yearFraction(rng);
    return [rng.pick(list).name, rng.amount(90000, 750000, 1000) * f, f];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const book = workbook("Hedeby Kommune – fast takst pr. visitation (Viborg-modellen)", [
    "Skolen betaler en fast takst for hver elev, der visiteres til specialklasse eller specialskole; en central restpulje betaler resten.",
    "Midlerne fordeles til skolerne efter antal klasser og socioøkonomi.",
  ]);
  parameters(book, [
    { label: "Takst pr. visiteret elev (kr. pr. år)", values: [VIBORG_DEFAULTS.rate], format: KR, note: "Kataloget: 135.000 kr.", name: "Takst" },
    { label: "Pulje til skolerne (kr.)", values: [52000000], format: KR, note: "Kommunens budget (fiktivt)", name: "Pulje" },
    { label: "Vægt: antal klasser (resten: socioøkonomi)", values: [0.6], format: PCT, note: "Kataloget angiver ingen vægt – kommunens eget valg", name: "Vægt_klasser" },
  ]);
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Klasser", 10],
      ["Socioøkonomisk indeks", 22, DECIMAL],
      ["Tildeling (kr.)", 18],
      ["Betaling for visitationer (kr.)", 28],
      ["Resultat (kr.)", 18],
    ],
    list.map((x) => [x.name, x.classes, x.socio])
  );
  spill(s, `D2:D${sLast}`, `SPU.VIBORG_ALLOCATION(Parametre!$B$3,B2:B${sLast},C2:C${sLast},Parametre!$B$4)`, KR);
  for (let r = 2; r <= sLast; r++) {
    formula(s, `E${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$D$2:$D$${last})`, KR2);
    formula(s, `F${r}`, `D${r}-E${r}`, KR2);
  }
  const v = table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Omkostning for perioden (kr.)", 28, KR],
      ["Årsandel", 10, DECIMAL],
      ["Skolens takst (kr.)", 20],
      ["Central restfinansiering (kr.)", 28],
    ],
    referrals,
    last
  );
  spill(v, `D2:D${last}`, `SPU.VIBORG_COST(B2:B${last},C2:C${last},Parametre!$B$2)`, KR2);
  spill(v, `E2:E${last}`, `SPU.VIBORG_CENTRAL(B2:B${last},C2:C${last},Parametre!$B$2)`, KR2);
  summary(book, [
    ["Visitationer i alt (kr.)", `SUM(Visitationer!B2:B${last})`, KR],
    ["Skolernes takstbetaling (kr.)", `SUM(Visitationer!D2:D${last})`, KR2],
    ["Central restfinansiering (kr.)", `SUM(Visitationer!E2:E${last})`, KR2],
    ["Tildelt skolerne (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
  ]);
  return book;
}
