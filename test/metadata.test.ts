import fs from "fs";
import path from "path";
import { FAMILIES, SPEC_FUNCTIONS } from "./fixtures/spec-calls";
import { formula } from "../src/excel/signature";
import DANISH_PARAMETER_NAMES from "../src/excel/danish-parameter-names.json";

const DANISH_NAMES = DANISH_PARAMETER_NAMES as Record<string, string>;
import { signatures } from "../src/municipalities";

/** Reads what `npm run build` (pretest) emitted. */
interface Param {
  name: string;
  description?: string;
  optional?: boolean;
}
interface Meta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
}

const root = path.join(__dirname, "..");
const load = (file: string): Meta[] => JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8")).functions;
const english = load("functions.json");
const danish = load("functions-da.json");
const byId = (list: Meta[], id: string) => list.find((f) => f.id === id);

/**
 * Excel built-in worksheet functions whose names a custom function could be mistaken for
 * (without the SPU. prefix): the financial, statistical, lookup and math names nearest our domain.
 */
const EXCEL_BUILT_INS = new Set(
  (
    "ABS ACCRINT ADDRESS AGGREGATE AMORDEGRC AMORLINC AND AREAS ARRAYTOTEXT AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS " +
    "BYCOL BYROW CEILING CELL CHAR CHOOSE CHOOSECOLS CHOOSEROWS CLEAN CODE COLUMN COLUMNS COMBIN CONCAT CONCATENATE " +
    "COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUPDAYS COUPNUM CUMIPMT CUMPRINC DATE DATEDIF DATEVALUE DAVERAGE DAY " +
    "DAYS DAYS360 DB DCOUNT DDB DISC DOLLAR DROP DSUM DURATION EDATE EFFECT EOMONTH ERROR.TYPE EXPAND EXP FILTER " +
    "FIND FIXED FLOOR FORECAST FREQUENCY FV FVSCHEDULE GROWTH HLOOKUP HOUR HSTACK HYPERLINK IF IFERROR IFNA IFS " +
    "INDEX INDIRECT INT INTRATE IPMT IRR ISBLANK ISERROR ISNUMBER ISTEXT LAMBDA LARGE LEFT LEN LET LINEST LOOKUP " +
    "LOWER MAKEARRAY MAP MATCH MAX MAXIFS MEDIAN MID MIN MINIFS MIRR MOD MODE MONTH MROUND N NA NETWORKDAYS NOMINAL " +
    "NOT NOW NPER NPV OFFSET OR PERCENTILE PERCENTRANK PMT PPMT PRICE PRODUCT PROPER PV QUARTILE RANDARRAY RANK RATE " +
    "RECEIVED REDUCE REPLACE REPT RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS RRI SCAN SEARCH SECOND SEQUENCE SHEET SIGN " +
    "SLN SMALL SORT SORTBY STDEV SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT SWITCH SYD T TAKE TEXT TEXTJOIN " +
    "TIME TODAY TOCOL TOROW TRANSPOSE TREND TRIM TRUNC TYPE UNIQUE UPPER VALUE VAR VDB VLOOKUP VSTACK WEEKDAY " +
    "WEEKNUM WORKDAY WRAPCOLS WRAPROWS XIRR XLOOKUP XMATCH XNPV XOR YEAR YEARFRAC YIELD"
  ).split(" ")
);

/** Built-in names SPEC.md gives an SPU function all the same. */
const SPEC_BINDS_BUILT_IN_NAME = new Set(["INDEX"]);

/** A1 style (columns A..XFD) or R1C1 style: Excel would read the name as a cell. */
function looksLikeCellReference(name: string): boolean {
  return /^[A-Z]{1,3}[0-9]+$/i.test(name) || /^R[0-9]*C?[0-9]*$/i.test(name) || /^C[0-9]*$/i.test(name);
}

/** The element ids a docs page declares. */
function elementIds(page: string): Set<string> {
  const html = fs.readFileSync(path.join(root, "docs", page), "utf8");
  return new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
}

