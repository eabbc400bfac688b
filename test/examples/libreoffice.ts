import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";

/**
 * LibreOffice as a spreadsheet without the add-in, for the tests that print a workbook: whether it
 * is installed, a profile in Danish, a PDF rendering, and a workbook as Excel shows it before the
 * add-in loads (LibreOffice cannot call an Office.js custom function, and it recalculates a spilled
 * one on load, showing #NAME?).
 */
export const soffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** A LibreOffice profile: Danish number formats; recalculation on load always (0) or never (1). */
export function profile(dir: string, recalc: 0 | 1): string {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalc}</value></prop></item>` +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item></oor:items>'
  );
  return `file://${dir}`;
}

/** Each file rendered to PDF by LibreOffice with `profileUrl` into `out`; the PDFs' paths. */
export function renderPdf(files: string[], profileUrl: string, out: string): string[] {
  execFileSync("soffice", [`-env:UserInstallation=${profileUrl}`, "--headless", "--convert-to", "pdf", "--outdir", out, ...files], { stdio: "ignore", timeout: 240000 });
  return files.map((f) => path.join(out, `${path.basename(f, ".xlsx")}.pdf`));
}

/** A PDF's text, layout kept; `page` for one page (1-based). */
export function pdfText(pdf: string, page?: number): string {
  const pages = page ? ["-f", String(page), "-l", String(page)] : [];
  return execFileSync("pdftotext", ["-layout", ...pages, pdf, "-"]).toString();
}

/** The workbook as Excel shows it before the add-in loads: spilled SPU formulas gone, their cached values kept. */
export async function asCached(bytes: Buffer, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/.*\.xml$/.test(f))) {
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/ cm="1"><f t="array" ref="[^"]+">_xldudf_SPU_[^<]*<\/f>/g, ">"));
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}
