/* eslint-disable no-undef */
// The browser bundles for `npm run test:e2e` (test/e2e/). The e2e run serves them around the real
// office.js, in place of the Office CDN: the host bundle evaluates Microsoft's Excel runtime in a
// hidden frame and answers its requests from the in-memory workbook (test/office-runtime/executor.ts),
// so the production task pane finds the runtime's `Excel` and `OfficeExtension` and the host's
// `Office`. Not part of the add-in.
const path = require("path");

module.exports = {
  name: "e2e-host",
  mode: "production",
  target: ["web", "es2017"],
  devtool: false,
  // pin-globals runs before the page's scripts, the host (runtime + executor) right after office.js (see test/e2e/).
  entry: { "e2e-pin-globals": "./test/e2e/pin-globals.ts", "e2e-host": "./test/e2e/host-entry.ts" },
  output: { path: path.resolve(__dirname, "artifacts/e2e/host"), filename: "[name].js" },
  // The host's insertWorksheetsFromBase64 reads files with src/xlsx, which unzips with Node's
  // zlib; the e2e pane never inserts files, so the browser bundle goes without it.
  resolve: { extensions: [".ts", ".js"], fallback: { zlib: false } },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, "tsconfig.json"),
            compilerOptions: { target: "ES2017", module: "ESNext", sourceMap: false },
          },
        },
      },
    ],
  },
  // Readable stack traces when the host throws in the page.
  optimization: { minimize: false },
  performance: { hints: false },
};
