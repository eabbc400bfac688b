import fs from "fs";
import path from "path";

/** A custom function as Excel calls it. */
export type ExcelFunction = (...args: unknown[]) => unknown;

const FOLDER = path.join(__dirname, "../../src");

/**
 * The TypeScript function behind each SPU id, found by the `@customfunction ID` tag in the JSDoc
 * above it, so that tests need not know the export names of every family module.
 */
export function familyFunctions(): Map<string, ExcelFunction> {
  const found = new Map<string, ExcelFunction>();
  for (const file of fs.readdirSync(FOLDER, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(FOLDER, file), "utf8");
    const tagged = [...source.matchAll(/@customfunction\s+(\w+)[\s\S]*?export function (\w+)/g)];
    if (tagged.length === 0) continue;
    const module = jest.requireActual(path.join(FOLDER, file)) as Record<string, ExcelFunction>;
    for (const [, id, name] of tagged) found.set(id, module[name]);
  }
  return found;
}
