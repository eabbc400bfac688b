import * as fs from "fs";
import * as path from "path";
import { loadFunctions } from "../engine/load-functions";
import { createSpuEngine, SpuEngine } from "../engine/spu-engine";
import { manifestAddIn } from "../xlsx/manifest";
import { writeXlsx } from "../xlsx/write-xlsx";
import { EXAMPLES } from "./index";
import { address, parseAddress, rangeCells, Workbook } from "../../src/examples/workbook";

/**
 * Writes assets/examples/*.xlsx from the descriptions in tools/examples, with every formula's
 * value computed by the engine over the built dist/functions.js. Run: npm run examples.
 */
const ROOT = process.cwd();
const OUT = path.join(ROOT, "assets", "examples");

/** Each sheet as the engine reads it: values, and formulas as "=…". */
function contents(book: Workbook): Record<string, unknown[][]> {
  return Object.fromEntries(
    book.sheets.map((sheet) => {
      const rows: unknown[][] = [];
      for (const [at, cell] of sheet.cells) {
        const { row, col } = parseAddress(at);
        const content = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
        if (content === undefined) continue;
        while (rows.length < row) rows.push([]);
        rows[row - 1][col - 1] = content;
      }
      const width = Math.max(0, ...rows.map((r) => r.length));
      return [sheet.name, rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null))];
    })
  );
}

/** Fails unless each spill the description declares is exactly what the engine spilled. */
function checkSpills(book: Workbook, engine: SpuEngine): void {
  const hf = engine.hf;
  for (const sheet of book.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const [at, cell] of sheet.cells) {
      if (!cell.spill) continue;
      const cells = rangeCells(cell.spill);
      const { row, col } = cells[cells.length - 1];
      const inside = cells.every((c) => hf.isCellPartOfArray({ sheet: id, row: c.row - 1, col: c.col - 1 }));
      const below = hf.isCellPartOfArray({ sheet: id, row, col: parseAddress(at).col - 1 });
      if (!inside || below) throw new Error(`${sheet.name}!${at} does not spill over exactly ${cell.spill} (last cell ${address(row, col)})`);
    }
  }
}

async function main(): Promise<void> {
  // In Danish, as Danish Excel computes them: the labels SPU results carry (Skole, Center) are Danish.
  const { implementations, metadata } = loadFunctions({ dist: path.join(ROOT, "dist"), displayLanguage: "da-DK" });
  const addin = manifestAddIn(path.join(ROOT, "manifest.xml"));
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, describe] of Object.entries(EXAMPLES)) {
    const book = describe();
    const engine = createSpuEngine(contents(book), implementations, metadata);
    checkSpills(book, engine);
    const file = path.join(OUT, `${name}.xlsx`);
    fs.writeFileSync(file, await writeXlsx(book, (sheet) => engine.values(sheet), addin));
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
