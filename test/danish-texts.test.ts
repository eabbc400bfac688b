import fs from "fs";
import path from "path";

/**
 * The Danish texts name parameters as Danish Excel shows them. Danish Excel's tooltip lists each
 * parameter under its Danish name (src/excel/danish-parameter-names.json), so a Danish description
 * that says `max_loss` or `years` points at a name the user never sees. Reads what `npm run build`
 * emitted: the English names from dist/functions.json, the Danish ones from dist/functions-da.json,
 * matched by position.
 */
interface Param {
  name: string;
  description?: string;
}
interface Meta {
  id: string;
  description?: string;
  parameters: Param[];
}

const root = path.join(__dirname, "..");
const load = (file: string): Meta[] => JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8")).functions;
const english = load("functions.json");
const danish = load("functions-da.json");

/**
 * English parameter names that Danish Excel shows under another name. Names that are the same in
 * both languages (budget, model, plan, start, grundtakst…) are Danish words too and drop out here.
 */
const englishOnly = new Set<string>();
for (const en of english) {
  const da = danish.find((f) => f.id === en.id);
  en.parameters.forEach((p, i) => {
    const daName = da?.parameters[i]?.name;
    if (daName !== undefined && daName !== p.name) englishOnly.add(p.name);
  });
}

/** English parameter names that are common Danish words with another meaning, never counted. */
const DANISH_WORDS: Record<string, string> = {
  end: "than (mere end, mindre end)",
};

/**
 * Words that are not parameter names where they stand, by function and place ("" is the function's
 * description, otherwise the English parameter name whose description it is).
 */
const NOT_PARAMETERS: { id: string; where: string; word: string; why: string }[] = [
  { id: "SENSITIVITY", where: "setting", word: "rate", why: "a setting name the user types, the same in every language" },
  { id: "SOLVE", where: "setting", word: "rate", why: "a setting name the user types, the same in every language" },
  { id: "EFTERSKOLE_TRANSITION", where: "", word: "rate", why: "Danish for an instalment (en månedlig rate)" },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English-only parameter names in `text` as whole words. A word joined to the one before it by a
 * dot is part of a setting name (viborg.rate, viborg.class_weight) and is not counted.
 */
function englishNames(text: string, id: string, where: string): string[] {
  return [...englishOnly].filter((name) => {
    if (name in DANISH_WORDS) return false;
    if (NOT_PARAMETERS.some((n) => n.id === id && n.where === where && n.word === name)) return false;
    return new RegExp(`(?<![\\p{L}\\p{N}_.])${escape(name)}(?![\\p{L}\\p{N}_])`, "u").test(text);
  });
}

describe("Danish texts", () => {
  test("the metadata has Danish parameter names that differ from the English ones", () => {
    expect(danish.length).toBe(english.length);
    expect(englishOnly.size).toBeGreaterThan(20);
    expect(englishOnly.has("pupil_weight")).toBe(true);
    expect(englishOnly.has("budget")).toBe(false);
  });

  test("the whole-word match sees names, not parts of longer words or setting names", () => {
    expect(englishNames("efter pupil_weight ×", "X", "")).toEqual(["pupil_weight"]);
    expect(englishNames("i from_year's prisniveau", "X", "")).toEqual(["from_year"]);
    expect(englishNames("school_share og costsum", "X", "")).toEqual([]);
    expect(englishNames("fx viborg.rate", "X", "")).toEqual([]);
    expect(englishNames("mere end maks_tab", "X", "")).toEqual([]);
  });

  test.each(danish.map((f) => [f.id, f] as const))("%s names its parameters by their Danish names", (_id, fn) => {
    const en = english.find((f) => f.id === fn.id)!;
    const found: string[] = [];
    const check = (text: string | undefined, where: string, label: string) => {
      for (const name of englishNames(text ?? "", fn.id, where)) found.push(`${label}: ${name}`);
    };
    check(fn.description, "", "description");
    fn.parameters.forEach((p, i) => check(p.description, en.parameters[i].name, `${p.name}`));
    expect(found).toEqual([]);
  });
});
