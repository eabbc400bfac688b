/**
 * Writes the example workbooks in assets/examples/: one fictional municipality per model plus one
 * for the efterskole subsidy, with seeded (deterministic) data, Danish labels and the SPU formulas
 * already in the cells. Run: npm run examples. test/engine/examples.test.ts evaluates them.
 *
 * ExcelJS cannot write dynamic-array metadata, so each spilling formula is stored as an array
 * formula over exactly the range it fills; Excel evaluates it the same way.
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "assets", "examples");
const KR = '#,##0 "kr."';
const KR2 = '#,##0.00 "kr."';
const PCT = "0.0%";
const DATE = "dd-mm-yyyy";
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
/** Empty rows left at the bottom of input ranges for new referrals, as users do. */
const SPARE = 10;

/** mulberry32: a small seeded generator, so every run writes the same data. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A value in [lo, hi] rounded to a multiple of `step`. */
    amount: (lo, hi, step) => Math.round((lo + next() * (hi - lo)) / step) * step,
    weighted: (pairs) => {
      let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
      for (const [value, w] of pairs) if ((r -= w) < 0) return value;
      return pairs[pairs.length - 1][0];
    },
  };
}

const PREFIXES = ["Ege", "Bøge", "Linde", "Hav", "Sø", "Mølle", "Skov", "Strand", "Bakke", "Enge", "Kilde", "Fjord", "Lunde", "Vester", "Øster", "Nørre", "Sønder", "Rosen", "Kirke", "Mose", "Hede", "Birke", "Ask", "Pile", "Rønne"];
const SUFFIXES = ["skolen", "vangskolen", "parkskolen", "holmskolen", "dalskolen", "bjergskolen"];

function schoolNames(rng, count) {
  const all = PREFIXES.flatMap((p) => SUFFIXES.map((s) => p + s));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count);
}

function schools(rng, count) {
  return schoolNames(rng, count).map((name) => {
    const pupils = rng.int(180, 780);
    return { name, pupils, classes: Math.round(pupils / 22) + rng.int(0, 3), socio: rng.amount(0.6, 1.6, 0.01) };
  });
}

/** A year fraction as the seeds' rules use it: mostly whole years, else quarters. */
function yearFraction(rng) {
  return rng.weighted([
    [1, 6],
    [0.75, 1],
    [0.5, 2],
    [0.25, 1],
  ]);
}

function newWorkbook(title, lines) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SPU";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties.fullCalcOnLoad = true;
  const about = wb.addWorksheet("Om");
  about.getColumn(1).width = 110;
  about.getCell("A1").value = title;
  about.getCell("A1").font = { bold: true, size: 14 };
  [...lines, "Fiktive data til afprøvning af SPU-tilføjelsesprogrammet. Formlerne kræver, at SPU er indlæst i Excel."].forEach((line, i) => {
    about.getCell(i + 3, 1).value = line;
  });
  return wb;
}

/** A sheet with a bold, frozen header row; columns: [header, width, numFmt]. */
function table(wb, name, columns, rows) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  columns.forEach(([header, width, numFmt], c) => {
    const column = ws.getColumn(c + 1);
    column.width = width;
    if (numFmt) column.numFmt = numFmt;
    const cell = ws.getCell(1, c + 1);
    cell.value = header;
    cell.font = { bold: true };
  });
  rows.forEach((values, r) => values.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 2, c + 1).value = v)));
  return ws;
}

/** Parameter cells: label in A, value in B (more values in C…), note in the last column. */
function parameters(wb, rows) {
  const ws = wb.addWorksheet("Parametre");
  ws.getColumn(1).width = 58;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 18;
  ws.getColumn(4).width = 70;
  ["Parameter", "Værdi", "", "Kilde / bemærkning"].forEach((h, c) => {
    ws.getCell(1, c + 1).value = h;
    ws.getCell(1, c + 1).font = { bold: true };
  });
  rows.forEach(({ label, values, numFmt, note }, i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = label;
    values.forEach((v, c) => {
      ws.getCell(r, c + 2).value = v;
      if (numFmt) ws.getCell(r, c + 2).numFmt = numFmt;
    });
    if (note) ws.getCell(r, 4).value = note;
  });
  return ws;
}

