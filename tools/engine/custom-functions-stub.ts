/**
 * The globals Excel's custom-functions runtime gives functions.js, for a test or a browser page
 * that loads the built bundle: `CustomFunctions` (Error, ErrorCode, associate) and `Office`.
 * Browser-safe: a page defines `globalThis.CustomFunctions = makeCustomFunctions(...)` first.
 */

export type Associated = (...args: unknown[]) => unknown;

export interface CustomFunctionsStub {
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: Record<string, string>;
  associate(id: string | Record<string, Associated>, fn?: Associated): void;
}

/** `CustomFunctions` with `associate` reporting each (id, function) pair to `onAssociate`. */
export function makeCustomFunctions(onAssociate: (id: string, fn: Associated) => void): CustomFunctionsStub {
  class CustomFunctionsError {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  }
  return {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate(id, fn) {
      if (typeof id === "string") onAssociate(id, fn as Associated);
      else for (const [key, value] of Object.entries(id)) onAssociate(key, value);
    },
  };
}

/** `Office` as far as functions.js reads it: the display language decides the message language. */
export function makeOffice(displayLanguage = "en-US"): { context: { displayLanguage: string } } {
  return { context: { displayLanguage } };
}
