import { ErrorParams, MessageKey } from "../money/errors";
import DANISH_PARAMETERS from "./danish-parameter-names.json";
import { da } from "../texts/da";
import { en } from "../texts/en";
import { fill } from "../texts/fill";

/**
 * The functions' messages in the user's language, from the text catalogue (src/texts, keys
 * `fn.*`). `{at}` is the parameter, with its row when a row is to blame ("cost, row 3" /
 * "udgift, række 3").
 */
export type Language = "en" | "da";


/** The functions' texts in the one catalogue per language: a message key missing there fails typecheck. */
const TEXTS: Record<Language, Record<`fn.${MessageKey}` | `fn.label.${Label}` | "fn.row", string>> = { en, da };

/** Labels the functions write into their results (SPU.COMPARE's first column). */
export type Label = "school" | "centre" | "deficit";

export function label(key: Label, lang: Language = userLanguage()): string {
  return TEXTS[lang][`fn.label.${key}`];
}

/** The language of a locale ("da-DK", "en-US"): Danish for Danish, else English. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith("da") ? "da" : "en";
}

/** Danish when Office's display language is Danish, else English. */
function userLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage ?? "");
}

/**
 * A parameter as the user's tooltip names it: Danish Excel shows the Danish names of
 * functions-da.json (from danish-parameter-names.json), so Danish messages use them too; a column of a
 * table parameter, "schools (pupils)", becomes "skoler (elevtal)".
 */
export function parameterName(param: string, lang: Language): string {
  if (lang === "en") return param;
  return param.replace(/[a-z][a-z0-9_]*/g, (word) => (DANISH_PARAMETERS as Record<string, string>)[word] ?? word);
}

/** Message fields that name a parameter rather than hold a value. */
const NAMES = new Set(["other"]);

export function message(key: MessageKey, params: ErrorParams, lang: Language = userLanguage()): string {
  const param = parameterName(params.param, lang);
  const at = params.row === undefined ? param : `${param}, ${TEXTS[lang]["fn.row"]} ${params.row}`;
  const template = TEXTS[lang][`fn.${key}`];
  return fill(template, (name) => {
    if (name === "at") return at;
    const value = String(params[name] ?? "");
    return NAMES.has(name) ? parameterName(value, lang) : value;
  });
}
