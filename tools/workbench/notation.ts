import daDK from "hyperformula/commonjs/i18n/languages/daDK";
import type { Language } from "../../src/excel/messages";

/**
 * Formulas as the user reads and types them, by the pane's language, and the engine's own
 * (en-US) notation. Danish, as Danish Excel writes it: `;` between arguments, a decimal comma
 * and Danish function names (Excel's, from HyperFormula's Danish dictionary: SUM.HVIS, INDEKS);
 * SPU functions keep their names. Text in double quotes, sheet names in single quotes and
 * structured references in brackets are never translated.
 */

const DANISH: Record<string, string> = daDK.functions;
const ENGLISH: Record<string, string> = Object.fromEntries(Object.entries(DANISH).map(([en, da]) => [da, en]));

/** A function's name where it is called: not part of a longer name, a reference or a number. */
const CALLED = /(?<![\p{L}\d_.$])[\p{L}_][\p{L}\d_.]*(?=\()/gu;
/** A number's decimal point (1.5, .5); a cell reference's digits follow a letter or $. */
const DECIMAL_POINT = /(?<![\p{L}\d_.$])(\d*)\.(\d)/gu;

/** Applies `translate` to the parts of `formula` outside quotes and brackets. */
function outsideLiterals(formula: string, translate: (part: string) => string): string {
  let out = "";
  let plain = "";
  for (let i = 0; i < formula.length; ) {
    const open = formula[i];
    if (open !== '"' && open !== "'" && open !== "[") {
      plain += open;
      i++;
      continue;
    }
    out += translate(plain);
    plain = "";
    let end = i + 1;
    if (open === "[") {
      // Structured references nest: Tabel[[#Data],[Udgift]].
      for (let depth = 1; end < formula.length && depth > 0; end++) depth += formula[end] === "[" ? 1 : formula[end] === "]" ? -1 : 0;
    } else {
      // A quote inside is doubled: "a ""b""", 'Ark ''1'''.
      while (end < formula.length && !(formula[end] === open && formula[end + 1] !== open)) end += formula[end] === open ? 2 : 1;
      end++;
    }
    out += formula.slice(i, end);
    i = end;
  }
  return out + translate(plain);
}

/** The engine's formula ("=SUMIF(A2:A9,A2,C2:C9)*0.5") as the user reads it. */
export function localFormula(formula: string, lang: Language): string {
  if (lang !== "da") return formula;
  return outsideLiterals(formula, (part) =>
    part
      .replace(CALLED, (name) => DANISH[name.toUpperCase()] ?? name)
      .replace(/,/g, ";")
      .replace(DECIMAL_POINT, "$1,$2")
  );
}

/** A formula the user typed ("=SUM.HVIS(A2:A9;A2;C2:C9)*0,5") in the engine's notation. */
export function engineFormula(formula: string, lang: Language): string {
  if (lang !== "da") return formula;
  return outsideLiterals(formula, (part) =>
    part.replace(CALLED, (name) => ENGLISH[name.toUpperCase()] ?? name).replace(/[,;]/g, (c) => (c === "," ? "." : ","))
  );
}
