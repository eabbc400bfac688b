import { comparisonExample } from "./example";
import { COMPARE, MARGINAL_COST, PHASE_IN, PHASE_IN_YEARS } from "./declarations";
import { address, columnName, COUNT, DECIMAL, formula, KR, KR2, parameters, Parameter, PCT, put, sheet, Sheet, spill, summary, table, Workbook, workbook } from "../examples/workbook";
import { SPARE } from "../examples/random";
import { formula as call, Signature } from "../excel/signature";
import { COMPARED, ModelId } from "../municipalities";
import { INDEX, SENSITIVITY, SOLVE } from "../planning/declarations";
import { RISK } from "../risk/declarations";
import { SETTINGS } from "../taskpane/forms";
import { wrapLines } from "../taskpane/layout";
import { key, t, TextKey } from "../texts";

/**
 * Østerby Kommune (comparisonExample(), the data SPU.RISK's shape test uses) as a workbook: the
 * six models side by side with SPU.COMPARE, the incentive and a phase-in, Viborg's rate varied,
 * solved and indexed, each model's risk, and a print-ready committee note over all of it.
 */
const da = (id: TextKey, params?: Record<string, string | number>) => t("da", id, params);
const title = (id: ModelId) => COMPARED.find((c) => c.id === id)!.title;
const MODELS = COMPARED.length;
const OWN = "Kommunens eget valg (fiktivt)";
/** The rates SPU.SENSITIVITY tries, around the seed's 135.000 kr. */
const RATES = [95000, 115000, 135000, 155000, 175000];
/** A fictional price and wage index in the style of KL's forecast, budget year = 100. */
const INDEX_LEVELS = [100, 102.4, 104.9, 107.4];
const BUDGET_YEAR = 2026;
/** Characters per printed line of the note: its columns, A4 portrait, one page wide. */
const LINE = 100;
const FORMATS = { money: KR, share: PCT, number: COUNT } as Record<string, string>;

/** An SPU call as a cell holds it (the signature puts each argument in its place). */
const spu = <P extends string>(fn: Signature<P>, args: Partial<Record<P, string>>) => call(fn, args).slice(1);

