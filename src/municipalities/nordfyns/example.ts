import { random, schools, SPARE, yearFraction } from "../../examples/random";
import { KR, parameters, spill, summary, table, Workbook, workbook } from "../../examples/workbook";

/** Ørslev Kommune: Nordfyns' central pool run by the school leaders, 21 schools and 310 referrals. */
export function nordfyns(): Workbook {
  const rng = random(5005);
  const list = schools(rng, 21);
  const referrals = Array.from({ length: 310 }, () => {
    const f = yearFraction(rng);
    return [rng.pick(list).name, rng.amount(120000, 800000, 1000) * f, rng.pick(["specialklasse", "specialskole", "dagbehandling", "anden kommune"])];
  });
  const total = referrals.reduce((s, r) => s + (r[1] as number), 0);
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const book = workbook("Ørslev Kommune – central pulje styret af skolelederne (Nordfyns-modellen)", [
    "Alle midler til specialundervisning ligger i én central pulje, som skolelederne forvalter i fællesskab.",
    "Et overskud går til fællesmidlerne; et underskud trækkes først af fællesmidlerne, dernæst af skolernes grundbudgetter.",
  ]);
  parameters(book, [
    { label: "Budget til specialundervisning (kr.)", values: [Math.round((total * 0.97) / 100000) * 100000], format: KR, note: "Kommunens budget (fiktivt)", name: "Budget" },
    { label: "Fællesmidler primo (kr.)", values: [1500000], format: KR, note: "Fiktivt", name: "Fællesmidler_primo" },
  ]);
  const s = table(
    book,
    "Skoler",
    [
      ["Skole", 24],
      ["Grundbudget (kr.)", 20, KR],
      ["Træk på grundbudget (kr.)", 26],
    ],
    list.map((x) => [x.name, Math.round((x.pupils * 68000 * (0.9 + rng.next() * 0.2)) / 1000) * 1000])
  );
  spill(s, `C2:C${sLast}`, `SPU.NORDFYNS_SCHOOL_DRAW(Parametre!$B$2,Visitationer!B2:B${last},Parametre!$B$3,B2:B${sLast})`, KR);
  table(
    book,
    "Visitationer",
    [
      ["Skole", 24],
      ["Omkostning (kr.)", 18, KR],
      ["Tilbud", 18],
    ],
    referrals,
    last
  );
  summary(book, [
    ["Udgifter til visitationer (kr.)", `SUM(Visitationer!B2:B${last})`, KR],
    ["Fællesmidler ultimo (kr.)", `SPU.NORDFYNS_COMMON_FUNDS(Parametre!B2,Visitationer!B2:B${last},Parametre!B3)`, KR],
    ["Trukket fra skolernes grundbudgetter (kr.)", `SUM(Skoler!C2:C${sLast})`, KR],
  ]);
  return book;
}
