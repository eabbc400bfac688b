import { Language, languageOf } from "../../src/excel/messages";
import { PANE_FORMS } from "../../src/municipalities/panes";
import { key, t } from "../../src/texts";
import { makeCustomFunctions } from "../engine/custom-functions-stub";
import { FunctionsMetadata, SpuImplementations, createSpuEngine } from "../engine/spu-engine";
import { HostBook } from "./book";
import { fakeOffice } from "./fake-office";
import { renderBook } from "./grid";
import { SAMPLE_BOOK, SAMPLE_TABLES, SheetContents } from "./samples";
import { WORKBENCH_TEXTS } from "./texts";

/**
 * The workbench page (npm start on Linux, and the browser suite's host): the real task pane in
 * an iframe beside an in-memory workbook whose formulas the SPU engine evaluates. The pane's
 * page gets its Office and Excel globals from `window.spuHost` (office-shim.ts).
 * Query: `?lang=da-DK|en-US`, `?example=<name>` (one of /examples.json, or "built-in"), `?blank`
 * (no example). Without one it opens the Roskilde example, the pane's first model.
 */
export interface SpuHost {
  book: HostBook;
  Excel: unknown;
  Office: unknown;
}

interface Example {
  name: string;
  sheets: Record<string, SheetContents>;
  /** Per sheet: number format by "row,column" (0-based), and the bold rows. */
  formats?: Record<string, Record<string, string>>;
  bold?: Record<string, number[]>;
  tables?: { name: string; sheet: string; address: string }[];
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const DEFAULT_EXAMPLE = "roskilde";
const BUILT_IN = "built-in";
const BLANK = "blank";

/** The example workbooks the server converted from assets/examples/*.xlsx, then the built-in one. */
async function examples(): Promise<Example[]> {
  const files: Example[] = await fetch("/examples.json")
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);
  return [...files, { name: BUILT_IN, sheets: SAMPLE_BOOK, tables: SAMPLE_TABLES }];
}

/**
 * An example as the picker names it: its model (the pane's name for it; the one example of no
 * model's own is the comparison), the municipality its title (the first sheet's A1) names, and its file.
 */
function exampleName(example: Example, lang: Language): string {
  if (example.name === BUILT_IN) return WORKBENCH_TEXTS[lang].builtIn;
  const model = PANE_FORMS.some((f) => f.id === example.name) ? example.name : "compare";
  const title = String(Object.values(example.sheets)[0]?.[0]?.[0] ?? "");
  return `${t(lang, key("model", model))}: ${title.split(" – ")[0]} (${example.name}.xlsx)`;
}

/** The example picker: choosing one reopens the page on it, in the same language. */
function picker(all: Example[], chosen: string, query: URLSearchParams, lang: Language): void {
  const select = document.getElementById("examples") as HTMLSelectElement;
  document.getElementById("examples-label")!.textContent = WORKBENCH_TEXTS[lang].example;
  const options = all.map((e) => new Option(exampleName(e, lang), e.name, false, e.name === chosen));
  select.replaceChildren(...options, new Option(WORKBENCH_TEXTS[lang].blank, BLANK, false, chosen === BLANK));
  select.addEventListener("change", () => {
    const next = new URLSearchParams(query);
    next.delete(BLANK);
    next.delete("example");
    next.set(select.value === BLANK ? BLANK : "example", select.value === BLANK ? "" : select.value);
    location.search = next.toString();
  });
}

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const lang = query.get("lang") ?? "da-DK";
  const globals = window as unknown as Record<string, unknown>;
  const implementations: SpuImplementations = new Map();
  globals.CustomFunctions = makeCustomFunctions((id, fn) => implementations.set(id, fn));
  globals.Office = { context: { displayLanguage: lang } };
  await loadScript("/functions.js");
  const metadata = (await (await fetch("/functions.json")).json()) as FunctionsMetadata;

  const all = await examples();
  const wanted = query.get("example") ?? DEFAULT_EXAMPLE;
  const chosen: Example = query.has(BLANK) ? { name: BLANK, sheets: { Ark1: [] } } : all.find((e) => e.name === wanted) ?? all[0];
  const book = new HostBook(createSpuEngine(chosen.sheets, implementations, metadata));
  book.tables = chosen.tables ?? [];
  for (const sheet of book.sheets) {
    Object.entries(chosen.formats?.[sheet.name] ?? {}).forEach(([cell, format]) => sheet.formats.set(cell, format));
    chosen.bold?.[sheet.name]?.forEach((row) => sheet.bold.add(row));
  }
  const { Excel, Office } = fakeOffice(book, lang);
  globals.spuHost = { book, Excel, Office } satisfies SpuHost;

  document.documentElement.lang = languageOf(lang);
  picker(all, chosen.name, query, languageOf(lang));
  renderBook(book, document.getElementById("book")!, lang);
  const pane = document.createElement("iframe");
  pane.id = "pane";
  pane.title = "SPU";
  pane.src = "/taskpane.html";
  document.getElementById("pane-slot")!.append(pane);
}

void main();
