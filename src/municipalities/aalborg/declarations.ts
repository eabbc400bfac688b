import { signature } from "../../excel/signature";

/** Aalborg's worksheet functions: parameters in Excel's order. */
export const AALBORG_PLACES = signature("AALBORG_PLACES", ["total_places", "pupils", "socio", "pupil_weight"]);
export const AALBORG_SETTLEMENT = signature("AALBORG_SETTLEMENT", ["places", "used", "price", "keys", "decimals"]);
export const AALBORG_SETTLEMENT_BY_AREA = signature("AALBORG_SETTLEMENT_BY_AREA", ["school_areas", "school_keys", "areas", "places", "used", "price", "decimals"]);
