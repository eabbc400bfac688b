const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * The workbench and the browser suite's host page: a development tool, built into
 * workbench/dist, never into the add-in's dist/. It serves beside dist/ (scripts/workbench-server.js).
 */
const root = path.resolve(__dirname, "..");

module.exports = (_env, options) => ({
  mode: options.mode || "development",
  context: root,
  devtool: false,
  target: ["web", "es2020"],
  entry: {
    workbench: "./tools/workbench/workbench.ts",
    "office-shim": "./tools/workbench/office-shim.ts",
  },
  output: { path: path.resolve(__dirname, "dist"), clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./workbench/index.html", chunks: ["workbench"] })],
});