/** A spilling SPU formula, stored as an array formula over the range it fills. */
function spill(ws, range, formula, numFmt) {
  ws.fillFormula(range, formula, undefined, "array");
  if (numFmt) {
    const [from, to] = range.split(":").map((a) => ws.getCell(a));
    for (let r = from.row; r <= to.row; r++) ws.getCell(r, from.col).numFmt = numFmt;
  }
}

function formula(ws, address, text, numFmt) {
  ws.getCell(address).value = { formula: text };
  if (numFmt) ws.getCell(address).numFmt = numFmt;
}

/** A summary sheet: [label, formula, numFmt] per row. */
function summary(wb, rows) {
  const ws = wb.addWorksheet("Oversigt");
  ws.getColumn(1).width = 52;
  ws.getColumn(2).width = 22;
  ws.getCell("A1").value = "Oversigt";
  ws.getCell("A1").font = { bold: true };
  rows.forEach(([label, text, numFmt], i) => {
    ws.getCell(i + 2, 1).value = label;
    formula(ws, `B${i + 2}`, text, numFmt);
  });
  return ws;
}

function roskilde() {
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
  const wb = newWorkbook("Skovlund Kommune – delvis decentral medfinansiering (Roskilde-modellen)", [
    "Skolen betaler for hver visiteret elev op til en tærskel; over tærsklen kompenserer centralt en andel; skolens betaling har et loft.",
    "Skolerne får midler til medfinansieringen fordelt efter elevtal og socioøkonomi.",
  ]);
  parameters(wb, [
    { label: "Tærskel, almindelige tilbud (kr. pr. elev pr. år)", values: [354000], numFmt: KR, note: "Kataloget: 354.000 kr." },
    { label: "Central kompensation over tærsklen", values: [0.75], numFmt: PCT, note: "Kataloget: 75 %" },
    { label: "Tærskel, behandlingstilbud (kr. pr. elev pr. år)", values: [413000], numFmt: KR, note: "Kataloget: 413.000 kr." },
    { label: "Central kompensation over tærsklen, behandlingstilbud", values: [0.5], numFmt: PCT, note: "Kataloget: 50 %" },
    { label: "Loft over skolens betaling (kr. pr. elev pr. år)", values: [666000], numFmt: KR, note: "Kataloget: 666.000 kr." },
    { label: "Medfinansieringspulje til skolerne (kr.)", values: [185000000], numFmt: KR, note: "Kommunens budget (fiktivt)" },
    { label: "Fordelingsvægte: elevtal, socioøkonomi", values: [0.6, 0.4], numFmt: PCT, note: "Kommunens eget valg (fiktivt)" },
  ]);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, "0.00"],
      ["Tildeling (kr.)", 18, KR],
      ["Medfinansiering (kr.)", 20, KR2],
      ["Resultat (kr.)", 18, KR2],
      ["Elever i specialtilbud", 22],
    ],
    list.map((x) => [x.name, x.pupils, x.socio])
  );
  spill(s, `D2:D${sLast}`, `SPU.ALLOCATE(Parametre!$B$7,B2:C${sLast},Parametre!$B$8:$C$8)`);
  for (let r = 2; r <= sLast; r++) {
    formula(s, `E${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$E$2:$E$${last})`);
    formula(s, `F${r}`, `D${r}-E${r}`);
    formula(s, `G${r}`, `COUNTIF(Visitationer!$A$2:$A$${last},A${r})`);
  }
  const v = table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 14],
      ["Omkostning for perioden (kr.)", 28, KR],
      ["Årsandel", 10, "0.00"],
      ["Skolens betaling (kr.)", 22, KR2],
      ["Central kompensation (kr.)", 26, KR2],
    ],
    referrals
  );
  const args = `C2:C${last},B2:B${last},D2:D${last},Parametre!$B$2,Parametre!$B$3,Parametre!$B$4,Parametre!$B$5,Parametre!$B$6`;
  spill(v, `E2:E${last}`, `SPU.ROSKILDE_COST(${args})`);
  spill(v, `F2:F${last}`, `SPU.ROSKILDE_CENTRAL(${args})`);
  summary(wb, [
    ["Visitationer i alt (kr.)", `SUM(Visitationer!C2:C${last})`, KR],
    ["Skolernes betaling (kr.)", `SUM(Visitationer!E2:E${last})`, KR2],
    ["Central kompensation (kr.)", `SUM(Visitationer!F2:F${last})`, KR2],
    ["Tildelt skolerne (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
    ["Skolernes samlede resultat (kr.)", `SUM(Skoler!F2:F${sLast})`, KR2],
    ["Inklusionsgrad", `SPU.INCLUSION_RATE(Skoler!B2:B${sLast},Skoler!G2:G${sLast})`, PCT],
  ]);
  return wb;
}

