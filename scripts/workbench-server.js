const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawnSync } = require("child_process");
const { readXlsx } = require("../tools/xlsx-contents");

/**
 * The workbench's local server (npm start on Linux, and the browser suite): the built add-in
 * from dist/ and the host page from workbench/dist/, offline. taskpane.html is served with
 * office.js from Microsoft's CDN replaced by the host's stand-in. A folder serves its index.html
 * (/docs/ and /docs/da/, the help pages the pane links to).
 */
const root = path.resolve(__dirname, "..");
const DIST = path.join(root, "dist");
const WORKBENCH = path.join(root, "workbench", "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml" };

function run(args) {
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`webpack ${args.join(" ")} failed`);
}

function newest(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = path.join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);
}

/** Builds the add-in when dist/ is missing or older than src/ or docs/, and the workbench always. */
function build({ mode = "production" } = {}) {
  const built = fs.existsSync(path.join(DIST, "taskpane.js")) ? fs.statSync(path.join(DIST, "taskpane.js")).mtimeMs : 0;
  if (built < Math.max(newest(path.join(root, "src")), newest(path.join(root, "docs")))) run(["--mode", mode]);
  run(["--config", "workbench/webpack.config.js", "--mode", "development"]);
}

/** The formats the workbench grid shows (grid.ts): Excel's date formats as one. */
function gridFormat(numFmt) {
  return /y/.test(numFmt) ? "yyyy-mm-dd" : numFmt;
}

/**
 * assets/examples/*.xlsx as sheets of raw contents (formulas as "=…"), number formats by
 * "row,column" (0-based) as the grid shows them, bold rows and tables, for the host page.
 */
async function examples() {
  const dir = path.join(root, "assets", "examples");
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort()) {
    const { sheets, formats, bold, tables } = await readXlsx(path.join(dir, file));
    const shown = {};
    for (const [sheet, byCell] of Object.entries(formats)) {
      shown[sheet] = Object.fromEntries(Object.entries(byCell).map(([cell, numFmt]) => [cell, gridFormat(numFmt)]));
    }
    out.push({ name: path.basename(file, ".xlsx"), sheets, formats: shown, bold, tables });
  }
  return out;
}

/** Serves on `port` (0: any free port); resolves with the URL and a close function. */
function serve({ port = 3000 } = {}) {
  let cached;
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let file = decodeURIComponent(url.pathname);
      if (file.endsWith("/")) file += "index.html";
      if (file === "/examples.json") {
        cached ??= JSON.stringify(await examples());
        res.writeHead(200, { "Content-Type": TYPES[".json"] });
        return res.end(cached);
      }
      const candidates = [path.join(WORKBENCH, file), path.join(DIST, file)].filter((p) => p.startsWith(WORKBENCH) || p.startsWith(DIST));
      if (candidates.some((p) => fs.existsSync(p) && fs.statSync(p).isDirectory())) {
        // /docs → /docs/, so that the index's relative links resolve.
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const found = candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
      if (!found) {
        res.writeHead(404);
        return res.end("not found");
      }
      let body = fs.readFileSync(found);
      if (file === "/taskpane.html") body = body.toString().replace(OFFICE_JS, "/office-shim.js");
      res.writeHead(200, { "Content-Type": TYPES[path.extname(found)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ url: `http://localhost:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }));
  });
}

module.exports = { build, serve };
