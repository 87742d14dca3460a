// Builds the add-in: task pane, ribbon function file, help page, icons and manifest into dist/.
// Follows OfficeDev/Office-Addin-TaskPane-React; differences are said where they are.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const fs = require("fs");
const zlib = require("zlib");

const urlDev = "https://localhost:3000/";
/** The goal for the pane's initial JavaScript, gzipped, without the browser-mode chunk. */
const PANE_GZIP_GOAL = 350 * 1024;

/**
 * Prints the gzipped size of the JavaScript the pane loads at start (its entrypoint's chunks), of
 * what it loads later on demand (browser mode: FileHost and the part reader and writer) and of the engine worker, so
 * every build reports them.
 */
class ReportPaneSize {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ReportPaneSize", (compilation) => {
      // After emit the sources are released: measure the files written.
      const out = compilation.outputOptions.path;
      const gzip = (file) =>
        zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length;
      const initial = compilation.entrypoints
        .get("taskpane")
        .getFiles()
        .filter((f) => f.endsWith(".js"));
      const all = Object.keys(compilation.assets).filter(
        (f) => f.endsWith(".js") && !f.startsWith("commands")
      );
      // The engine worker is loaded on the first score, inside Excel too: reported on its own.
      const worker = all.filter((f) => f.startsWith("engine-worker"));
      const later = all.filter((f) => !initial.includes(f) && !worker.includes(f));
      const kb = (files) => (files.reduce((n, f) => n + gzip(f), 0) / 1024).toFixed(1);
      const initialBytes = initial.reduce((n, f) => n + gzip(f), 0);
      const laterBytes = later.reduce((n, f) => n + gzip(f), 0);
      const workerBytes = worker.reduce((n, f) => n + gzip(f), 0);
      // scripts/readme-sizes.js puts these figures in the README, so they come from a build.
      fs.writeFileSync(
        path.join(out, "bundle-size.json"),
        JSON.stringify(
          {
            initialGzipBytes: initialBytes,
            browserModeGzipBytes: laterBytes,
            engineWorkerGzipBytes: workerBytes,
          },
          null,
          2
        ) + "\n"
      );
      console.log(
        `Pane initial JavaScript: ${kb(initial)} KB gzip (${initial.join(", ")}); goal under ${PANE_GZIP_GOAL / 1024} KB: ${
          initialBytes < PANE_GZIP_GOAL ? "met" : "NOT met"
        }. Loaded on demand (browser mode): ${kb(later)} KB gzip. Engine worker (on the first score): ${kb(worker)} KB gzip.`
      );
    });
  }
}
// Where a production build is served from; manifest URLs are rewritten to it when set.
const urlProd = process.env.TIERSHEET_URL;

// `npm run build:cli` (tsc) also writes to dist/: cleaning must leave its folders alone.
const CLI_OUTPUT = /^(cli|engine|hosts|i18n)[\\/]/;

/** The pages the build produces; test/manifest.test.ts checks every manifest URL against them. */
const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
  { filename: "help.html", template: "./src/taskpane/help.html", chunks: [] },
];

async function getHttpsOptions() {
  // Only when serving: certificates are created (and trusted) on first use, which a build must never need.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  return {
    mode: dev ? "development" : "production",
    // Never an eval-based source map: the pages' Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: { keep: (asset) => CLI_OUTPUT.test(asset) },
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
            options: {
              // Types are checked by `tsc --noEmit` and jest; ES modules let webpack tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // The engine worker stays one file: split, it would fetch its parts with importScripts, which
      // the bundle check refuses (and the worker needs nothing the page has already loaded).
      splitChunks: { chunks: (chunk) => chunk.name !== "engine-worker" },
    },
    performance: {
      // React, Fluent UI v9 and the engine are about 600 KB minified (the gzip goal is what counts; see
      // ReportPaneSize); the browser-mode chunk (FileHost, no ExcelJS) is fetched only in browser mode.
      maxEntrypointSize: 768 * 1024,
      maxAssetSize: 1536 * 1024,
    },
    plugins: [
      new ReportPaneSize(),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: page.chunks,
            inject: page.chunks.length > 0 ? "head" : false,
          })
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev || !urlProd
                ? content
                : content.toString().split(urlDev).join(urlProd.replace(/\/?$/, "/"));
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.PAGES = PAGES;
