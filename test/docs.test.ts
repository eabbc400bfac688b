/**
 * The help pages, English in docs/ and Danish in docs/da/: every link into them works (Excel's
 * function wizard through the metadata's helpUrl, the task pane's help link, the pages' own links).
 * Reads what `npm run build` (pretest) emitted.
 */
import fs from "fs";
import path from "path";
import { FORMS } from "../src/taskpane/forms";

const root = path.join(__dirname, "..");
const docs = path.join(root, "docs");
const dist = path.join(root, "dist", "docs");

const pages = (folder: string) => fs.readdirSync(folder).filter((f) => f.endsWith(".html")).sort();
const ENGLISH = pages(docs);
const DANISH = fs.existsSync(path.join(docs, "da")) ? pages(path.join(docs, "da")) : [];
/** Every page, as a path under docs/. */
const ALL = [...ENGLISH, ...DANISH.map((p) => `da/${p}`)];

const read = (page: string) => fs.readFileSync(path.join(docs, page), "utf8");
const ids = (page: string) => [...read(page).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
const hrefs = (page: string) => [...read(page).matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);

interface Meta {
  id: string;
  helpUrl?: string;
}
const metadata = (file: string): Meta[] => JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8")).functions;

/** The page under docs/ and the anchor a help URL opens. */
function target(url: string): { page: string; anchor: string } {
  const m = /\/docs\/((?:da\/)?[\w-]+\.html)#([\w-]+)$/.exec(url);
  return { page: m?.[1] ?? url, anchor: m?.[2] ?? "" };
}

describe("help URLs in the metadata", () => {
  const english = metadata("functions.json");
  const danish = metadata("functions-da.json");

  test.each(english.map((f) => [f.id, f.helpUrl ?? ""] as const))("%s: %s exists in dist/docs with its anchor", (_id, url) => {
    const { page, anchor } = target(url);
    expect(fs.existsSync(path.join(dist, page))).toBe(true);
    expect(ids(page)).toContain(anchor);
  });

  test.each(danish.map((f) => [f.id, f.helpUrl ?? ""] as const))("%s (Danish): %s exists in dist/docs with its anchor", (_id, url) => {
    const { page, anchor } = target(url);
    expect(fs.existsSync(path.join(dist, page))).toBe(true);
    expect(ids(page)).toContain(anchor);
  });

  test("the Danish metadata opens the Danish twin of each English page, at the same anchor", () => {
    expect(danish.map((f) => f.helpUrl)).toEqual(english.map((f) => f.helpUrl?.replace("/docs/", "/docs/da/")));
  });
});

describe("the two languages", () => {
  test("every English page has a Danish twin and every Danish page an English one", () => {
    expect(DANISH).toEqual(ENGLISH);
  });

  test.each(ENGLISH)("%s: its Danish twin declares the same ids, each once", (page) => {
    expect(new Set(ids(page)).size).toBe(ids(page).length);
    expect(ids(`da/${page}`).sort()).toEqual(ids(page).sort());
  });

  test.each(ENGLISH)("%s: it and its Danish twin are marked with their language and link each other", (page) => {
    expect(read(page)).toMatch(/<html lang="en">/);
    expect(read(`da/${page}`)).toMatch(/<html lang="da">/);
    expect(hrefs(page)).toContain(`da/${page}`);
    expect(hrefs(`da/${page}`)).toContain(`../${page}`);
  });

  test("the build copies every page of both languages to dist/docs", () => {
    expect(ALL.filter((page) => !fs.existsSync(path.join(dist, page)))).toEqual([]);
  });
});

describe("the task pane's help links", () => {
  test.each(FORMS.map((f) => [f.id, f.help] as const))("%s: docs/%s.html exists in English and Danish", (_id, help) => {
    for (const page of [`docs/${help}.html`, `docs/da/${help}.html`]) expect(fs.existsSync(path.join(root, "dist", page))).toBe(true);
  });
});

describe("links inside the pages", () => {
  /** Every internal href (not http, https or mailto) that points at nothing: a missing file or id. */
  function dead(page: string): string[] {
    return hrefs(page)
      .filter((href) => !/^(https?:|mailto:)/.test(href))
      .filter((href) => {
        const [file, anchor] = href.split("#");
        const resolved = file === "" ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
        if (!fs.existsSync(path.join(docs, resolved))) return true;
        return anchor !== undefined && !(resolved.endsWith(".html") && ids(resolved).includes(anchor));
      });
  }

  test.each(ALL)("%s: every internal link resolves", (page) => {
    expect(dead(page)).toEqual([]);
  });
});
