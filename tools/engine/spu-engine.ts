import { ArraySize, CellError, CellType, DetailedCellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { FunctionPluginDefinition, RawCellContent, SimpleCellAddress } from "hyperformula";

/**
 * A spreadsheet engine for tests, examples and benchmarks: HyperFormula (GPL-3.0, dev only, never
 * in dist/) with every SPU custom function registered under its `SPU.<ID>` name and called the
 * way Excel calls it. Runs in Node and in a browser bundle (no fs, path or vm here).
 */

/** Function id → the function as `CustomFunctions.associate` received it. */
export type SpuImplementations = Map<string, (...args: unknown[]) => unknown>;

/** The part of functions.json the engine reads. */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: "scalar" | "matrix"; optional?: boolean; repeating?: boolean; type?: string }[];
    result: { dimensionality?: "scalar" | "matrix"; type?: string };
  }[];
}

/** An error cell as the engine reports it. */
export interface CellErrorValue {
  error: string;
  message: string;
}
export type CellResult = number | string | boolean | null | CellErrorValue;

export interface SpuEngine {
  /** The HyperFormula instance (the same object for the engine's life). */
  readonly hf: HyperFormula;
  /** The computed value of one cell, e.g. `value("Data", "B2")`; blank is null. */
  value(sheet: string, address: string): CellResult;
  /** The sheet's computed values, rows × columns, in the convention of `value`. */
  values(sheet: string): CellResult[][];
  /** What-if edit: one cell's content or a block from `address`; recalculates and re-learns spills. */
  setContents(sheet: string, address: string, content: unknown | unknown[][]): void;
  addSheet(name: string, contents: unknown[][]): void;
  sheetNames(): string[];
  /** A cell's formula (e.g. "=SPU.ROSKILDE_COST(A2:A10)"), or undefined when it holds none. */
  formula(sheet: string, address: string): string | undefined;
}

/** Excel's error codes ↔ HyperFormula's error types. */
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#SPILL!": ErrorType.SPILL,
};
const ERROR_CODES: Record<string, string> = Object.fromEntries(Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]));

interface CallAst {
  procedureName: string;
  args: { type: string }[];
}
interface CallState {
  formulaAddress: SimpleCellAddress;
}
type Metadata = FunctionsMetadata["functions"][number];

function toExcelErrorInput(error: CellError): { code: string; message: string } {
  return { code: ERROR_CODES[error.type] ?? "#VALUE!", message: error.message ?? "" };
}

/** One cell as Excel hands it to a custom function: blanks null, errors as CustomFunctions.Error-like objects. */
function cellIn(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return toExcelErrorInput(value);
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // a typed number (date, %, kr.)
  return value;
}

function isErrorLike(value: unknown): value is { code: string; message?: string } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function cellError(code: string, message: string): CellError {
  return new CellError(ERROR_TYPES[code] ?? ErrorType.ERROR, message);
}

/** One result cell as Excel would show it; anything Excel could not show is an error naming it. */
function cellOut(value: unknown): number | string | boolean | CellError {
  if (typeof value === "number") return Number.isFinite(value) ? value : cellError("#NUM!", `the function returned ${value}`);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value === null) return 0; // Excel shows a returned null as 0
  if (isErrorLike(value)) return cellError(value.code, value.message ?? "");
  return cellError("#VALUE!", `the function returned ${value === undefined ? "undefined" : typeof value}`);
}

const sizeKeys = new WeakMap<object, string>();
/** Identifies one SPU call: the formula's cell and the call's (relative) syntax tree. */
function callKey(ast: CallAst, state: CallState): string {
  let text = sizeKeys.get(ast);
  if (text === undefined) {
    text = JSON.stringify(ast);
    sizeKeys.set(ast, text);
  }
  const a = state.formulaAddress;
  return `${a.sheet}!${a.row},${a.col}:${text}`;
}

