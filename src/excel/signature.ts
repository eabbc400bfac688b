/**
 * A worksheet function's name and its parameters in Excel's order, declared once beside its rules:
 * what the task pane's formulas are built from (so an argument cannot land in the wrong place) and
 * what a test holds against the metadata Excel reads (functions.json).
 */
export interface Signature<P extends string = string> {
  readonly id: string;
  readonly params: readonly P[];
}

export function signature<const P extends string>(id: string, params: readonly P[]): Signature<P> {
  return { id, params };
}

/**
 * `=SPU.ID(a, b, …)` with each argument in its parameter's place; a parameter left out is an
 * empty argument (its default), trailing ones are dropped. Office.js formulas are en-US: `,`.
 */
export function formula<P extends string>(fn: Signature<P>, args: Partial<Record<P, string>>): string {
  const list = fn.params.map((p) => args[p] ?? "");
  while (list.length && list[list.length - 1] === "") list.pop();
  return `=SPU.${fn.id}(${list.join(", ")})`;
}
