// The add-in's build: task pane (React + Fluent UI v9), ribbon commands, and the =SAKIP.* custom functions,
// all loaded by taskpane.html because the add-in uses one shared runtime (see manifest.xml).
//   npm run build      production build into dist/, manifest URLs rewritten to the production URL
//   npm run build:dev  development build, manifest unchanged (https://localhost:3000/)
//   npm run dev-server https://localhost:3000/ with office-addin-dev-certs (npm start runs it for you)
// The production URL comes from `--env urlProd=https://host/path/` or the SAKIP_URL_PROD variable.
/* global require, module, __dirname, process */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/**
 * The production URL, checked: given (a manifest pointing at a placeholder host could be deployed as is),
 * https, and a trailing slash, since it is glued in front of file names.
 */
function productionUrl(env) {
  const url = (env && env.urlProd) || process.env.SAKIP_URL_PROD;
  if (!url) {
    throw new Error(
      "URL produksi belum diberikan: manifest.xml harus menunjuk ke server tempat dist/ dipasang. " +
        "Jalankan SAKIP_URL_PROD=https://server.pemda.go.id/sakip/ npm run build " +
        "atau npm run build -- --env urlProd=https://server.pemda.go.id/sakip/ (untuk mencoba di komputer sendiri: npm run build:dev)."
    );
  }
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(
      `URL produksi "${url}" tidak valid: harus diawali https:// dan diakhiri "/", mis. https://contoh.go.id/sakip/`
    );
  }
  return url;
}

/**
 * Emits functions-en.json, the English metadata of the custom functions (descriptions from
 * src/functions/locale-en.ts over the generated Indonesian functions.json); the manifest's en-US override of
 * Functions.Metadata.Url points at it. Excel localizes custom functions only through one JSON file per language.
 */
class EnglishFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("EnglishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "EnglishFunctionsMetadataPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // the metadata plugin already reported why
          const { localizeMetadata } = require("tsx/cjs/api").require(
            "./src/functions/locale-en.ts",
            __filename
          );
          const english = localizeMetadata(JSON.parse(generated.source.source().toString()));
          compilation.emitAsset(
            "functions-en.json",
            new sources.RawSource(JSON.stringify(english, null, 4))
          );
        }
      );
    });
  }
}

/** The dev server's https options from office-addin-dev-certs (creates and trusts a localhost certificate once). */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const urlProd = dev ? urlDev : productionUrl(env);
  const outputPath = env.outputPath
    ? path.resolve(env.outputPath)
    : path.resolve(__dirname, "dist");

  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: "source-map",
    entry: {
      // The metadata plugin appends CustomFunctions.associate(...) to this module from its JSDoc.
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      // The pane's tabs other than Pindai, and the scan engine, load as chunks (src/taskpane/lazyPanel.tsx); a
      // content hash in their names keeps Office's web cache from mixing chunks of two versions.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run lint` (tsc --noEmit); the build only transpiles, keeping ES modules
            // so webpack can tree-shake Fluent UI.
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
            },
          },
        },
        {
          // The engine is pure (no module runs code on import), so a bundle that imports its one public API
          // (src/engine/index.ts) keeps only what it uses: the functions and the pane's first paint stay small.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: path.resolve(__dirname, "src/functions/functions.ts"),
      }),
      new EnglishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page that hosts the pane, the ribbon commands and the custom functions.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    // The pane's size is checked by test/build (gzip of taskpane.js against a budget), not by webpack's generic hint.
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await devServerHttps() } : "https",
      // Everything is served from the compilation in memory; never stale files from an earlier build in dist/.
      static: false,
      client: { overlay: false },
    },
  };
};
