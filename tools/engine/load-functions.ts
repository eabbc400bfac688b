import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { makeCustomFunctions, makeOffice } from "./custom-functions-stub";
import type { FunctionsMetadata, SpuImplementations } from "./spu-engine";

export { makeCustomFunctions, makeOffice } from "./custom-functions-stub";

const DIST = path.resolve(__dirname, "../../dist");

/**
 * The built add-in as Excel loads it (Node only): dist/functions.js runs in a fresh context where
 * only `CustomFunctions` and `Office` exist, and its `associate` calls are captured. Metadata comes
 * from dist/functions.json. Run `npm run build` first (`npm test` does).
 */
export function loadFunctions(options: { dist?: string; displayLanguage?: string } = {}): {
  implementations: SpuImplementations;
  metadata: FunctionsMetadata;
  /** The context the bundle ran in: its only globals are CustomFunctions and Office. */
  context: vm.Context;
} {
  const dist = options.dist ?? DIST;
  const implementations: SpuImplementations = new Map();
  const context = vm.createContext({
    CustomFunctions: makeCustomFunctions((id, fn) => implementations.set(id, fn)),
    Office: makeOffice(options.displayLanguage),
  });
  const file = path.join(dist, "functions.js");
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as FunctionsMetadata;
  return { implementations, metadata, context };
}
