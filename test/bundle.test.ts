import vm from "vm";
import type { CustomFunctionsStub } from "../tools/engine/custom-functions-stub";
import { loadFunctions } from "../tools/engine/load-functions";
import { BAD_CALLS, SPEC_CALLS, positional } from "./fixtures/spec-calls";

/**
 * The production dist/functions.js in a context with nothing but Excel's CustomFunctions and
 * Office globals: no window, document or self, as in Excel's JavaScript-only runtime.
 */
interface Meta {
  id: string;
  parameters: { name: string; dimensionality?: string }[];
  result: { dimensionality?: string };
}

const { implementations: associated, metadata: functionsJson, context } = loadFunctions();
const ExcelErrorStub = (context.CustomFunctions as CustomFunctionsStub).Error;
type ExcelErrorStub = InstanceType<typeof ExcelErrorStub>;
const metadata = functionsJson.functions as unknown as Meta[];

/** An argument as Excel passes it to a parameter of that dimensionality. */
function asExcelPasses(value: unknown, dimensionality: string | undefined): unknown {
  if (value === null) return null;
  if (dimensionality === "matrix") return Array.isArray(value) ? value : [[value]];
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  throw new Error("a scalar parameter given a range: Excel would call once per cell");
}

function callAsExcel(id: string, args: Record<string, unknown>): unknown {
  const meta = metadata.find((f) => f.id === id) as Meta;
  const fn = associated.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  return fn(...positional(id, args).map((v, i) => asExcelPasses(v, meta.parameters[i]?.dimensionality)));
}

describe("dist/functions.js with only CustomFunctions and Office", () => {
  test("needs no window, document or self", () => {
    expect(vm.runInContext("[typeof window, typeof document, typeof self]", context)).toEqual(["undefined", "undefined", "undefined"]);
  });

  test("associates every id in functions.json, and nothing else", () => {
    expect([...associated.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  test.each(SPEC_CALLS.map((c) => [c.id, c.about, c] as const))("%s: %s", (id, _about, call) => {
    const result = callAsExcel(id, call.args);
    const meta = metadata.find((f) => f.id === id) as Meta;
    // What Excel spills must be what the metadata promises.
    expect(Array.isArray(result)).toBe(meta.result.dimensionality === "matrix");
    expect(Array.isArray(result) && !Array.isArray(call.expected) ? (result as unknown[][])[0][0] : result).toEqual(call.expected);
  });

  test.each(BAD_CALLS.map((c) => [c.id, c.about, c] as const))("%s rejects %s", (id, _about, call) => {
    let thrown: unknown;
    let returned: unknown;
    try {
      returned = callAsExcel(id, call.args);
    } catch (error) {
      thrown = error;
    }
    // One error for a whole-result function, or the bad row's own cell of an elementwise one.
    const error = Array.isArray(returned) ? (returned as unknown[][]).flat().find((v) => v instanceof ExcelErrorStub) : thrown;
    expect(error).toBeInstanceOf(ExcelErrorStub);
    expect((error as ExcelErrorStub).code).toBe(call.code);
    expect((error as ExcelErrorStub).message).toMatch(/\w/);
  });
});

describe("src/functions/index.ts, the functions bundle's one entry", () => {
  test("imports every module that declares worksheet functions", () => {
    const fs = jest.requireActual("fs") as typeof import("fs");
    const path = jest.requireActual("path") as typeof import("path");
    const src = path.join(__dirname, "..", "src");
    const declaring = (fs.readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts") && fs.readFileSync(path.join(src, f), "utf8").includes("@customfunction"))
      .map((f) => `../${f.split(path.sep).join("/").replace(/\.ts$/, "")}`)
      .sort();
    const entry = fs.readFileSync(path.join(src, "functions", "index.ts"), "utf8");
    const imported = [...entry.matchAll(/^import "([^"]+)";$/gm)].map((m) => m[1]).sort();
    expect(imported).toEqual(declaring);
  });
});
