const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DanishMetadataPlugin } = require("./scripts/danish-metadata-plugin");

const urlDev = "https://localhost:3000/";
/** Where the production build is hosted; set SPU_PUBLIC_URL when you deploy. */
const urlProd = process.env.SPU_PUBLIC_URL || "https://spu.example.org/";

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
  /** Replaces every development URL, not only the first; a bare origin (AppDomain) becomes the production origin. */
  const toProduction = (content) =>
    dev
      ? content
      : content
          .toString()
          .replace(new RegExp(urlDev, "g"), urlProd)
          .replace(new RegExp(urlDev.replace(/\/$/, ""), "g"), new URL(urlProd).origin);

  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2019"],
    entry: {
      functions: functionFiles,
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
