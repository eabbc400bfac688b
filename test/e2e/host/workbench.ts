import { makeCustomFunctions } from "../../engine/custom-functions-stub";
import { FunctionsMetadata, SpuImplementations, createSpuEngine } from "../../engine/spu-engine";
import { HostBook } from "./book";
import { fakeOffice } from "./fake-office";
import { renderBook } from "./grid";
import { SAMPLE_BOOK, SAMPLE_TABLES, SheetContents } from "./samples";

/**
 * The workbench page (npm start on Linux, and the browser suite's host): the real task pane in
 * an iframe beside an in-memory workbook whose formulas the SPU engine evaluates. The pane's
 * page gets its Office and Excel globals from `window.spuHost` (office-shim.ts).
 * Query: `?lang=da-DK|en-US`, `?example=<name>` (one of /examples.json), `?blank` (no example).
 */
export interface SpuHost {
  book: HostBook;
  Excel: unknown;
  Office: unknown;
}

interface Example {
  name: string;
  sheets: Record<string, SheetContents>;
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

/** The example workbooks the server converted from assets/examples/*.xlsx, or the built-in one. */
async function example(name: string | null): Promise<Example> {
  const builtIn: Example = { name: "built-in", sheets: SAMPLE_BOOK, tables: SAMPLE_TABLES };
  if (name === "built-in") return builtIn;
  const examples: Example[] = await fetch("/examples.json")
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);
  return examples.find((e) => e.name === name) ?? (name ? builtIn : examples[0] ?? builtIn);
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

  const chosen = query.has("blank") ? { name: "blank", sheets: { Ark1: [] } } : await example(query.get("example"));
  const book = new HostBook(createSpuEngine(chosen.sheets, implementations, metadata));
  book.tables = chosen.tables ?? [];
  const { Excel, Office } = fakeOffice(book, lang);
  globals.spuHost = { book, Excel, Office } satisfies SpuHost;

  document.getElementById("example")!.textContent = chosen.name;
  renderBook(book, document.getElementById("book")!, lang);
  const pane = document.createElement("iframe");
  pane.id = "pane";
  pane.title = "SPU";
  pane.src = "/taskpane.html";
  document.getElementById("pane-slot")!.append(pane);
}

void main();
