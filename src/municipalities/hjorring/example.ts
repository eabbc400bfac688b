import { HJORRING_DEFAULTS } from "./rules";
import { random, schools, SPARE, yearFraction } from "../../examples/random";
import { DECIMAL, formula, getSheet, KR, KR2, parameters, PCT, put, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Nordstrand Kommune: Hjørring's full decentralisation with an average rate, 38 schools. */
export function hjorring(): Workbook {
  const rng = random(3003);
  const list = schools(rng, 38);
  const referrals = Array.from({ length: 950 }, () => [rng.pick(list).name, yearFraction(rng), rng.pick(["specialklasse", "specialskole", "Hjørringskolen", "anden kommune"])]);
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const book = workbook("Nordstrand Kommune – fuld decentralisering med gennemsnitstakst (Hjørring-modellen)", [
    "Én pulje fordeles 70 % efter elevtal og 30 % efter distriktets socioøkonomi.",
    "Skolen betaler en årlig gennemsnitstakst for hver elev, den visiterer; det, den ikke bruger, investerer den i inklusion.",
  ]);
  parameters(book, [
    { label: "Pulje (kr.)", values: [308000000], format: KR, note: "Kommunens budget (fiktivt); skolerne visiterer for ca. 73 % af puljen", name: "Pulje" },
    { label: "Vægt: elevtal (resten: socioøkonomi)", values: [HJORRING_DEFAULTS.pupilWeight], format: PCT, note: "Kataloget: 70 % / 30 %", name: "Vægt_elevtal" },
    { label: "Gennemsnitstakst (kr. pr. elev pr. år)", values: [HJORRING_DEFAULTS.rate], format: KR, note: "Kataloget: 293.000 kr. (2023)", name: "Gennemsnitstakst" },
    { label: "Samlet udgift, specialskolen (kr.)", values: [41020000], format: KR, note: "Fiktivt regnskab", name: "Udgift_specialskolen" },
    { label: "Elever, specialskolen", values: [140], note: "Fiktivt", name: "Elever_specialskolen" },
  ]);
  const p = getSheet(book, "Parametre");
  put(p, "A7", { value: "Beregnet gennemsnitstakst (kr. pr. elev pr. år)" });
  formula(p, "B7", "SPU.HJORRING_RATE(B5,B6)", KR2);
  put(p, "D7", { value: "Specialskolens udgift pr. elev: sammenlign med gennemsnitstaksten ovenfor" });
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, DECIMAL],
      ["Andel af puljen (kr.)", 20],
      ["Visiterede helårselever", 24],
      ["Balance (kr.)", 18],
    ],
    list.map((x) => [x.name, x.pupils, x.socio])
  );
  spill(s, `D2:D${sLast}`, `SPU.HJORRING_SHARE(Parametre!$B$2,B2:B${sLast},C2:C${sLast},Parametre!$B$3)`, KR);
  for (let r = 2; r <= sLast; r++) formula(s, `E${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$B$2:$B$${last})`, DECIMAL);
  spill(s, `F2:F${sLast}`, `SPU.HJORRING_BALANCE(D2:D${sLast},E2:E${sLast},Parametre!$B$4)`, KR2);
  table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Helårselever", 14, DECIMAL],
      ["Tilbud", 18],
    ],
    referrals,
    last
  );
  summary(book, [
    ["Pulje fordelt (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
    ["Visiterede helårselever", `SUM(Skoler!E2:E${sLast})`, DECIMAL],
    ["Skolernes samlede balance (kr.)", `SUM(Skoler!F2:F${sLast})`, KR2],
  ]);
  return book;
}
