const { spawn } = require("child_process");

/**
 * npm start: on Windows and macOS sideload into Excel (office-addin-debugging); elsewhere, where
 * there is no Excel desktop, or with --workbench (npm run workbench), serve the workbench: the real
 * task pane beside an in-memory workbook.
 */
const workbench = process.argv.includes("--workbench");
if ((process.platform === "win32" || process.platform === "darwin") && !workbench) {
  const child = spawn("npx", ["office-addin-debugging", "start", "manifest.xml", ...process.argv.slice(2)], { stdio: "inherit", shell: true });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  const { build, serve } = require("./workbench-server");
  build();
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  serve({ port }).then(({ url }) => {
    console.log(`\nSPU workbench: ${url}  (the task pane beside an example workbook; Ctrl+C stops it)`);
    console.log(`English pane: ${url}?lang=en-US   Built-in example: ${url}?example=built-in\n`);
  });
}
