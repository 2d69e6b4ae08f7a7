// The demo page: the real task pane beside a grid of the in-memory workbook (no Excel, no office.js,
// no network). Its own bundle, so HyperFormula, ExcelJS and the in-memory Excel never reach the add-in.
//   npm run demo                  build into out/demo and serve on http://127.0.0.1:3100
//   npm run demo -- --build-only  build only (the end-to-end tests use this)
/* global require, module, __dirname */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env = {}) => {
  const outputPath = env.outputPath
    ? path.resolve(env.outputPath)
    : path.resolve(__dirname, "out/demo");
  const production = env.production !== false && env.production !== "false";
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: false,
    entry: { demo: "./src/demo/main.tsx" },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: false },
            },
          },
        },
        // The page's own stylesheet is injected by main.tsx as text (no css-loader needed).
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/index.html" })],
    performance: { hints: false },
  };
};
