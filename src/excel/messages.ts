import { ErrorParams, MessageKey } from "../money/errors";
import DANISH_PARAMETERS from "./danish-parameter-names.json";

/**
 * Every user-facing error text, in English and Danish. `{at}` is the parameter, with its
 * row when a row is to blame ("cost, row 3" / "cost, række 3").
 */
export type Language = "en" | "da";

const EN: Record<MessageKey, string> = {
  notNumber: "{at}: '{value}' is not a number",
  notText: "{at}: '{value}' is not a text",
  required: "{at}: a value is required",
  emptyRange: "{at}: the range has no rows with data",
  shape: "{at}: expected a range of {expected}, got {rows}×{cols}",
  misaligned: "{at}: has {rows} rows, but {other} has {expected}",
  misshapen: "{at}: has {cols} columns, but {other} has {expectedCols}",
  negative: "{at}: {value} must not be negative",
  notPositive: "{at}: {value} must be greater than 0",
  range: "{at}: {value} must be between {min} and {max}",
  fraction: "{at}: {value} must be a fraction of a year greater than 0 and at most 1",
  notInteger: "{at}: {value} must be a whole number",
  allZero: "{at}: all keys are zero, so there is nothing to share by",
  weightsSum: "{at}: the weights sum to {value}, not 1",
  dateOrder: "{at}: the end date comes before the start date",
  yearNotCovered: "{at}: {value} is not covered by the rule ({valid})",
  unknownOffer: "{at}: unknown offer type '{value}'; valid codes: {valid}",
  unknownFlag: "{at}: '{value}' is not yes or no",
  unknownArea: "{at}: area '{value}' is not in {other}",
  unknownSchool: "{at}: school '{value}' is not in {other}",
  duplicate: "{at}: '{value}' is listed more than once (also in row {first})",
  unknownModel: "{at}: unknown model '{value}'; valid: {valid}",
  missingSetting: "{at}: the setting {value} is required and not given",
  unknownSetting: "{at}: unknown setting '{value}'",
  goalUnreachable: "{at}: no value of {setting} from {lower} to {upper} makes {target} {value}; it goes from {low} to {high} there",
  missingYear: "{at}: the year {value} is not in the index table (index_years: {valid})",
  unknownTarget: "{at}: unknown target '{value}'; valid: {valid}",
  unreachable: "{at}: with yearly losses capped at {value}, no number of years up to {max} reaches every target",
  tooLarge: "{at}: {value} is beyond ±1,000,000,000,000, more than any budget SPU computes",
  resultTooLarge: "The result is beyond what Excel can hold; check the size of the inputs",
  internal: "Unexpected error: {value}",
};

const DA: Record<MessageKey, string> = {
  notNumber: "{at}: '{value}' er ikke et tal",
  notText: "{at}: '{value}' er ikke en tekst",
  required: "{at}: der mangler en værdi",
  emptyRange: "{at}: området har ingen rækker med data",
  shape: "{at}: forventede et område på {expected}, fik {rows}×{cols}",
  misaligned: "{at}: har {rows} rækker, men {other} har {expected}",
  misshapen: "{at}: har {cols} kolonner, men {other} har {expectedCols}",
  negative: "{at}: {value} må ikke være negativ",
  notPositive: "{at}: {value} skal være større end 0",
  range: "{at}: {value} skal ligge mellem {min} og {max}",
  fraction: "{at}: {value} skal være en andel af året større end 0 og højst 1",
  notInteger: "{at}: {value} skal være et helt tal",
  allZero: "{at}: alle nøgler er nul, så der er intet at fordele efter",
  weightsSum: "{at}: vægtene summerer til {value}, ikke 1",
  dateOrder: "{at}: slutdatoen ligger før startdatoen",
  yearNotCovered: "{at}: {value} er ikke omfattet af reglen ({valid})",
  unknownOffer: "{at}: ukendt tilbudstype '{value}'; gyldige koder: {valid}",
  unknownFlag: "{at}: '{value}' er hverken ja eller nej",
  unknownArea: "{at}: området '{value}' findes ikke i {other}",
  unknownSchool: "{at}: skolen '{value}' findes ikke i {other}",
  duplicate: "{at}: '{value}' står mere end én gang (også i række {first})",
  unknownModel: "{at}: ukendt model '{value}'; gyldige: {valid}",
  missingSetting: "{at}: indstillingen {value} skal angives",
  unknownSetting: "{at}: ukendt indstilling '{value}'",
  goalUnreachable: "{at}: ingen værdi af {setting} fra {lower} til {upper} giver {target} {value}; den går fra {low} til {high} dér",
  missingYear: "{at}: året {value} står ikke i indekstabellen (indeks_år: {valid})",
  unknownTarget: "{at}: ukendt mål '{value}'; gyldige: {valid}",
  unreachable: "{at}: med et årligt tab på højst {value} når intet antal år op til {max} alle mål",
  tooLarge: "{at}: {value} er uden for ±1.000.000.000.000, mere end noget budget SPU regner med",
  resultTooLarge: "Resultatet er større, end Excel kan rumme; kontrollér inputtenes størrelse",
  internal: "Uventet fejl: {value}",
};

const ROW: Record<Language, string> = { en: "row", da: "række" };

/** Labels the functions write into their results (SPU.COMPARE's first column). */
const LABELS = {
  en: { school: "School", centre: "Centre" },
  da: { school: "Skole", centre: "Center" },
};
export type Label = keyof (typeof LABELS)["en"];

export function label(key: Label, lang: Language = userLanguage()): string {
  return LABELS[lang][key];
}

/** Danish when Office's display language is Danish, else English. */
function userLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const lang = office?.context?.displayLanguage ?? "";
  return lang.toLowerCase().startsWith("da") ? "da" : "en";
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
  const at = params.row === undefined ? param : `${param}, ${ROW[lang]} ${params.row}`;
  const template = (lang === "da" ? DA : EN)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "at") return at;
    const value = String(params[name] ?? "");
    return NAMES.has(name) ? parameterName(value, lang) : value;
  });
}
