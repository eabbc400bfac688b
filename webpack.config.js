const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DanishMetadataPlugin } = require("./scripts/danish-metadata-plugin");
const { publicUrl } = require("./scripts/public-url");

const urlDev = "https://localhost:3000/";

/** Every module under src/ that declares custom functions (each model's home, the shared families). */
const functionFiles = fs
  .readdirSync(path.join(__dirname, "src"), { recursive: true })
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .map((f) => `./src/${f.split(path.sep).join("/")}`)
  .filter((f) => fs.readFileSync(path.join(__dirname, f), "utf8").includes("@customfunction"));

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  let hosted;
  try {
    hosted = dev ? undefined : publicUrl(process.env.SPU_PUBLIC_URL);
  } catch (error) {
    // The message says what to fix; webpack-cli would bury it under a stack trace.
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  // Without SPU_PUBLIC_URL the production build stays on localhost (sideload, tests), never on a made-up host.
  if (!dev && !hosted) console.warn(`SPU_PUBLIC_URL is not set: this production build points at ${urlDev}. Set it to the https address dist/ is served from.`);
  const urlProd = hosted ?? urlDev;
  /** Replaces every development URL, not only the first; a bare origin (AppDomain) becomes the production origin. */
  const toProduction = (content) =>
    urlProd === urlDev
      ? content
      : content.toString().replaceAll(urlDev, urlProd).replaceAll(urlDev.replace(/\/$/, ""), new URL(urlProd).origin);

  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2019"],
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new DanishMetadataPlugin({
        input: "functions.json",
        output: "functions-da.json",
        texts: path.join(__dirname, "src"),
        rewrite: toProduction,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "docs/*.html", to: "docs/[name][ext]", transform: toProduction },
          { from: "docs/da/*.html", to: "docs/da/[name][ext]", transform: toProduction },
          { from: "docs/*.css", to: "docs/[name][ext]" },
          { from: "manifest.xml", to: "[name][ext]", transform: toProduction },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await httpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