/**
 * Builds an engine over `sheets` (name → raw contents: numbers, strings, booleans, null and
 * formulas such as `=SPU.ROSKILDE_COST(A2:A10)`). HyperFormula fixes a spill's size when it parses
 * a formula, so the engine evaluates, learns each SPU call's result size and rebuilds until the
 * sizes are stable (usually twice).
 */
export function createSpuEngine(sheets: Record<string, unknown[][]>, implementations: SpuImplementations, metadata: FunctionsMetadata): SpuEngine {
  /** Sizes the last build announced, and the sizes the calls actually returned. */
  const announced = new Map<string, [number, number]>();
  const learned = new Map<string, [number, number]>();

  class SpuPlugin extends FunctionPlugin {
    static implementedFunctions: FunctionPluginDefinition["implementedFunctions"] = {};

    call(meta: Metadata, fn: (...args: unknown[]) => unknown, ast: CallAst, state: CallState): unknown {
      const key = callKey(ast, state);
      const result = this.run(meta, fn, ast, state);
      const size: [number, number] = result instanceof SimpleRangeValue ? [result.height(), result.width()] : [1, 1];
      learned.set(key, size);
      const spill = announced.get(key);
      // HyperFormula keeps an errored spill at its built size and then throws "Unknown array" in any
      // formula reading exactly that range (SUMIF(…, C5:C10)): an array of the error stands in for
      // it until settle() rebuilds the spill as one error cell, as Excel shows it.
      if (result instanceof CellError && spill) return SimpleRangeValue.onlyValues(Array.from({ length: spill[0] }, () => Array<CellError>(spill[1]).fill(result)));
      return result;
    }

    run(meta: Metadata, fn: (...args: unknown[]) => unknown, ast: CallAst, state: CallState): unknown {
      const params = meta.parameters;
      if (ast.args.length > params.length && !params[params.length - 1]?.repeating) {
        return cellError("#N/A", `${meta.id} takes at most ${params.length} arguments`);
      }
      const required = params.filter((p) => !p.optional).length;
      if (ast.args.length < required) return cellError("#N/A", `${meta.id} needs at least ${required} arguments`);
      const args = params.map((param, i) => {
        const arg = ast.args[i];
        if (arg === undefined || arg.type === "EMPTY") return null;
        const value = this.evaluateAst(arg as never, state as never) as unknown;
        const matrix = value instanceof SimpleRangeValue ? value.data.map((row) => row.map(cellIn)) : [[cellIn(value)]];
        return param.dimensionality === "matrix" || matrix.length !== 1 || matrix[0].length !== 1 ? matrix : matrix[0][0];
      });
      let result: unknown;
      try {
        result = fn(...args);
      } catch (error) {
        return isErrorLike(error) ? cellError(error.code, error.message ?? "") : cellError("#VALUE!", `the function threw ${String(error)}`);
      }
      if (meta.result.dimensionality !== "matrix") {
        return Array.isArray(result) ? cellError("#VALUE!", `${meta.id} returned an array for a scalar result`) : cellOut(result);
      }
      if (!Array.isArray(result) || result.length === 0 || !result.every((row) => Array.isArray(row) && row.length === result[0].length && row.length > 0)) {
        return cellError("#VALUE!", `${meta.id} did not return a rectangular 2D array`);
      }
      const rows = (result as unknown[][]).map((row) => row.map(cellOut));
      return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : SimpleRangeValue.onlyValues(rows as never);
    }

    /** The size learned for this call; 1×1 (always room) until it has run once. */
    size(ast: CallAst, state: CallState): ArraySize {
      const key = callKey(ast, state);
      const [height, width] = learned.get(key) ?? [1, 1];
      announced.set(key, [height, width]);
      return new ArraySize(width, height);
    }
  }

  const translations: Record<string, string> = {};
  for (const meta of metadata.functions) {
    const fn = implementations.get(meta.id);
    if (!fn) throw new Error(`functions.json declares ${meta.id} but no implementation was associated with it`);
    const name = `SPU.${meta.name}`;
    const method = `spu_${meta.id}`;
    const sizeMethod = `size_${meta.id}`;
    const proto = SpuPlugin.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: SpuPlugin, ast: CallAst, state: CallState) {
      return this.call(meta, fn, ast, state);
    };
    // The engine reads arguments itself (run), so HyperFormula neither checks nor vectorizes them.
    SpuPlugin.implementedFunctions[name] = { method, parameters: [], vectorizationForbidden: true };
    if (meta.result.dimensionality === "matrix") {
      proto[sizeMethod] = function (this: SpuPlugin, ast: CallAst, state: CallState) {
        return this.size(ast, state);
      };
      SpuPlugin.implementedFunctions[name].sizeOfResultArrayMethod = sizeMethod;
    }
    translations[name] = name;
  }
  HyperFormula.getLanguage("enGB").extendFunctions(translations);

  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    functionPlugins: [...HyperFormula.getAllFunctionPlugins(), SpuPlugin],
    useArrayArithmetic: true,
    smartRounding: false, // report what the functions returned, not HyperFormula's 10-digit rounding
    maxRows: 1048576,
    maxColumns: 16384,
  });

  /**
   * Parses every sheet again so that spills take their learned sizes. (HyperFormula's own
   * rebuildAndRecalculate keeps a spill's cells as values, which then block the spill.)
   */
  function rebuild(): void {
    const contents = hf.getSheetNames().map((name) => {
      const id = sheetId(name);
      const cells = hf.getSheetSerialized(id);
      return { id, cells: cells.map((row, r) => row.map((cell, c) => (hf.getCellType({ sheet: id, row: r, col: c }) === CellType.ARRAY ? null : cell))) };
    });
    hf.batch(() => contents.forEach(({ id, cells }) => hf.setSheetContent(id, cells)));
  }

  /** Rebuilds while some SPU call returned a size other than the one its spill was built with. */
  function settle(): void {
    for (let pass = 0; pass < 10; pass++) {
      // Calls inside other functions (SUM(SPU.…)) are never announced and need no spill.
      const stale = [...learned].some(([key, [h, w]]) => {
        const size = announced.get(key);
        return size !== undefined && (size[0] !== h || size[1] !== w);
      });
      if (!stale) return;
      announced.clear();
      rebuild();
    }
    throw new Error("spill sizes did not settle after 10 rebuilds");
  }

  function sheetId(sheet: string): number {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet named ${sheet}`);
    return id;
  }

  function address(sheet: string, a1: string): SimpleCellAddress {
    const id = sheetId(sheet);
    const simple = hf.simpleCellAddressFromString(a1, id);
    if (!simple) throw new Error(`not a cell address: ${a1}`);
    return simple;
  }

  function result(value: unknown): CellResult {
    if (value instanceof DetailedCellError) return { error: value.value, message: value.message };
    if (value === undefined) return null;
    return value as CellResult;
  }

  hf.batch(() => {
    for (const [name, contents] of Object.entries(sheets)) {
      hf.addSheet(name);
      hf.setSheetContent(sheetId(name), contents as RawCellContent[][]);
    }
  });
  settle();

  return {
    hf,
    value: (sheet, a1) => result(hf.getCellValue(address(sheet, a1))),
    values(sheet) {
      const id = sheetId(sheet);
      const { width } = hf.getSheetDimensions(id);
      return hf.getSheetValues(id).map((row) => Array.from({ length: width }, (_, c) => result(row[c])));
    },
    setContents(sheet, a1, content) {
      hf.setCellContents(address(sheet, a1), content as RawCellContent[][] | RawCellContent);
      settle();
    },
    addSheet(name, contents) {
      hf.addSheet(name);
      hf.setSheetContent(sheetId(name), contents as RawCellContent[][]);
      settle();
    },
    sheetNames: () => hf.getSheetNames(),
    formula: (sheet, a1) => hf.getCellFormula(address(sheet, a1)),
  };
}
