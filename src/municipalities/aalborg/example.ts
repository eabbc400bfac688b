import { random, schools, SPARE } from "../../examples/random";
import { COUNT, DECIMAL, formula, KR, parameters, PCT, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Fjordby Kommune: Aalborg's area model with Fokusklasse places, ten areas and 46 schools. */
export function aalborg(): Workbook {
  const rng = random(4004);
  const list = schools(rng, 46);
  const areas = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Skoven", "Engen", "Bakkerne", "Fjorden"].map((name) => ({ name, socio: rng.amount(0.7, 1.5, 0.01) }));
  list.forEach((x, i) => (x.area = areas[i % areas.length].name));
  const referrals = Array.from({ length: 620 }, () => {
    const school = rng.pick(list);
    return [
      school.name,
      rng.weighted([
        ["område", 4],
        ["kommune", 6],
      ]),
      school.area ?? null,
    ];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const aLast = areas.length + 1;
  const book = workbook("Fjordby Kommune – områdemodel med fokusklassepladser (Aalborg-modellen)", [
    "Kommunen er delt i ti områder; hvert område får et antal pladser i fokusklasser efter elevtal og socioøkonomi.",
    "Ubrugte pladser frigiver midler til områdets skoler; ekstra pladser betaler de selv. Kommunale tilbud forbliver centrale.",
  ]);
  parameters(book, [
    { label: "Fokusklassepladser i alt", values: [250], note: "Fiktivt", name: "Pladser" },
    { label: "Vægt: elevtal (resten: socioøkonomi)", values: [0.5], format: PCT, note: "Kataloget angiver ingen vægt – kommunens eget valg", name: "Vægt_elevtal" },
    { label: "Pris pr. plads (kr. pr. år)", values: [310000], format: KR, note: "Kataloget angiver ingen pris – fiktivt", name: "Pris_pr_plads" },
  ]);
  const a = table(
    book,
    "Områder",
    [
      ["Område", 14],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, DECIMAL],
      ["Pladser", 10],
      ["Brugte pladser", 16],
      ["Frigivet (+) / betalt (−) (kr.)", 30],
    ],
    areas.map((x) => [x.name, null, x.socio])
  );
  for (let r = 2; r <= aLast; r++) {
    formula(a, `B${r}`, `SUMIF(Skoler!$B$2:$B$${sLast},A${r},Skoler!$C$2:$C$${sLast})`, COUNT);
    formula(a, `E${r}`, `COUNTIFS(Visitationer!$C$2:$C$${last},A${r},Visitationer!$B$2:$B$${last},"område")`, COUNT);
    formula(a, `F${r}`, `(D${r}-E${r})*Parametre!$B$4`, KR);
  }
  spill(a, `D2:D${aLast}`, `SPU.AALBORG_PLACES(Parametre!$B$2,B2:B${aLast},C2:C${aLast},Parametre!$B$3)`, COUNT);
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Område", 12],
      ["Elever", 10],
      ["Afregning (kr.)", 18],
    ],
    list.map((x) => [x.name, x.area ?? null, x.pupils])
  );
  spill(s, `D2:D${sLast}`, `SPU.AALBORG_SETTLEMENT_BY_AREA(B2:B${sLast},C2:C${sLast},'Områder'!A2:A${aLast},'Områder'!D2:D${aLast},'Områder'!E2:E${aLast},Parametre!$B$4)`, KR);
  table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 12],
      ["Område", 12],
    ],
    referrals,
    last
  );
  summary(book, [
    ["Pladser fordelt", `SUM('Områder'!D2:D${aLast})`, COUNT],
    ["Brugte pladser", `SUM('Områder'!E2:E${aLast})`, COUNT],
    ["Afregning med skolerne i alt (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
  ]);
  return book;
}