describe("functions.json and functions-da.json", () => {
  test("let error values in, so an input's error comes back as it is (allowErrorForDataTypeAny, every parameter of type any)", () => {
    for (const file of ["functions.json", "functions-da.json"]) {
      const json = JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8"));
      expect(json.allowErrorForDataTypeAny).toBe(true);
      expect(json.functions.flatMap((f: { parameters: { type?: string }[] }) => f.parameters.map((p) => p.type)).filter((t: string) => t !== "any")).toEqual([]);
    }
  });

  test("give Danish parameter names, each English name with one Danish name", () => {
    expect(byId(danish, "ROSKILDE_COST")!.parameters.slice(0, 4).map((p) => p.name)).toEqual(["udgift", "tilbud", "årsandel", "tærskel"]);
    expect(english.flatMap((f) => f.parameters.map((p) => p.name)).filter((name) => !DANISH_NAMES[name])).toEqual([]);
  });

  test("hold exactly the same ids in the same order", () => {
    expect(danish.map((f) => f.id)).toEqual(english.map((f) => f.id));
  });

  // Functions beyond SPEC's (later issues add some) must meet every rule but SPEC's signatures.
  const ids = [...new Set([...SPEC_FUNCTIONS.map((f) => f.id), ...english.map((f) => f.id)])];

  describe.each(ids.map((id) => [id, SPEC_FUNCTIONS.find((f) => f.id === id)] as const))("%s", (id, spec) => {
    const en = byId(english, id);
    const da = byId(danish, id);
    const signature = (f?: Meta) => f?.parameters.map((p) => ({ name: p.name, optional: p.optional === true }));
    /** Danish Excel shows each parameter by its Danish name, from the one table of them. */
    const inDanish = (params?: { name: string; optional: boolean }[]) => params?.map((p) => ({ ...p, name: DANISH_NAMES[p.name] }));

    test("is in both files, its name equal to its id, with the same parameters", () => {
      expect(en).toBeDefined();
      expect(da).toBeDefined();
      expect(en?.name).toBe(id);
      expect(da?.name).toBe(id);
      expect(signature(da)).toEqual(inDanish(signature(en)));
    });

    if (spec) {
      test("has SPEC's parameters, in SPEC's order, optional where SPEC brackets them", () => {
        const expected = spec.params.map((p) => ({ name: p.name, optional: p.optional }));
        expect(signature(en)).toEqual(expected);
        expect(signature(da)).toEqual(inDanish(expected));
      });
    }

    test("describes itself and every parameter in both languages, Danish differing from English", () => {
      const texts = (f?: Meta) => [f?.description, ...(f?.parameters ?? []).map((p) => p.description)].map((t) => t?.trim() ?? "");
      const en_ = texts(en);
      const da_ = texts(da);
      expect(en_.filter((t) => t === "")).toEqual([]);
      expect(da_.filter((t) => t === "")).toEqual([]);
      expect(da_.filter((t, i) => t === en_[i])).toEqual([]);
    });

    test(`helpUrl opens docs/${spec?.family ?? "<page>"}.html#${id.toLowerCase()}, and that section exists`, () => {
      const page = spec ? `${spec.family}.html` : (/\/docs\/([\w-]+\.html)#/.exec(en?.helpUrl ?? "") ?? [])[1] ?? "";
      for (const f of [en, da]) {
        expect(f?.helpUrl).toMatch(new RegExp(`^https://[^\\s]+/docs/${f === da ? "da/" : ""}${page.replace(".", "\\.")}#${id.toLowerCase()}$`));
      }
      expect(fs.existsSync(path.join(root, "docs", page))).toBe(true);
      expect(elementIds(page).has(id.toLowerCase())).toBe(true);
    });

    test("name neither collides with an Excel built-in nor reads as a cell reference", () => {
      // SPEC binds SPU.INDEX; Excel always shows it with its namespace, so it is never read as INDEX.
      expect(EXCEL_BUILT_INS.has(id) && !SPEC_BINDS_BUILT_IN_NAME.has(id)).toBe(false);
      expect(looksLikeCellReference(id)).toBe(false);
      expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    });
  });

  test("docs/index.html links every family page", () => {
    const index = fs.readFileSync(path.join(root, "docs", "index.html"), "utf8");
    const links = new Set([...index.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]));
    expect(FAMILIES.map((f) => `${f}.html`).filter((page) => !links.has(page))).toEqual([]);
  });

  test("the collision checks would catch what they are for", () => {
    expect(EXCEL_BUILT_INS.has("RATE")).toBe(true);
    expect(["ABC123", "XFD1048576", "R1C1", "RC", "R2C", "C3"].every(looksLikeCellReference)).toBe(true);
    expect(["ALLOCATE", "ROSKILDE_COST", "EFTERSKOLE_BASIS_YEAR"].some(looksLikeCellReference)).toBe(false);
  });
});

describe("declarations: what the pane's formulas are built from", () => {
  test("every function's declared signature is its metadata's parameters, in Excel's order", () => {
    const declared = signatures();
    expect(declared.map((s) => s.id).sort()).toEqual(english.map((f) => f.id).sort());
    for (const s of declared) expect({ id: s.id, params: s.params }).toEqual({ id: s.id, params: byId(english, s.id)!.parameters.map((p) => p.name) });
  });

  test("a formula puts each argument in its parameter's place and leaves defaults empty", () => {
    const roskilde = signatures().find((s) => s.id === "ROSKILDE_COST")!;
    expect(formula(roskilde, { cost: "B2:B9", cap: "Parametre!$B$6" })).toBe("=SPU.ROSKILDE_COST(B2:B9, , , , , , , Parametre!$B$6)");
    expect(formula(roskilde, { cost: "B2:B9" })).toBe("=SPU.ROSKILDE_COST(B2:B9)");
  });
});

describe("the refactor into one home per model changed nothing Excel sees", () => {
  // functions.json as built before the move (ids, parameters, optionality, shapes), kept as a fixture.
  const before = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "metadata-before-refactor.json"), "utf8")) as {
    id: string;
    parameters: { name: string; optional: boolean; dimensionality: string }[];
    result: string;
  }[];
  const now = (f: Meta & { result?: { dimensionality?: string } }) => ({
    id: f.id,
    parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true, dimensionality: (p as { dimensionality?: string }).dimensionality ?? "scalar" })),
    result: f.result?.dimensionality ?? "scalar",
  });

  test.each(before.map((f) => [f.id, f] as const))("%s: the same id, parameters and shapes in both files", (id, f) => {
    expect(now(byId(english, id)!)).toEqual(f);
    expect(now(byId(danish, id)!)).toEqual({ ...f, parameters: f.parameters.map((p) => ({ ...p, name: DANISH_NAMES[p.name] })) });
  });
});
