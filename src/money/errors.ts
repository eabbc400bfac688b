/**
 * Errors a model or an argument check raises. `kind` is the Excel error it becomes: Excel shows a
 * custom function's message only on #VALUE! and #N/A, so every error a user can fix is one of those
 * (a number outside its domain too); #DIV/0! is kept for keys that are all zero. `key` picks the
 * user text (src/excel/messages.ts) and `params` fill it in.
 */
export type ErrorKind = "value" | "div0" | "na";

export type MessageKey =
  | "notNumber"
  | "notText"
  | "required"
  | "emptyRange"
  | "shape"
  | "misaligned"
  | "misshapen"
  | "negative"
  | "notPositive"
  | "range"
  | "fraction"
  | "notInteger"
  | "allZero"
  | "weightsSum"
  | "dateOrder"
  | "yearNotCovered"
  | "unknownOffer"
  | "unknownFlag"
  | "unknownArea"
  | "unknownSchool"
  | "duplicate"
  | "unknownModel"
  | "missingSetting"
  | "unknownSetting"
  | "unreachable"
  | "goalUnreachable"
  | "missingYear"
  | "unknownTarget"
  | "tooLarge"
  | "resultTooLarge"
  | "internal";

export interface ErrorParams {
  /** The parameter as the function's signature names it. */
  param: string;
  /** 1-based row inside the parameter's range, where a row is to blame. */
  row?: number;
  [name: string]: string | number | undefined;
}

export class SpuError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: ErrorParams
  ) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.name = "SpuError";
  }
}

export function fail(kind: ErrorKind, key: MessageKey, params: ErrorParams): never {
  throw new SpuError(kind, key, params);
}
