import * as fs from "fs";
import type { AddIn } from "./write-xlsx";

/** The add-in as a manifest.xml names it: its <Id> and <Version>. */
export function manifestAddIn(file: string): AddIn {
  const xml = fs.readFileSync(file, "utf8");
  const tag = (name: string) => {
    const match = new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml);
    if (!match) throw new Error(`${file} has no <${name}>`);
    return match[1].trim();
  };
  return { id: tag("Id"), version: tag("Version") };
}