export function comparison(): Workbook {
  const ex = comparisonExample();
  const n = ex.schools.length;
  const last = ex.referrals.length + 1 + SPARE;
  const book = workbook("Østerby Kommune – seks modeller side om side", [
    "SPU.COMPARE stiller de seks modeller fra kataloget side om side på kommunens egne skoler og visitationer: hver skoles nettoposition (hvad den modtager minus hvad den betaler) og det, der bliver centralt.",
    "Sammenligning: SPU.COMPARE, merudgiften ved én visitation mere (SPU.MARGINAL_COST) og en indfasning fra den nuværende til en ny model (SPU.PHASE_IN).",
    "Planlægning: Viborg-taksten på fem niveauer (SPU.SENSITIVITY), taksten der giver skolerne en valgt andel af udgiften (SPU.SOLVE), fremskrevet med et prisindeks (SPU.INDEX).",
    "Risiko: SPU.RISK pr. model, når visitationerne svinger fra år til år. Udvalgsnotat: et notat klar til udskrift, med formler over de andre ark.",
  ]);

  const given = new Map(ex.settings.map(([name, value]) => [String(name), value as number]));
  const rows: (Parameter | string)[] = [
    { label: da("param.budget"), values: [ex.budget], format: KR, note: `${OWN}: 2 % over årets udgift til visitationer`, name: "Budget" },
    { label: da("param.marginal_cost"), values: [400000], format: KR, note: OWN, name: "Ekstra_visitation" },
    { label: da("param.current_model"), values: [title("roskilde")], note: `${OWN}: den model, skolerne afregnes efter i dag`, name: "Nuværende_model" },
    { label: da("param.target_model"), values: [title("hjorring")], note: OWN, name: "Ny_model" },
    { label: da("param.max_loss"), values: [0.02], format: PCT, note: `${OWN}, som Englands minimum funding guarantee`, name: "Største_tab" },
    { label: da("param.years"), values: [4], format: COUNT, note: OWN, name: "Indfasningsår" },
    { label: "Skolernes andel af udgiften til visitationer (mål for SPU.SOLVE)", values: [0.4], format: PCT, note: OWN, name: "Skoleandel" },
    { label: "Budgetår (prisniveau for budget og takster)", values: [BUDGET_YEAR], format: "0", note: OWN, name: "Budgetår" },
    { label: da("risk.runs"), values: [1000], format: COUNT, note: "SPU.RISK's standard", name: "Simulerede_år" },
    { label: da("risk.seed"), values: [1], format: "0", note: "SPU.RISK's standard", name: "Startværdi" },
    da("out.settings"),
    // Column A holds the setting's name as SPU.COMPARE reads it; the note says what it is and whence.
    ...SETTINGS.map((s): Parameter => {
      const source = given.has(s.id) ? OWN.toLowerCase() : s.default !== undefined ? "kataloget (standardværdi)" : da(s.blank as TextKey);
      return { label: s.id, values: [given.get(s.id) ?? s.default ?? null], format: FORMATS[s.kind], note: `${da(s.label as TextKey)} – ${source}`, name: s.id.replace(".", "_") };
    }),
  ];
  parameters(book, rows);
  const row = (name: string) => rows.findIndex((p) => typeof p !== "string" && p.name === name) + 2;
  const param = (name: string) => `Parametre!$B$${row(name)}`;
  const settings = `Parametre!$A$${row(SETTINGS[0].id.replace(".", "_"))}:$B$${rows.length + 1}`;

  table(
    book,
    "Skoler",
    [
      [da("col.school"), 24],
      [da("col.pupils"), 10, COUNT],
      [da("col.classes"), 14, COUNT],
      ["Socioøkonomisk indeks", 22, DECIMAL],
      [da("col.area"), 10],
      [da("col.base_budget"), 18, KR],
    ],
    ex.schools as (number | string)[][]
  );
  table(
    book,
    "Visitationer",
    [
      [da("col.school"), 24],
      [da("col.offer"), 14],
      ["Udgift i året (kr.)", 20, KR],
      [da("col.year_fraction"), 14, DECIMAL],
    ],
    ex.referrals as (number | string)[][],
    last
  );
  const municipality = { schools: `Skoler!$A$2:$F$${n + 1}`, referrals: `Visitationer!$A$2:$D$${last}`, budget: param("Budget"), settings };
  const costs = `Visitationer!$C$2:$C$${last}`;
  const cost = `SUM(${costs})`;

  // Sammenligning: the COMPARE spill from row 2 (its header the models), its totals and the check.
  const s = sheet(book, "Sammenligning", [24, ...new Array<number>(MODELS).fill(18)]);
  const col = (k: number) => columnName(2 + k);
  const models = `$B$2:$${col(MODELS - 1)}$2`;
  const centre = n + 3;
  put(s, "A1", { value: da("out.compare"), bold: true });
  spill(s, `A2:${col(MODELS - 1)}${centre}`, spu(COMPARE, municipality), KR2);
  put(s, `A${n + 4}`, { value: da("out.total"), bold: true });
  put(s, `A${n + 5}`, { value: da("out.neutral") });
  put(s, `A${n + 6}`, { value: "Forskel (skal være 0)" });
  COMPARED.forEach((_, k) => {
    formula(s, `${col(k)}${n + 4}`, `SUM(${col(k)}3:${col(k)}${centre})`, KR2);
    formula(s, `${col(k)}${n + 5}`, `${param("Budget")}-${cost}`, KR2);
    // To the øre: a sum of øre amounts in binary floating point is off by a few 1e-9.
    formula(s, `${col(k)}${n + 6}`, `ROUND(${col(k)}${n + 4}-${col(k)}${n + 5},2)`, KR2);
  });
  const name = (target: Sheet, at: string, i: number) => formula(target, at, `Sammenligning!$A$${3 + i}`);

  const marginal = n + 8;
  put(s, `A${marginal}`, { value: `Merudgift for skolen ved én visitation mere til udgiften i Parametre!B${row("Ekstra_visitation")} (SPU.MARGINAL_COST)`, bold: true });
  put(s, `A${marginal + 1}`, { value: da("out.school"), bold: true });
  COMPARED.forEach((_, k) => put(s, `${col(k)}${marginal + 1}`, { formula: `${col(k)}$2`, bold: true }));
  for (let i = 0; i < n; i++) name(s, `A${marginal + 2 + i}`, i);
  spill(s, `B${marginal + 2}:${col(MODELS - 1)}${marginal + 1 + n}`, spu(MARGINAL_COST, { model: models, cost: param("Ekstra_visitation"), ...municipality }), KR2);

  // The phase-in on each school's whole budget, base budget + position, as the pane writes it.
  const phase = marginal + n + 3;
  const years = (rows[row("Indfasningsår") - 2] as Parameter).values[0] as number;
  const first = phase + 2;
  const lastSchool = first + n - 1;
  put(s, `A${phase}`, { value: da("out.phase"), bold: true });
  put(s, `A${phase + 1}`, { value: da("out.school"), bold: true });
  put(s, `B${phase + 1}`, { formula: param("Nuværende_model"), bold: true });
  put(s, `C${phase + 1}`, { formula: param("Ny_model"), bold: true });
  for (let y = 0; y < years; y++) put(s, address(phase + 1, 4 + y), { value: da("out.year", { year: y + 1 }), bold: true });
  for (let i = 0; i < n; i++) {
    const r = first + i;
    name(s, `A${r}`, i);
    const under = (model: string) => `Skoler!$F$${2 + i}+INDEX($B$${3 + i}:$${col(MODELS - 1)}$${3 + i},1,MATCH(${param(model)},${models},0))`;
    formula(s, `B${r}`, under("Nuværende_model"), KR);
    formula(s, `C${r}`, under("Ny_model"), KR);
  }
  const path = { current: `B${first}:B${lastSchool}`, target: `C${first}:C${lastSchool}`, max_loss: param("Største_tab") };
  spill(s, `D${first}:${columnName(3 + years)}${lastSchool}`, spu(PHASE_IN, { ...path, years: param("Indfasningsår") }), KR);
  put(s, `A${lastSchool + 1}`, { value: da("out.total"), bold: true });
  for (let c = 2; c <= 3 + years; c++) formula(s, address(lastSchool + 1, c), `SUM(${columnName(c)}${first}:${columnName(c)}${lastSchool})`, KR);
  // In D: the label runs over B and C.
  put(s, `A${lastSchool + 2}`, { value: da("out.phaseYears") });
  formula(s, `D${lastSchool + 2}`, spu(PHASE_IN_YEARS, path), COUNT);
  const phaseYears = `Sammenligning!$D$${lastSchool + 2}`;
  put(s, `A${lastSchool + 3}`, { value: da("out.phaseNote") });

  // Planlægning: Viborg's rate at five values, solved for the schools' share, and indexed.
  const viborg = `"${title("viborg")}"`;
  const rate = '"viborg.rate"';
  const p = sheet(book, "Planlægning", [40, 18, 18, 18, 18, 18]);
  put(p, "A1", { value: "Følsomhed: nettoposition pr. skole under Viborg-modellen ved fem takster (SPU.SENSITIVITY)", bold: true });
  put(p, "A2", { value: "Takster at prøve (kr. pr. visiteret elev pr. år)" });
  RATES.forEach((value, c) => put(p, address(2, 2 + c), { value, role: "parameter", format: KR }));
  const rates = `$B$2:$${columnName(1 + RATES.length)}$2`;
  spill(p, `A4:${columnName(1 + RATES.length)}${n + 5}`, spu(SENSITIVITY, { model: viborg, setting: rate, values: rates, ...municipality }), KR2);
  put(p, `A${n + 6}`, { value: da("out.total"), bold: true });
  put(p, `A${n + 7}`, { value: da("out.neutral") });
  RATES.forEach((_, c) => {
    formula(p, address(n + 6, 2 + c), `SUM(${columnName(2 + c)}5:${columnName(2 + c)}${n + 5})`, KR2);
    formula(p, address(n + 7, 2 + c), `${param("Budget")}-${cost}`, KR2);
  });
  put(p, `A${n + 9}`, { value: "Viborg-takst, hvor skolerne betaler andelen nedenfor (SPU.SOLVE)", bold: true });
  formula(p, `B${n + 9}`, spu(SOLVE, { model: viborg, setting: rate, target: '"school_share"', goal: param("Skoleandel"), ...municipality }), KR);
  put(p, `A${n + 10}`, { value: "Skolernes andel af udgiften til visitationer" });
  formula(p, `B${n + 10}`, param("Skoleandel"), PCT);

  const index = n + 12;
  put(p, `A${index}`, { value: `Pris- og lønindeks (fiktivt, i stil med KL's pris- og lønfremskrivning; ${BUDGET_YEAR} = 100)`, bold: true });
  put(p, `A${index + 1}`, { value: "År", bold: true });
  put(p, `B${index + 1}`, { value: "Indeks", bold: true });
  INDEX_LEVELS.forEach((level, k) => {
    put(p, `A${index + 2 + k}`, { value: BUDGET_YEAR + k, role: "input", format: "0" });
    put(p, `B${index + 2 + k}`, { value: level, role: "input", format: "0.0" });
  });
  const moved = index + 3 + INDEX_LEVELS.length;
  const levels = INDEX_LEVELS.length;
  put(p, `A${moved}`, { value: "Taksten fra SPU.SOLVE i hvert års priser (SPU.INDEX): budgetår og tre overslagsår", bold: true });
  put(p, `A${moved + 1}`, { value: "År", bold: true });
  put(p, `B${moved + 1}`, { value: "Takst (kr.)", bold: true });
  ["Budgetår", "1. overslagsår", "2. overslagsår", "3. overslagsår"].forEach((label, k) => {
    formula(p, `A${moved + 2 + k}`, `${param("Budgetår")}+${k}`, "0");
    put(p, `C${moved + 2 + k}`, { value: label });
  });
  const indexColumn = (c: string) => `$${c}$${index + 2}:$${c}$${index + 1 + levels}`;
  spill(
    p,
    `B${moved + 2}:B${moved + 5}`,
    spu(INDEX, { amount: `$B$${n + 9}`, from_year: param("Budgetår"), to_year: `$A$${moved + 2}:$A$${moved + 5}`, index_years: indexColumn("A"), index_levels: indexColumn("B") }),
    KR2
  );

  // Risiko: one SPU.RISK per model, the model named by COMPARE's header.
  const r = sheet(book, "Risiko", [24, 16, 16, 16, 18]);
  put(r, "A1", { value: da("risk.title"), bold: true });
  da("risk.text")
    .split("\n")
    .forEach((line, i) => put(r, `A${2 + i}`, { value: line }));
  const block = (k: number) => 5 + k * (n + 4);
  COMPARED.forEach((c, k) => {
    const top = block(k);
    put(r, `A${top}`, { value: `${c.title}: P10, P50 og P90 af skolens nettoposition (kr.) og sandsynligheden for underskud (SPU.RISK)`, bold: true });
    const args = { model: `Sammenligning!$${col(k)}$2`, ...municipality, runs: param("Simulerede_år"), seed: param("Startværdi") };
    spill(r, `A${top + 1}:E${top + n + 2}`, spu(RISK, args), [KR, KR, KR, KR, PCT]);
  });

  const solved = `Planlægning!$B$${n + 9}`;
  const indexed = `Planlægning!$B$${moved + 5}`;
  note(book, { n, costs, param, solved, indexed, phaseYears });
  summary(book, [
    ["Visitationer i alt (kr.)", cost, KR],
    [da("param.budget"), param("Budget"), KR],
    ["Budget − visitationer (kr.)", `${param("Budget")}-${cost}`, KR],
    ...COMPARED.map((c, k): [string, string, string] => [`${c.title}: tilbage centralt (kr.)`, `Sammenligning!${col(k)}${centre}`, KR2]),
    ["Viborg-takst, hvor skolerne betaler andelen i Parametre (kr.)", solved, KR],
    ["Samme takst i 3. overslagsår (kr.)", indexed, KR2],
    ["År til fuld indfasning (SPU.PHASE_IN_YEARS)", phaseYears, COUNT],
  ]);
  return book;
}