function viborg() {
  const rng = random(2002);
  const list = schools(rng, 27);
  const referrals = Array.from({ length: 420 }, () => {
    const f = yearFraction(rng);
    return [rng.pick(list).name, rng.amount(90000, 750000, 1000) * f, f];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const wb = newWorkbook("Hedeby Kommune – fast takst pr. visitation (Viborg-modellen)", [
    "Skolen betaler en fast takst for hver elev, der visiteres til specialklasse eller specialskole; en central restpulje betaler resten.",
    "Midlerne fordeles til skolerne efter antal klasser og socioøkonomi.",
  ]);
  parameters(wb, [
    { label: "Takst pr. visiteret elev (kr. pr. år)", values: [135000], numFmt: KR, note: "Kataloget: 135.000 kr." },
    { label: "Pulje til skolerne (kr.)", values: [52000000], numFmt: KR, note: "Kommunens budget (fiktivt)" },
    { label: "Vægt: antal klasser (resten: socioøkonomi)", values: [0.6], numFmt: PCT, note: "Kataloget angiver ingen vægt – kommunens eget valg" },
  ]);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Klasser", 10],
      ["Socioøkonomisk indeks", 22, "0.00"],
      ["Tildeling (kr.)", 18, KR],
      ["Betaling for visitationer (kr.)", 28, KR2],
      ["Resultat (kr.)", 18, KR2],
    ],
    list.map((x) => [x.name, x.classes, x.socio])
  );
  spill(s, `D2:D${sLast}`, `SPU.VIBORG_ALLOCATION(Parametre!$B$3,B2:B${sLast},C2:C${sLast},Parametre!$B$4)`);
  for (let r = 2; r <= sLast; r++) {
    formula(s, `E${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$D$2:$D$${last})`);
    formula(s, `F${r}`, `D${r}-E${r}`);
  }
  const v = table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Omkostning for perioden (kr.)", 28, KR],
      ["Årsandel", 10, "0.00"],
      ["Skolens takst (kr.)", 20, KR2],
      ["Central restfinansiering (kr.)", 28, KR2],
    ],
    referrals
  );
  spill(v, `D2:D${last}`, `SPU.VIBORG_COST(B2:B${last},C2:C${last},Parametre!$B$2)`);
  spill(v, `E2:E${last}`, `SPU.VIBORG_CENTRAL(B2:B${last},C2:C${last},Parametre!$B$2)`);
  summary(wb, [
    ["Visitationer i alt (kr.)", `SUM(Visitationer!B2:B${last})`, KR],
    ["Skolernes takstbetaling (kr.)", `SUM(Visitationer!D2:D${last})`, KR2],
    ["Central restfinansiering (kr.)", `SUM(Visitationer!E2:E${last})`, KR2],
    ["Tildelt skolerne (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
  ]);
  return wb;
}

