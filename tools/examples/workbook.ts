/** Moved to src/examples/workbook.ts; tools/xlsx still imports it from here. */
export * from "../../src/examples/workbook";
