import * as fs from "fs";
import * as path from "path";
import { loadFunctions } from "../../tools/engine/load-functions";

const DIST = path.resolve(__dirname, "../../dist");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("the GPL engine never reaches dist/ (grep -ri hyperformula dist/ finds nothing)", () => {
  const found = files(DIST).filter((f) => fs.readFileSync(f).toString("latin1").toLowerCase().includes("hyperformula"));
  expect(found).toEqual([]);
});

test("dist/functions.js loads where only CustomFunctions and Office exist, associating every id of functions.json", () => {
  const { implementations, metadata } = loadFunctions();
  expect([...implementations.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});