function hjorring() {
  const rng = random(3003);
  const list = schools(rng, 38);
  const referrals = Array.from({ length: 950 }, () => [rng.pick(list).name, yearFraction(rng), rng.pick(["specialklasse", "specialskole", "Hjørringskolen", "anden kommune"])]);
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const wb = newWorkbook("Nordstrand Kommune – fuld decentralisering med gennemsnitstakst (Hjørring-modellen)", [
    "Én pulje fordeles 70 % efter elevtal og 30 % efter distriktets socioøkonomi.",
    "Skolen betaler en årlig gennemsnitstakst for hver elev, den visiterer; det, den ikke bruger, investerer den i inklusion.",
  ]);
  parameters(wb, [
    { label: "Pulje (kr.)", values: [308000000], numFmt: KR, note: "Kommunens budget (fiktivt); skolerne visiterer for ca. 73 % af puljen" },
    { label: "Vægt: elevtal (resten: socioøkonomi)", values: [0.7], numFmt: PCT, note: "Kataloget: 70 % / 30 %" },
    { label: "Gennemsnitstakst (kr. pr. elev pr. år)", values: [293000], numFmt: KR, note: "Kataloget: 293.000 kr. (2023)" },
    { label: "Samlet udgift, specialskolen (kr.)", values: [41020000], numFmt: KR, note: "Fiktivt regnskab" },
    { label: "Elever, specialskolen", values: [140], note: "Fiktivt" },
  ]);
  const p = wb.getWorksheet("Parametre");
  p.getCell("A7").value = "Beregnet gennemsnitstakst (kr. pr. elev pr. år)";
  formula(p, "B7", "SPU.HJORRING_RATE(B5,B6)", KR2);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, "0.00"],
      ["Andel af puljen (kr.)", 20, KR],
      ["Visiterede helårselever", 24, "0.00"],
      ["Balance (kr.)", 18, KR2],
    ],
    list.map((x) => [x.name, x.pupils, x.socio])
  );
  spill(s, `D2:D${sLast}`, `SPU.HJORRING_SHARE(Parametre!$B$2,B2:B${sLast},C2:C${sLast},Parametre!$B$3)`);
  for (let r = 2; r <= sLast; r++) formula(s, `E${r}`, `SUMIF(Visitationer!$A$2:$A$${last},A${r},Visitationer!$B$2:$B$${last})`);
  spill(s, `F2:F${sLast}`, `SPU.HJORRING_BALANCE(D2:D${sLast},E2:E${sLast},Parametre!$B$4)`);
  table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Helårselever", 14, "0.00"],
      ["Tilbud", 18],
    ],
    referrals
  );
  summary(wb, [
    ["Pulje fordelt (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
    ["Visiterede helårselever", `SUM(Skoler!E2:E${sLast})`, "0.00"],
    ["Skolernes samlede balance (kr.)", `SUM(Skoler!F2:F${sLast})`, KR2],
  ]);
  return wb;
}

function aalborg() {
  const rng = random(4004);
  const list = schools(rng, 46);
  const areas = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Skoven", "Engen", "Bakkerne", "Fjorden"].map((name) => ({ name, socio: rng.amount(0.7, 1.5, 0.01) }));
  list.forEach((x, i) => (x.area = areas[i % areas.length].name));
  const referrals = Array.from({ length: 620 }, () => {
    const school = rng.pick(list);
    return [school.name, rng.weighted([["område", 4], ["kommune", 6]]), school.area];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const aLast = areas.length + 1;
  const wb = newWorkbook("Fjordby Kommune – områdemodel med fokusklassepladser (Aalborg-modellen)", [
    "Kommunen er delt i ti områder; hvert område får et antal pladser i fokusklasser efter elevtal og socioøkonomi.",
    "Ubrugte pladser frigiver midler til områdets skoler; ekstra pladser betaler de selv. Kommunale tilbud forbliver centrale.",
  ]);
  parameters(wb, [
    { label: "Fokusklassepladser i alt", values: [250], note: "Fiktivt" },
    { label: "Vægt: elevtal (resten: socioøkonomi)", values: [0.5], numFmt: PCT, note: "Kataloget angiver ingen vægt – kommunens eget valg" },
    { label: "Pris pr. plads (kr. pr. år)", values: [310000], numFmt: KR, note: "Kataloget angiver ingen pris – fiktivt" },
  ]);
  const a = table(
    wb,
    "Områder",
    [
      ["Område", 14],
      ["Elever", 10],
      ["Socioøkonomisk indeks", 22, "0.00"],
      ["Pladser", 10],
      ["Brugte pladser", 16],
      ["Frigivet (+) / betalt (−) (kr.)", 30, KR],
    ],
    areas.map((x) => [x.name, null, x.socio])
  );
  for (let r = 2; r <= aLast; r++) {
    formula(a, `B${r}`, `SUMIF(Skoler!$B$2:$B$${sLast},A${r},Skoler!$C$2:$C$${sLast})`);
    formula(a, `E${r}`, `COUNTIFS(Visitationer!$C$2:$C$${last},A${r},Visitationer!$B$2:$B$${last},"område")`);
    formula(a, `F${r}`, `(D${r}-E${r})*Parametre!$B$4`);
  }
  spill(a, `D2:D${aLast}`, `SPU.AALBORG_PLACES(Parametre!$B$2,B2:B${aLast},C2:C${aLast},Parametre!$B$3)`);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Område", 12],
      ["Elever", 10],
      ["Afregning (kr.)", 18, KR],
    ],
    list.map((x) => [x.name, x.area, x.pupils])
  );
  spill(s, `D2:D${sLast}`, `SPU.AALBORG_SETTLEMENT_BY_AREA(B2:B${sLast},C2:C${sLast},'Områder'!A2:A${aLast},'Områder'!D2:D${aLast},'Områder'!E2:E${aLast},Parametre!$B$4)`);
  table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 12],
      ["Område", 12],
    ],
    referrals
  );
  summary(wb, [
    ["Pladser fordelt", `SUM('Områder'!D2:D${aLast})`, "0"],
    ["Brugte pladser", `SUM('Områder'!E2:E${aLast})`, "0"],
    ["Afregning med skolerne i alt (kr.)", `SUM(Skoler!D2:D${sLast})`, KR],
  ]);
  return wb;
}