interface NoteRefs {
  n: number;
  /** The referrals' cost column. */
  costs: string;
  param: (name: string) => string;
  solved: string;
  indexed: string;
  phaseYears: string;
}

/**
 * Udvalgsnotat: the question, key figures, the per-school table and the assumptions with the
 * seed sentence each comes from, as formulas over the other sheets; A4 portrait, one page wide,
 * file name and date above and "Side x af y" below, as the pane's note prints.
 */
function note(book: Workbook, { n, costs, param, solved, indexed, phaseYears }: NoteRefs): void {
  const s = sheet(book, "Udvalgsnotat", [22, ...new Array<number>(MODELS).fill(15)]);
  s.print = { landscape: false, header: "&L&F&R&D", footer: `&C${da("note.footer")}` };
  let at = 1;
  const line = (cells: Record<string, { value?: string | number; formula?: string; format?: string; bold?: boolean }>) => {
    for (const [c, cell] of Object.entries(cells)) put(s, `${c}${at}`, cell);
    at++;
  };
  const text = (value: string, bold = false) => line({ A: { value, bold } });

  text("Udvalgsnotat: Østerby Kommune – seks modeller side om side", true);
  at++;
  text(da("note.questionHead"), true);
  const question = `${da("note.question")} Hvad koster én visitation mere den enkelte skole, hvordan kan en ny model indfases, og hvor meget svinger en lille skoles resultat fra år til år?`;
  wrapLines(question, LINE).forEach((l) => text(l));
  at++;

  // The figures in column E: the labels are longer than column A.
  text(da("note.figures"), true);
  const figure = (label: string, formula: string, format?: string) => line({ A: { value: label }, E: { formula, format } });
  figure(da("note.budget"), param("Budget"), KR);
  figure(da("note.costs"), `SUM(${costs})`, KR);
  figure(da("note.schools"), `COUNT(Skoler!$B$2:$B$${n + 1})`, COUNT);
  figure(da("note.referrals"), `COUNT(${costs})`, COUNT);
  figure(da("note.current"), param("Nuværende_model"));
  figure(da("param.target_model"), param("Ny_model"));
  figure("År til fuld indfasning med loftet over tab", phaseYears, COUNT);
  figure("Skolernes andel af udgiften til visitationer (mål)", param("Skoleandel"), PCT);
  figure("Viborg-takst, der giver skolerne denne andel", solved, KR);
  figure("Samme takst i 3. overslagsår", indexed, KR2);
  at++;

  text(`${da("note.positions")} på arket Sammenligning`, true);
  const models = COMPARED.map((_, k) => columnName(2 + k));
  line(Object.fromEntries([["A", { value: da("out.school"), bold: true }], ...models.map((c) => [c, { formula: `Sammenligning!${c}$2`, bold: true }])]));
  for (let i = 0; i <= n; i++) {
    line(Object.fromEntries([["A", { formula: `Sammenligning!$A$${3 + i}` }], ...models.map((c) => [c, { formula: `Sammenligning!${c}${3 + i}`, format: KR }])]));
  }
  line(Object.fromEntries([["A", { value: da("out.total"), bold: true }], ...models.map((c) => [c, { formula: `Sammenligning!${c}${n + 4}`, format: KR, bold: true }])]));
  at++;

  text(da("note.assumptions").replace("sammenligningsarket", "eksemplet"), true);
  line({ A: { value: da("note.param"), bold: true }, F: { value: da("note.value"), bold: true }, G: { value: da("note.cell"), bold: true } });
  const assumption = (label: string, ref: string, format: string | undefined, lines: string[]) => {
    line({ A: { value: label }, F: { formula: `IF(ISBLANK(${ref}),"",${ref})`, format }, G: { value: ref.replace(/\$/g, "") } });
    lines.forEach((l) => text(l));
  };
  for (const [label, name, format] of [
    [da("param.budget"), "Budget", KR],
    [da("param.marginal_cost"), "Ekstra_visitation", KR],
    [da("param.max_loss"), "Største_tab", PCT],
    [da("param.years"), "Indfasningsår", COUNT],
  ]) {
    assumption(label, param(name), format, [`${OWN}.`]);
  }
  const indent = (l: string) => `    ${l}`;
  for (const setting of SETTINGS) {
    const ref = param(setting.id.replace(".", "_"));
    const value = setting.default !== undefined ? "Kataloget giver tallet, som eksemplet bruger:" : setting.blank === "blank.required" ? `${da("note.required")} ${OWN}.` : da("note.fromData");
    const quote = wrapLines(`“${da(key("seed", setting.id))}”`, LINE - 4).map(indent);
    const source = wrapLines(da("note.source", { model: title(setting.model as ModelId) }), LINE - 4).map(indent);
    assumption(da(setting.label as TextKey), ref, FORMATS[setting.kind], [value, ...quote, ...source]);
  }
}
