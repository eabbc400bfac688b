import { random } from "../../examples/random";
import { COUNT, formula, KR, KR2, parameters, put, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

/** Efterskoler i Vestdal: the taxameter subsidy for special education, 20 schools. */
export function efterskole(): Workbook {
  const rng = random(7007);
  const names = ["Vestdal", "Klitgården", "Fjordvang", "Hedelund", "Skovbakken", "Nordstrand", "Egely", "Sølyst", "Bjerregård", "Lyngbo", "Havbakken", "Engholm", "Kildevæld", "Mosegården", "Østervang", "Birkely", "Rønnebo", "Pilegården", "Stenhøj", "Åbrink"].map((n) => `${n} Efterskole`);
  const yesNo = (b: boolean) => (b ? "ja" : "nej");
  const pupils = names.flatMap((school, i) =>
    Array.from({ length: rng.int(35, 75) }, (_, k) => {
      const ppr9 = rng.next() < 0.28;
      const extensive = ppr9 && rng.next() < 0.35;
      const plan = ppr9 ? rng.next() < 0.9 : rng.next() < 0.05;
      return [school, `E${String(i + 1).padStart(2, "0")}-${String(k + 1).padStart(3, "0")}`, yesNo(ppr9), yesNo(extensive), yesNo(plan)];
    })
  );
  const last = pupils.length + 1;
  const sLast = names.length + 1;
  const book = workbook("Efterskoler i Vestdal – taxametertilskud til specialundervisning (fra 2018)", [
    "Hver elev udløser grundtakst; tillægstakst 1 kræver en PPR-udtalelse om mindst 9 ugentlige timer og en skriftlig plan; tillægstakst 2 i stedet for 1 kræver desuden, at behovet er særligt omfattende.",
    "Tilskuddet for finansår Y beregnes af aktiviteten i skoleåret, der slutter i Y − 1.",
  ]);
  parameters(book, [
    { label: "Finansår", values: [2018], name: "Finansår" },
    { label: "Grundtakst (kr. pr. elev)", values: [12500], format: KR, note: "Eksempeltakst – brug årets finanslov", name: "Grundtakst" },
    { label: "Tillægstakst 1 (kr. pr. elev)", values: [39800], format: KR, note: "Eksempeltakst – brug årets finanslov", name: "Tillægstakst_1" },
    { label: "Tillægstakst 2 (kr. pr. elev)", values: [83600], format: KR, note: "Eksempeltakst – brug årets finanslov", name: "Tillægstakst_2" },
    { label: "Tilskud efter gl. § 25, 1. aug.–31. dec. 2015 (kr.)", values: [1234567.89], format: KR2, note: "Overgangsordning 2016 (fiktivt beløb)", name: "Overgang_2016" },
    { label: "Tilskud efter gl. § 25, skoleåret 2015/16 (kr.)", values: [2987654.32], format: KR2, note: "Overgangsordning 2017 (fiktivt beløb)", name: "Overgang_2017" },
  ]);
  const s = table(
    book,
    "Skoler",
    [
      ["Efterskole", 26],
      ["Elever", 10],
      ["Elever med tillægstakst 1", 26],
      ["Elever med tillægstakst 2", 26],
      ["Tilskud (kr.)", 18],
    ],
    names.map((n) => [n])
  );
  // SUMPRODUCT, not COUNTIFS: a category cell without its value (#NAME? before the add-in loads)
  // turns the count into that error instead of being skipped.
  const category = `Elever!$F$2:$F$${last}`;
  const school = (r: number) => `(Elever!$A$2:$A$${last}=A${r})`;
  for (let r = 2; r <= sLast; r++) {
    formula(s, `B${r}`, `COUNTIF(Elever!$A$2:$A$${last},A${r})`, COUNT);
    formula(s, `C${r}`, `SUMPRODUCT(${school(r)}*(${category}=1))`, COUNT);
    formula(s, `D${r}`, `SUMPRODUCT(${school(r)}*(${category}=2))`, COUNT);
    formula(s, `E${r}`, `B${r}*Parametre!$B$3+C${r}*Parametre!$B$4+D${r}*Parametre!$B$5`, KR);
  }
  const e = table(
    book,
    "Elever",
    [
      ["Efterskole", 26],
      ["Elev", 10],
      ["PPR: mindst 9 timer", 20],
      ["PPR: særligt omfattende", 24],
      ["Skriftlig plan", 14],
      ["Kategori (0, 1 eller 2)", 22],
    ],
    pupils
  );
  spill(e, `F2:F${last}`, `SPU.EFTERSKOLE_CATEGORY(C2:C${last},D2:D${last},E2:E${last})`);
  const o = summary(book, [
    ["Grundlag: skoleåret", "SPU.EFTERSKOLE_BASIS_YEAR(Parametre!B2)"],
    ["Tilskud i alt (kr.)", `SPU.EFTERSKOLE_GRANT(Elever!F2:F${last},Parametre!B3,Parametre!B4,Parametre!B5)`, KR],
    ["Tilskud i alt, sum over skolerne (kr.)", `SUM(Skoler!E2:E${sLast})`, KR],
  ]);
  o.widths.push(34, 18);
  put(o, "A6", { value: "Overgang 2016: 5 månedlige rater", bold: true });
  put(o, "C6", { value: "Overgang 2017: 12 månedlige rater", bold: true });
  MONTHS.slice(7).forEach((month, i) => put(o, `A${7 + i}`, { value: `${month} 2016` }));
  MONTHS.forEach((month, i) => put(o, `C${7 + i}`, { value: `${month} 2017` }));
  spill(o, "B7:B11", "SPU.EFTERSKOLE_TRANSITION(2016,Parametre!B6)", KR2);
  spill(o, "D7:D18", "SPU.EFTERSKOLE_TRANSITION(2017,Parametre!B7)", KR2);
  return book;
}