function nordfyns() {
  const rng = random(5005);
  const list = schools(rng, 21);
  const referrals = Array.from({ length: 310 }, () => {
    const f = yearFraction(rng);
    return [rng.pick(list).name, rng.amount(120000, 800000, 1000) * f, rng.pick(["specialklasse", "specialskole", "dagbehandling", "anden kommune"])];
  });
  const total = referrals.reduce((s, r) => s + r[1], 0);
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const wb = newWorkbook("Ørslev Kommune – central pulje styret af skolelederne (Nordfyns-modellen)", [
    "Alle midler til specialundervisning ligger i én central pulje, som skolelederne forvalter i fællesskab.",
    "Et overskud går til fællesmidlerne; et underskud trækkes først af fællesmidlerne, dernæst af skolernes grundbudgetter.",
  ]);
  parameters(wb, [
    { label: "Budget til specialundervisning (kr.)", values: [Math.round((total * 0.97) / 100000) * 100000], numFmt: KR, note: "Kommunens budget (fiktivt)" },
    { label: "Fællesmidler primo (kr.)", values: [1500000], numFmt: KR, note: "Fiktivt" },
  ]);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Grundbudget (kr.)", 20, KR],
      ["Træk på grundbudget (kr.)", 26, KR],
    ],
    list.map((x) => [x.name, Math.round(x.pupils * 68000 * (0.9 + rng.next() * 0.2) / 1000) * 1000])
  );
  spill(s, `C2:C${sLast}`, `SPU.NORDFYNS_SCHOOL_DRAW(Parametre!$B$2,Visitationer!B2:B${last},Parametre!$B$3,B2:B${sLast})`);
  table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Omkostning (kr.)", 18, KR],
      ["Tilbud", 18],
    ],
    referrals
  );
  summary(wb, [
    ["Udgifter til visitationer (kr.)", `SUM(Visitationer!B2:B${last})`, KR],
    ["Fællesmidler ultimo (kr.)", `SPU.NORDFYNS_COMMON_FUNDS(Parametre!B2,Visitationer!B2:B${last},Parametre!B3)`, KR],
    ["Trukket fra skolernes grundbudgetter (kr.)", `SUM(Skoler!C2:C${sLast})`, KR],
  ]);
  return wb;
}

