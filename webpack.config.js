// Builds the add-in: task pane, ribbon function file, help page, icons and manifest into dist/.
// Follows OfficeDev/Office-Addin-TaskPane-React; differences are said where they are.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
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
      splitChunks: { chunks: "all" },
    },
    performance: {
      // React + Fluent UI v9 are about 250 KB minified; the pane loads from the local server or cache.
      maxEntrypointSize: 512 * 1024,
      maxAssetSize: 512 * 1024,
    },
    plugins: [
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
