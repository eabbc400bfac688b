import { Language, languageOf } from "../excel/messages";
import { PANE_FORMS } from "../municipalities/panes";
import { da } from "./da";
import { en } from "./en";
import { fill } from "./fill";

/**
 * The text catalogue: the pane's own texts (en.ts, da.ts) and each model's (texts.ts in its
 * home, by the registry), one table per language with the same typed keys.
 */
export type { Language };
export { languageOf };

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ModelTexts = Intersection<(typeof PANE_FORMS)[number]["texts"]["en"]>;
export type TextKey = keyof typeof en | keyof ModelTexts;

const TABLES: Record<Language, Record<TextKey, string>> = {
  en: Object.assign({}, en, ...PANE_FORMS.map((f) => f.texts.en)),
  da: Object.assign({}, da, ...PANE_FORMS.map((f) => f.texts.da)),
};

/** The text for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Language, key: TextKey, params: Record<string, string | number> = {}): string {
  return fill(TABLES[lang][key], (name) => String(params[name] ?? ""));
}

/**
 * A key made from a form's id (`param.${id}`): the form's `satisfies FormOf<…>` checked that the
 * text exists, so the cast here only forgets what the form's type knew.
 */
export function key(prefix: string, id: string | number): TextKey {
  return `${prefix}.${id}` as TextKey;
}

/** Both languages carry the same keys (checked by the tests). */
export function textKeys(lang: Language): string[] {
  return Object.keys(TABLES[lang]);
}

/** A model's short name, as sheet titles and SPU.COMPARE's header show it: "Roskilde". */
export function modelName(lang: Language, id: string): string {
  return t(lang, key("model", id)).split(" — ")[0];
}
