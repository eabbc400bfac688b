import type { Language } from "../excel/messages";

/** Numbers, amounts and dates as the user reads and types them, by language (apart from the texts). */

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/**
 * An amount as the user reads it, one way everywhere: whole kroner (`1.234.567 kr.` in Danish,
 * `1,234,567 kr.` in English), or with øre (`0,50`) where the model computes to the øre.
 */
export function formatAmount(lang: Language, value: number, ore = false): string {
  const digits = ore ? 2 : 0;
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} kr.`;
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

/** An Excel date serial as the user writes it: dd-mm-yyyy in Danish, yyyy-mm-dd in English. */
export function formatDate(lang: Language, serial: number): string {
  const iso = new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10);
  return lang === "da" ? iso.split("-").reverse().join("-") : iso;
}
