import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext } from "playwright-core";

/**
 * Debian's chromium through playwright-core, on a fresh profile each run, and the workbench
 * server (scripts/workbench-server.js), for the workbench's browser suite.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
export const available = fs.existsSync(CHROMIUM);

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const server = require("../../scripts/workbench-server") as {
  build(): void;
  serve(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

export async function launch(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const { chromium } = await import("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "spu-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    viewport,
  });
}
