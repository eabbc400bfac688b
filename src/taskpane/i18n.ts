import { Language } from "../excel/messages";

/**
 * Every text the task pane shows, one table per language. Keys: `ui.*` the pane, `model.*`
 * name and two-line explanation (from the seeds), `group.*` input tables, `col.*` input
 * columns, `param.*` parameters, `blank.*` what a blank parameter means, `out.*` output labels,
 * `reading.*` the comparison's reading, `err.*` messages.
 */
export type { Language };

const DA: Record<string, string> = {
  "ui.title": "Tildelingsmodeller for specialundervisning",
  "ui.model": "Model",
  "ui.inputs": "Data",
  "ui.parameters": "Parametre",
  "ui.useSelection": "Brug markering",
  "ui.tableColumn": "Tabelkolonne …",
  "ui.notMapped": "ikke valgt",
  "ui.optional": "valgfri",
  "ui.required": "skal udfyldes",
  "ui.compute": "Beregn",
  "ui.computing": "Beregner …",
  "ui.done": "Skrevet til arket '{sheet}' som levende SPU-formler.",
  "ui.total": "I alt",
  "ui.intro": "Vælg en model, peg på dine egne data, og tryk Beregn. Ruden skriver formler, der følger dine tal.",
  "model.roskilde": "Roskilde — medfinansiering",
  "model.roskilde.text":
    "Skolerne betaler specialundervisning op til 354.000 kr. pr. elev pr. år; centrale midler kompenserer 75 pct. herover (behandlingstilbud: 413.000 kr. og 50 pct.).\nSkolen betaler højst 666.000 kr. pr. elev pr. år; midlerne fordeles efter socioøkonomi.",
  "model.viborg": "Viborg — fast takst ved visitation",
  "model.viborg.text":
    "Skolen betaler en fast medfinansierende takst på 135.000 kr., uanset hvilket tilbud der visiteres til; en central restpulje betaler resten.\nMidlerne fordeles mellem skolerne efter antal klasser og socioøkonomi.",
  "model.hjorring": "Hjørring — gennemsnitstakst",
  "model.hjorring.text":
    "En samlet pulje fordeles 70 pct. efter elevtal og 30 pct. efter skoledistriktets socioøkonomi.\nSkolen betaler en gennemsnitstakst (2023: 293.000 kr.) pr. visiteret elev; resten investeres i inklusion.",
  "model.aalborg": "Aalborg — områdemodel med Fokusklasser",
  "model.aalborg.text":
    "Hvert af de ti områder tildeles specialklassepladser efter elevtal og socioøkonomi.\nUbrugte pladser frigiver midler til områdets skoler, ekstra pladser betaler de; en fordelingsnøgle afgør hver skoles del.",
  "model.nordfyns": "Nordfyns — fælles central pulje",
  "model.nordfyns.text":
    "Midlerne er samlet i en central pulje, som skolelederne forvalter i fællesskab; besparede midler går til fællesmidlerne.\nVisiteres der ud over rammen, trækkes midlerne først fra fællesmidlerne og siden fra skolernes basisbudgetter.",
  "model.horsholm": "Hørsholm — samarbejdsmodel",
  "model.horsholm.text":
    "En central pulje betaler specialklasser, specialskole og støtte i mindst ni timer ugentligt; pengene følger aktiviteten og fordeles to gange årligt.\nSkolerne får decentrale midler efter elevtal til forebyggelse og støtte under ni timer.",
  "model.efterskole": "Efterskoler — taxametertilskud",
  "model.efterskole.text":
    "Alle elever udløser grundtakst; tillægstakst 1 ved PPR-udtalelse om mindst 9 ugentlige timer og en plan, tillægstakst 2 ved særligt omfattende behov.\nTilskuddet for finansåret beregnes af aktiviteten i skoleåret, der slutter året før.",
  "group.schools": "Skoler",
  "group.referrals": "Visitationer",
  "group.areas": "Områder",
  "group.pupils": "Elever",
  "col.name": "Navn",
  "col.pupils": "Elevtal",
  "col.socio": "Socioøkonomi",
  "col.classes": "Antal klasser",
  "col.school": "Skole",
  "col.offer": "Tilbudstype",
  "col.cost": "Udgift (kr.)",
  "col.year_fraction": "Andel af året",
  "col.referrals": "Visiterede elever",
  "col.area": "Område",
  "col.key": "Fordelingsnøgle",
  "col.used": "Brugte pladser",
  "col.base_budget": "Basisbudget (kr.)",
  "col.annual_cost": "Årlig udgift (kr.)",
  "col.start": "Startdato",
  "col.end": "Slutdato",
  "col.ppr_9h": "PPR: mindst 9 timer",
  "col.ppr_extensive": "PPR: særligt omfattende",
  "col.plan": "Skriftlig plan",
  "param.pool": "Pulje til fordeling (kr.)",
  "param.threshold": "Grænse, almindelige tilbud (kr.)",
  "param.compensation": "Central kompensation herover",
  "param.treatment_threshold": "Grænse, behandlingstilbud (kr.)",
  "param.treatment_compensation": "Central kompensation herover (behandling)",
  "param.cap": "Maksimal betaling pr. elev (kr.)",
  "param.rate": "Takst pr. visiteret elev (kr.)",
  "param.class_weight": "Vægt på antal klasser",
  "param.pupil_weight": "Vægt på elevtal",
  "param.total_places": "Pladser i alt",
  "param.price": "Pris pr. plads (kr.)",
  "param.budget": "Budget til specialundervisning (kr.)",
  "param.opening_balance": "Fællesmidler primo (kr.)",
  "param.period_start": "Periodens start",
  "param.period_end": "Periodens slut",
  "param.grundtakst": "Grundtakst (kr.)",
  "param.tillaeg1": "Tillægstakst 1 (kr.)",
  "param.tillaeg2": "Tillægstakst 2 (kr.)",
  "param.fiscal_year": "Finansår",
  "out.parameters": "Parametre (ret en værdi for at regne videre)",
  "out.total": "I alt",
  "out.schools": "Skoler",
  "out.referrals": "Visitationer",
  "out.areas": "Områder",
  "out.pupils": "Elever",
  "out.categories": "Takstkategorier",
  "out.name": "Skole",
  "out.school": "Skole",
  "out.area": "Område",
  "out.pupil": "Elev",
  "out.cost": "Udgift",
  "out.school_payment": "Skolens betaling",
  "out.central": "Central kompensation",
  "out.central_rest": "Central restpulje",
  "out.allocation": "Tildeling",
  "out.payments": "Skolens betalinger",
  "out.net": "Netto",
  "out.share": "Andel af puljen",
  "out.referral_cost": "Visitationer × takst",
  "out.balance": "Til inklusion (+) / underskud (−)",
  "out.places": "Pladser",
  "out.used": "Brugte pladser",
  "out.released": "Frigivet (+) / betales (−)",
  "out.settlement": "Afregning",
  "out.base_budget": "Basisbudget",
  "out.draw": "Træk fra basisbudget",
  "out.costs": "Udgifter til visitationer",
  "out.common_funds": "Fællesmidler ultimo",
  "out.decentral": "Decentrale midler",
  "out.period_cost": "Udgift i perioden",
  "out.central_allocation": "Central tildeling",
  "out.category": "Kategori",
  "out.count": "Elever",
  "out.grant": "Tilskud",
  "out.basis_year": "Opgørelsesskoleår",
  "out.cat0": "Grundtakst",
  "out.cat1": "Grundtakst + tillæg 1",
  "out.cat2": "Grundtakst + tillæg 2",
  "err.notMapped": "{at}: vælg et område",
  "err.multiColumn": "{at}: vælg én kolonne (markeringen har {cols} kolonner)",
  "err.rows": "{at}: har {rows} rækker, men {other} har {expected}",
  "err.param": "{at}: '{value}' er ikke et gyldigt tal",
  "err.date": "{at}: '{value}' er ikke en dato (åååå-mm-dd eller dd-mm-åååå)",
  "err.conflict": "Arket '{sheet}' har data i {cell}, som SPU ikke har skrevet. Intet er ændret; flyt dataene eller slet arket.",
  "err.noSelection": "Markér et område i regnearket først.",
  "err.office": "Excel svarede med en fejl: {value}",  "ui.compare": "Sammenlign",
  "ui.comparing": "Sammenligner …",
  "model.compare": "Sammenlign modeller",
  "model.compare.text":
    "De seks modeller på kommunens egne skoler, visitationer og budget: hver skoles nettoposition (hvad den modtager minus hvad den betaler), og hvad der bliver centralt.\nMed merudgiften ved én visitation mere (skolens incitament) og en indfasning fra den nuværende til en ny model.",
  "param.marginal_cost": "Udgift til én visitation mere (kr.)",
  "param.current_model": "Nuværende model",
  "param.target_model": "Ny model (indfasning)",
  "param.max_loss": "Største tab pr. år (andel af skolens budget)",
  "param.years": "Indfasning over antal år",
  "param.roskilde.threshold": "Roskilde: grænse, almindelige tilbud (kr.)",
  "param.roskilde.compensation": "Roskilde: central kompensation herover",
  "param.roskilde.treatment_threshold": "Roskilde: grænse, behandlingstilbud (kr.)",
  "param.roskilde.treatment_compensation": "Roskilde: central kompensation herover (behandling)",
  "param.roskilde.cap": "Roskilde: maksimal betaling pr. elev (kr.)",
  "param.viborg.rate": "Viborg: takst pr. visiteret elev (kr.)",
  "param.viborg.class_weight": "Viborg: vægt på antal klasser",
  "param.hjorring.pupil_weight": "Hjørring: vægt på elevtal",
  "param.hjorring.rate": "Hjørring: gennemsnitstakst (kr.)",
  "param.aalborg.pupil_weight": "Aalborg: vægt på elevtal ved fordeling af pladser",
  "param.aalborg.places": "Aalborg: områdepladser i alt",
  "param.aalborg.price": "Aalborg: pris pr. plads (kr.)",
  "param.nordfyns.opening_balance": "Nordfyns: fællesmidler primo (kr.)",
  "param.horsholm.decentral_share": "Hørsholm: andel af budgettet til skolerne efter elevtal",
  "blank.required": "skal udfyldes, ellers viser modellen en fejl",
  "blank.hjorring_rate": "tom: data, udgift pr. elevår",
  "blank.aalborg_places": "tom: brugte pladser",
  "blank.aalborg_price": "tom: udgift pr. elevår i områdetilbud",
  "out.compare.sheet": "Sammenligning",
  "out.settings": "Indstillinger (navn og værdi, som SPU.COMPARE læser; ret en værdi for at regne videre)",
  "out.compare": "Nettoposition pr. skole under hver model (modtager minus betaler); sidste række: centralt",
  "out.neutral": "Budget − visitationer",
  "out.chart": "Nettoposition pr. skole",
  "out.reading": "Læsning: hvilken model stiller skolen bedst og værst",
  "out.best": "Bedst under",
  "out.worst": "Værst under",
  "out.spread": "Forskel",
  "out.marginal": "Merudgift for skolen ved én visitation mere til udgiften ovenfor",
  "out.phase": "Indfasning: skolens budget (basisbudget + nettoposition) pr. år fra nuværende til ny model",
  "out.year": "År {year}",
  "out.schools.data": "Skoler (dine data, som SPU.COMPARE læser dem)",
  "out.referrals.data": "Visitationer (dine data, som SPU.COMPARE læser dem)",
  "reading.school": "{school}: bedst under {best}, værst under {worst} (forskel {spread})",
  "reading.failed": "Kunne ikke beregnes: {models}. Se fejlen i arket, fx en indstilling der mangler.",
};

