import { nameKey } from "./names";

/**
 * Offer types (tilbudstyper) as text codes, case-insensitive, Danish or English alias.
 * A blank offer is `normal`.
 */
export type OfferType = "normal" | "behandling" | "central" | "omraade" | "kommune";

const ALIASES: Record<string, OfferType> = {
  normal: "normal",
  almindelig: "normal",
  behandling: "behandling",
  treatment: "behandling",
  central: "central",
  centralt: "central",
  "område": "omraade",
  omraade: "omraade",
  area: "omraade",
  kommune: "kommune",
  municipal: "kommune",
};

/** The codes a user may type, as listed in error messages. */
export const OFFER_CODES = "normal, behandling, central, område, kommune";

export function parseOfferType(text: string): OfferType | undefined {
  return ALIASES[nameKey(text)];
}