/** Excel's date serial of a UTC calendar day (1900 date system). */
function serial(year, month, day) {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

function horsholm() {
  const rng = random(6006);
  const list = schools(rng, 24);
  const first = serial(2024, 8, 1);
  const referrals = Array.from({ length: 280 }, () => {
    const start = first + rng.int(0, 320);
    return [rng.pick(list).name, rng.pick(["specialklasse", "specialskole", "anden kommune", "støtte mindst 9 timer"]), rng.amount(80000, 700000, 1000), start, start + rng.int(45, 420)];
  });
  const last = referrals.length + 1 + SPARE;
  const sLast = list.length + 1;
  const wb = newWorkbook("Lyngholm Kommune – samarbejdsmodel med aktivitetsbaseret central pulje (Hørsholm-modellen)", [
    "En central pulje betaler specialklasser, specialskole, tilbud i andre kommuner og støtte på mindst 9 timer om ugen; pengene følger aktiviteten og fordeles to gange om året.",
    "Skolerne får decentrale midler efter elevtal til forebyggelse og støtte under 9 timer.",
  ]);
  parameters(wb, [
    { label: "Decentral pulje (kr.)", values: [12000000], numFmt: KR, note: "Kommunens budget (fiktivt)" },
    { label: "Fordelingsperiode, start", values: [serial(2025, 1, 1)], numFmt: DATE, note: "Første fordeling: 1. halvår" },
    { label: "Fordelingsperiode, slut", values: [serial(2025, 6, 30)], numFmt: DATE },
  ]);
  const s = table(
    wb,
    "Skoler",
    [
      ["Skole", 24],
      ["Elever", 10],
      ["Decentrale midler (kr.)", 22, KR],
      ["Central tildeling i perioden (kr.)", 32, KR2],
    ],
    list.map((x) => [x.name, x.pupils])
  );
  spill(s, `C2:C${sLast}`, `SPU.HORSHOLM_DECENTRAL(Parametre!$B$2,B2:B${sLast})`);
  spill(
    s,
    `D2:D${sLast}`,
    `SPU.HORSHOLM_ALLOCATION(A2:A${sLast},Visitationer!A2:A${last},Visitationer!C2:C${last},Visitationer!D2:D${last},Visitationer!E2:E${last},Parametre!$B$3,Parametre!$B$4)`
  );
  const v = table(
    wb,
    "Visitationer",
    [
      ["Skole", 24],
      ["Tilbud", 22],
      ["Årlig omkostning (kr.)", 22, KR],
      ["Start", 12, DATE],
      ["Slut", 12, DATE],
      ["Omkostning i perioden (kr.)", 26, KR2],
    ],
    referrals
  );
  spill(v, `F2:F${last}`, `SPU.HORSHOLM_PERIOD_COST(C2:C${last},D2:D${last},E2:E${last},Parametre!$B$3,Parametre!$B$4)`);
  summary(wb, [
    ["Decentrale midler fordelt (kr.)", `SUM(Skoler!C2:C${sLast})`, KR],
    ["Central tildeling i perioden (kr.)", `SUM(Skoler!D2:D${sLast})`, KR2],
    ["Omkostning i perioden, alle visitationer (kr.)", `SUM(Visitationer!F2:F${last})`, KR2],
  ]);
  return wb;
}

function efterskole() {
  const rng = random(7007);
  const names = ["Vestdal", "Klitgården", "Fjordvang", "Hedelund", "Skovbakken", "Nordstrand", "Egely", "Sølyst", "Bjerregård", "Lyngbo", "Havbakken", "Engholm", "Kildevæld", "Mosegården", "Østervang", "Birkely", "Rønnebo", "Pilegården", "Stenhøj", "Åbrink"].map((n) => `${n} Efterskole`);
  const pupils = names.flatMap((school, i) =>
    Array.from({ length: rng.int(35, 75) }, (_, k) => {
      const ppr9 = rng.next() < 0.28;
      const extensive = ppr9 && rng.next() < 0.35;
      const plan = ppr9 ? rng.next() < 0.9 : rng.next() < 0.05;
      const yesNo = (b) => (b ? "ja" : "nej");
      return [school, `E${String(i + 1).padStart(2, "0")}-${String(k + 1).padStart(3, "0")}`, yesNo(ppr9), yesNo(extensive), yesNo(plan)];
    })
  );
  const last = pupils.length + 1;
  const sLast = names.length + 1;
  const wb = newWorkbook("Efterskoler i Vestdal – taxametertilskud til specialundervisning (fra 2018)", [
    "Hver elev udløser grundtakst; tillægstakst 1 kræver en PPR-udtalelse om mindst 9 ugentlige timer og en skriftlig plan; tillægstakst 2 i stedet for 1 kræver desuden, at behovet er særligt omfattende.",
    "Tilskuddet for finansår Y beregnes af aktiviteten i skoleåret, der slutter i Y − 1.",
  ]);
  parameters(wb, [
    { label: "Finansår", values: [2018], note: "" },
    { label: "Grundtakst (kr. pr. elev)", values: [12500], numFmt: KR, note: "Eksempeltakst – brug årets finanslov" },
    { label: "Tillægstakst 1 (kr. pr. elev)", values: [39800], numFmt: KR, note: "Eksempeltakst – brug årets finanslov" },
    { label: "Tillægstakst 2 (kr. pr. elev)", values: [83600], numFmt: KR, note: "Eksempeltakst – brug årets finanslov" },
    { label: "Tilskud efter gl. § 25, 1. aug.–31. dec. 2015 (kr.)", values: [1234567.89], numFmt: KR2, note: "Overgangsordning 2016 (fiktivt beløb)" },
    { label: "Tilskud efter gl. § 25, skoleåret 2015/16 (kr.)", values: [2987654.32], numFmt: KR2, note: "Overgangsordning 2017 (fiktivt beløb)" },
  ]);
  const s = table(
    wb,
    "Skoler",
    [
      ["Efterskole", 26],
      ["Elever", 10],
      ["Tillægstakst 1", 16],
      ["Tillægstakst 2", 16],
      ["Tilskud (kr.)", 18, KR],
    ],
    names.map((n) => [n])
  );
  for (let r = 2; r <= sLast; r++) {
    formula(s, `B${r}`, `COUNTIF(Elever!$A$2:$A$${last},A${r})`);
    formula(s, `C${r}`, `COUNTIFS(Elever!$A$2:$A$${last},A${r},Elever!$F$2:$F$${last},1)`);
    formula(s, `D${r}`, `COUNTIFS(Elever!$A$2:$A$${last},A${r},Elever!$F$2:$F$${last},2)`);
    formula(s, `E${r}`, `B${r}*Parametre!$B$3+C${r}*Parametre!$B$4+D${r}*Parametre!$B$5`);
  }
  const e = table(
    wb,
    "Elever",
    [
      ["Efterskole", 26],
      ["Elev", 10],
      ["PPR: mindst 9 timer", 20],
      ["PPR: særligt omfattende", 24],
      ["Skriftlig plan", 14],
      ["Kategori", 10],
    ],
    pupils
  );
  spill(e, `F2:F${last}`, `SPU.EFTERSKOLE_CATEGORY(C2:C${last},D2:D${last},E2:E${last})`);
  const o = summary(wb, [
    ["Grundlag: skoleåret", "SPU.EFTERSKOLE_BASIS_YEAR(Parametre!B2)"],
    ["Tilskud i alt (kr.)", `SPU.EFTERSKOLE_GRANT(Elever!F2:F${last},Parametre!B3,Parametre!B4,Parametre!B5)`, KR],
    ["Tilskud i alt, sum over skolerne (kr.)", `SUM(Skoler!E2:E${sLast})`, KR],
  ]);
  o.getCell("A6").value = "Overgang 2016: 5 månedlige rater";
  o.getCell("A6").font = { bold: true };
  o.getCell("C6").value = "Overgang 2017: 12 månedlige rater";
  o.getCell("C6").font = { bold: true };
  o.getColumn(3).width = 34;
  o.getColumn(4).width = 18;
  spill(o, "B7:B11", "SPU.EFTERSKOLE_TRANSITION(2016,Parametre!B6)", KR2);
  spill(o, "D7:D18", "SPU.EFTERSKOLE_TRANSITION(2017,Parametre!B7)", KR2);
  return wb;
}

const WORKBOOKS = { roskilde, viborg, hjorring, aalborg, nordfyns, horsholm, efterskole };

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, make] of Object.entries(WORKBOOKS)) {
    const file = path.join(OUT, `${name}.xlsx`);
    await make().xlsx.writeFile(file);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