const EN: Record<string, string> = {
  "ui.title": "Special-education allocation models",
  "ui.model": "Model",
  "ui.inputs": "Data",
  "ui.parameters": "Parameters",
  "ui.useSelection": "Use selection",
  "ui.tableColumn": "Table column …",
  "ui.notMapped": "not chosen",
  "ui.optional": "optional",
  "ui.required": "required",
  "ui.compute": "Compute",
  "ui.computing": "Computing …",
  "ui.done": "Written to the sheet '{sheet}' as live SPU formulas.",
  "ui.total": "Total",
  "ui.intro": "Choose a model, point at your own data and press Compute. The pane writes formulas that follow your figures.",
  "model.roskilde": "Roskilde — co-financing",
  "model.roskilde.text":
    "Schools pay special education up to 354,000 kr. per pupil per year; central funds compensate 75 % above that (treatment offers: 413,000 kr. and 50 %).\nA school pays at most 666,000 kr. per pupil per year; funds are shared by socio-economics.",
  "model.viborg": "Viborg — fixed rate per referral",
  "model.viborg.text":
    "The school pays a fixed co-financing rate of 135,000 kr. whatever the offer; a central residual pool pays the rest.\nFunds go to schools by number of classes and socio-economics.",
  "model.hjorring": "Hjørring — average rate",
  "model.hjorring.text":
    "One pool is shared 70 % by pupils and 30 % by the district's socio-economics.\nEach school pays an average rate (2023: 293,000 kr.) per referred pupil and invests the rest in inclusion.",
  "model.aalborg": "Aalborg — area model with Fokusklasser",
  "model.aalborg.text":
    "Each of the ten areas gets special-class places by pupils and socio-economics.\nUnused places release money to the area's schools, extra places are paid by them; a key decides each school's part.",
  "model.nordfyns": "Nordfyns — common central pool",
  "model.nordfyns.text":
    "All special-education money sits in a central pool the school leaders manage together; savings go to the common funds.\nAn overrun is drawn first from the common funds, then from the schools' base budgets.",
  "model.horsholm": "Hørsholm — cooperation model",
  "model.horsholm.text":
    "A central pool pays special classes, special school and support of at least nine hours a week; money follows the activity, distributed twice a year.\nSchools get decentral money by pupil count for prevention and support under nine hours.",
  "model.efterskole": "Efterskoler — taxameter subsidy",
  "model.efterskole.text":
    "Every pupil triggers the base rate; supplement 1 with a PPR statement of at least 9 weekly hours and a plan, supplement 2 for particularly extensive needs.\nThe fiscal year's subsidy rests on the school year that ends the year before.",
  "group.schools": "Schools",
  "group.referrals": "Referrals",
  "group.areas": "Areas",
  "group.pupils": "Pupils",
  "col.name": "Name",
  "col.pupils": "Pupils",
  "col.socio": "Socio-economic weight",
  "col.classes": "Number of classes",
  "col.school": "School",
  "col.offer": "Offer type",
  "col.cost": "Cost (kr.)",
  "col.year_fraction": "Year fraction",
  "col.referrals": "Referred pupils",
  "col.area": "Area",
  "col.key": "Distribution key",
  "col.used": "Places used",
  "col.base_budget": "Base budget (kr.)",
  "col.annual_cost": "Annual cost (kr.)",
  "col.start": "Start date",
  "col.end": "End date",
  "col.ppr_9h": "PPR: at least 9 hours",
  "col.ppr_extensive": "PPR: particularly extensive",
  "col.plan": "Written plan",
  "param.pool": "Pool to share out (kr.)",
  "param.threshold": "Threshold, ordinary offers (kr.)",
  "param.compensation": "Central compensation above it",
  "param.treatment_threshold": "Threshold, treatment offers (kr.)",
  "param.treatment_compensation": "Central compensation above it (treatment)",
  "param.cap": "Cap per pupil (kr.)",
  "param.rate": "Rate per referred pupil (kr.)",
  "param.class_weight": "Weight of number of classes",
  "param.pupil_weight": "Weight of pupils",
  "param.total_places": "Places in total",
  "param.price": "Price per place (kr.)",
  "param.budget": "Special-education budget (kr.)",
  "param.opening_balance": "Common funds, opening (kr.)",
  "param.period_start": "Period start",
  "param.period_end": "Period end",
  "param.grundtakst": "Base rate (kr.)",
  "param.tillaeg1": "Supplementary rate 1 (kr.)",
  "param.tillaeg2": "Supplementary rate 2 (kr.)",
  "param.fiscal_year": "Fiscal year",
  "out.parameters": "Parameters (edit a value to recompute)",
  "out.total": "Total",
  "out.schools": "Schools",
  "out.referrals": "Referrals",
  "out.areas": "Areas",
  "out.pupils": "Pupils",
  "out.categories": "Rate categories",
  "out.name": "School",
  "out.school": "School",
  "out.area": "Area",
  "out.pupil": "Pupil",
  "out.cost": "Cost",
  "out.school_payment": "School pays",
  "out.central": "Central compensation",
  "out.central_rest": "Central residual pool",
  "out.allocation": "Allocation",
  "out.payments": "School's payments",
  "out.net": "Net",
  "out.share": "Share of the pool",
  "out.referral_cost": "Referrals × rate",
  "out.balance": "For inclusion (+) / deficit (−)",
  "out.places": "Places",
  "out.used": "Places used",
  "out.released": "Released (+) / paid (−)",
  "out.settlement": "Settlement",
  "out.base_budget": "Base budget",
  "out.draw": "Drawn from base budget",
  "out.costs": "Referral costs",
  "out.common_funds": "Common funds, closing",
  "out.decentral": "Decentral funds",
  "out.period_cost": "Cost in the period",
  "out.central_allocation": "Central allocation",
  "out.category": "Category",
  "out.count": "Pupils",
  "out.grant": "Subsidy",
  "out.basis_year": "Basis school year",
  "out.cat0": "Base rate",
  "out.cat1": "Base rate + supplement 1",
  "out.cat2": "Base rate + supplement 2",
  "err.notMapped": "{at}: choose a range",
  "err.multiColumn": "{at}: choose one column (the selection has {cols} columns)",
  "err.rows": "{at}: has {rows} rows, but {other} has {expected}",
  "err.param": "{at}: '{value}' is not a valid number",
  "err.date": "{at}: '{value}' is not a date (yyyy-mm-dd or dd-mm-yyyy)",
  "err.conflict": "The sheet '{sheet}' has data in {cell} that SPU did not write. Nothing was changed; move the data or delete the sheet.",
  "err.noSelection": "Select a range in the worksheet first.",
  "err.office": "Excel answered with an error: {value}",  "ui.compare": "Compare",
  "ui.comparing": "Comparing …",
  "model.compare": "Compare models",
  "model.compare.text":
    "The six models on the municipality's own schools, referrals and budget: each school's net position (what it receives minus what it pays) and what stays with the centre.\nWith the cost of one more referral (the school's incentive) and a phase-in from the current model to a new one.",
  "param.marginal_cost": "Cost of one more referral (kr.)",
  "param.current_model": "Current model",
  "param.target_model": "New model (phase-in)",
  "param.max_loss": "Largest loss per year (share of the school's budget)",
  "param.years": "Phase-in over years",
  "param.roskilde.threshold": "Roskilde: threshold, ordinary offers (kr.)",
  "param.roskilde.compensation": "Roskilde: central compensation above it",
  "param.roskilde.treatment_threshold": "Roskilde: threshold, treatment offers (kr.)",
  "param.roskilde.treatment_compensation": "Roskilde: central compensation above it (treatment)",
  "param.roskilde.cap": "Roskilde: cap per pupil (kr.)",
  "param.viborg.rate": "Viborg: rate per referred pupil (kr.)",
  "param.viborg.class_weight": "Viborg: weight of number of classes",
  "param.hjorring.pupil_weight": "Hjørring: weight of pupils",
  "param.hjorring.rate": "Hjørring: average rate (kr.)",
  "param.aalborg.pupil_weight": "Aalborg: weight of pupils when places are shared",
  "param.aalborg.places": "Aalborg: area places in total",
  "param.aalborg.price": "Aalborg: price per place (kr.)",
  "param.nordfyns.opening_balance": "Nordfyns: common funds, opening (kr.)",
  "param.horsholm.decentral_share": "Hørsholm: share of the budget to schools by pupils",
  "blank.required": "required, else the model shows an error",
  "blank.hjorring_rate": "blank: the data's cost per pupil-year",
  "blank.aalborg_places": "blank: places used",
  "blank.aalborg_price": "blank: cost per pupil-year of area offers",
  "out.compare.sheet": "Comparison",
  "out.settings": "Settings (name and value, as SPU.COMPARE reads them; edit a value to recompute)",
  "out.compare": "Net position per school under each model (receives minus pays); last row: the centre",
  "out.neutral": "Budget − referrals",
  "out.chart": "Net position per school",
  "out.reading": "Reading: which model puts the school best and worst",
  "out.best": "Best under",
  "out.worst": "Worst under",
  "out.spread": "Spread",
  "out.marginal": "Cost to the school of one more referral at the cost above",
  "out.phase": "Phase-in: the school's budget (base budget + net position) per year from the current to the new model",
  "out.year": "Year {year}",
  "out.schools.data": "Schools (your data, as SPU.COMPARE reads them)",
  "out.referrals.data": "Referrals (your data, as SPU.COMPARE reads them)",
  "reading.school": "{school}: best under {best}, worst under {worst} (spread {spread})",
  "reading.failed": "Could not compute: {models}. See the error on the sheet, e.g. a missing setting.",
};

