import { aalborg } from "./aalborg";
import { efterskole } from "./efterskole";
import { hjorring } from "./hjorring";
import { horsholm } from "./horsholm";
import { nordfyns } from "./nordfyns";
import { roskilde } from "./roskilde";
import { viborg } from "./viborg";
import type { Workbook } from "./workbook";

/** Each example workbook by its file name in assets/examples. */
export const EXAMPLES: Record<string, () => Workbook> = { roskilde, viborg, hjorring, aalborg, nordfyns, horsholm, efterskole };
