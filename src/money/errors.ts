/**
 * Errors a model or an argument check raises. `kind` is the Excel error it becomes;
 * `key` picks the user text (src/functions/messages.ts) and `params` fill it in.
 */
export type ErrorKind = "value" | "num" | "div0" | "na";

export type MessageKey =
  | "notNumber"
  | "notText"
  | "required"
  | "emptyRange"
  | "shape"
  | "misaligned"
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
  | "lossCap"
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