const TABLES: Record<Language, Record<string, string>> = { da: DA, en: EN };

/** The text for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** Both languages carry the same keys (checked by the tests). */
export function textKeys(lang: Language): string[] {
  return Object.keys(TABLES[lang]);
}

/** A model's short name, as sheet titles and SPU.COMPARE's header show it: "Roskilde". */
export function modelName(lang: Language, id: string): string {
  return t(lang, `model.${id}`).split(" — ")[0];
}

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** An amount as the user reads it: `1.234.567 kr.` in Danish, `1,234,567 kr.` in English. */
export function formatAmount(lang: Language, value: number): string {
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value)} kr.`;
}

/** A plain number in the user's notation (0,75 in Danish). */
export function formatNumber(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 10, useGrouping: true }).format(value);
}

/**
 * A number typed by the user: Danish `1.234.567,5` or English `1,234,567.5`, with optional
 * `kr.` and `%` (75 % is 0.75). Undefined when it is not a number.
 */
export function parseNumber(lang: Language, text: string): number | undefined {
  let s = text.trim().replace(/\s|kr\.?$/gi, "");
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1);
  s = lang === "da" ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const value = Number(s);
  // Percent as exact decimal text: 7.5 % → 0.075 without binary noise.
  return percent ? Number((value / 100).toPrecision(12)) : value;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** A date typed as yyyy-mm-dd or dd-mm-yyyy (also with . or /) to an Excel date serial. */
export function parseDate(text: string): number | undefined {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [+iso[1], +iso[2], +iso[3]] : dmy ? [+dmy[3], +dmy[2], +dmy[1]] : [NaN, NaN, NaN];
  if (Number.isNaN(y)) return undefined;
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round((time - EXCEL_EPOCH) / DAY);
}

/** An Excel date serial as yyyy-mm-dd. */
export function formatDate(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10);
}
