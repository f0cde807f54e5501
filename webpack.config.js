/* eslint-disable no-undef */
// The add-in's web build into dist-web/ (dist/ is the CLI's), laid out like the Office add-in
// template's, in two parts:
// - commands: the ribbon's function file and its message dialog. Office 2019 runs them in IE11, so
//   Babel compiles them to ES5 and adds the core-js polyfills the code uses. No React or Fluent.
// - taskpane: the React/Fluent pane for Office 2021 and Microsoft 365, and the user's guide. Its
//   first load is React, Fluent and the first screen; each action's code is a chunk loaded on use.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devServerHttpsOptions } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";
const urlProd = "https://thidua.example.org/"; // CHANGE THIS to where the production build is hosted.

/** ts-loader only strips the types (`npm run typecheck` checks them). */
const typescript = (target, dev) => ({
  loader: "ts-loader",
  options: {
    transpileOnly: true,
    configFile: path.resolve(__dirname, "tsconfig.json"),
    compilerOptions: { target, module: "ESNext", sourceMap: dev },
  },
});

/**
 * Polyfills Babel's usage detection would add but the ribbon does not need: built-ins the code
 * cannot call, and those IE11 already has in the form the code uses (each said why below).
 * Detection goes by name alone (any `.map(` might be an Iterator's, any `.bold` a String's), and
 * core-js polyfills every later edition. tsconfig.json's `lib` is ES2020, so TypeScript refuses
 * anything newer: iterator helpers and Set methods (ES2025), Map's and WeakMap's getOrInsert,
 * `.at()` and an Error's `cause` (ES2022). IE11 has the HTML string methods (`bold`, `link`, ...); core-js only mends
 * their quoting. `esnext.` is where detection turns when the `es.` name is left out.
 */
const UNNEEDED_POLYFILLS = [
  /^(es|esnext)\.iterator\./,
  /^(es|esnext)\.set\..+\.v2$/,
  /^(es|esnext)\.(weak-)?map\.get-or-insert/,
  /^(es|esnext)\.array\.at$/,
  /^(es|esnext)\.string\.at-alternative$/,
  "es.error.cause",
  // No DOM.Iterable in lib, so no for…of over a NodeList; and the ribbon and its dialog never
  // query a DOM collection, so a `.forEach(` is always an array's or a Map's.
  /^web\.dom-collections\./,
  // IE11 has no Reflect; Babel's class helpers (callSuper, construct for `extends Error`) test for
  // Reflect.construct and take their ES5 path without it, as IE11 without polyfills would.
  "es.reflect.construct",
  // Detected by name on any `.description` or `.name`, but nothing reads a symbol's description
  // or a function's name; and Babel's toPropertyKey only ever gets the string keys of our classes
  // and object literals, so no Date or object is converted through Symbol.toPrimitive.
  "es.symbol.description",
  "es.function.name",
  "es.date.to-primitive",
  "es.symbol.to-primitive",
  // IE11's own WeakMap does what the ribbon asks of it (run/report.ts and model/text.ts's
  // criterionKeys: `new WeakMap()`, `set` without chaining, `get`, keys never frozen); core-js
  // replaces it only for an iterable constructor, a chaining `set` and frozen keys.
  /^es\.weak-map(\.constructor)?$/,
  // IE11 has these ES5 methods; core-js replaces them there only for Symbol.species (the ribbon
  // makes no Array subclass) and lengths past 2^32 (its arrays are a workbook's rows).
  /^es\.array\.(concat|filter|map|push|slice|splice)$/,
  // Babel's objectSpread2 uses getOwnPropertyDescriptors only when present (its ES5 path gives the
  // same object) and getOwnPropertyDescriptor only on objects, where IE11's own is right.
  /^es\.object\.get-own-property-descriptors?$/,
  // Nothing turns a RegExp into text (detected by name on numbers' and functions' `.toString(`).
  "es.regexp.to-string",
  // core-js's Number() adds only ES2015's "0b"/"0o" strings; the ribbon's Number() calls get digits
  // its regular expressions checked first (model/values.ts's parseNumberText, addresses, dates).
  "es.number.constructor",
  // IE11's join is ES5's (core-js replaces it only in ES3 engines), and the one `.match(` is a
  // global match in schema/period.ts, whose whole matches IE11 gives the same.
  "es.array.join",
  "es.string.match",
  // core-js replaces IE11's RegExp exec (and so replace, split, search and test, which call it)
  // only to add the sticky and dotAll flags and named groups, and to delegate to Symbol.replace
  // and the like; and replace for "$0", which IE11 reads as the whole match. ESLint forbids all of
  // these in the ribbon's code (eslint.config.mjs), so IE11's own methods give the same results.
  // Worth 2.9 KB of the ribbon's gzip bundle.
  /^es\.regexp\.(exec|test)$/,
  /^es\.string\.(replace|split|search)$/,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
];

/**
 * What Babel may take for granted in our code, each checked by TypeScript or true of every value
 * the ribbon handles, so it can emit less: `??` and `?.` need not allow for document.all; classes
 * are only ever called with `new`; nothing reads a function's length, a template's strings array
 * or an object's symbol keys; no `Symbol.toPrimitive`; and the ribbon's code has no generators,
 * so a `for…of` that ends early has nothing to close (arrays', Maps' and Sets' iterators have no
 * `return`).
 */
const ASSUMPTIONS = {
  noDocumentAll: true,
  noClassCalls: true,
  ignoreFunctionLength: true,
  mutableTemplateObject: true,
  objectRestNoSymbols: true,
  ignoreToPrimitiveHint: true,
  skipForOfIteratorClosing: true,
};

/** Babel to ES5 for IE11, with the polyfills each module uses from the installed core-js. */
const es5 = (plugins) => ({
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        { targets: "ie 11", useBuiltIns: "usage", corejs: require("core-js/package.json").version, exclude: UNNEEDED_POLYFILLS },
      ],
    ],
    plugins,
    assumptions: ASSUMPTIONS,
  },
});

/** The docs pages on the help page, each a section; links between them become in-page links. */
const HELP_SECTIONS = [
  { file: "guide.vi.md", id: "vi", lang: "vi" },
  { file: "guide.en.md", id: "en", lang: "en" },
  { file: "workbook.md", id: "reference", lang: "en" },
];

async function helpPage() {
  const { marked } = await import("marked");
  const section = ({ file, id, lang }) => {
    let html = marked.parse(fs.readFileSync(path.join(__dirname, "docs", file), "utf8"));
    // The pages link each other by file name, which means nothing on the one built page.
    for (const other of HELP_SECTIONS) html = html.split(`href="${other.file}`).join(`href="#${other.id}`);
    return `<section lang="${lang}" id="${id}">${html}</section>`;
  };
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thi Đua – Hướng dẫn / Guide</title><style>body{max-width:50em;margin:auto;padding:1em;font-family:"Segoe UI",Arial,sans-serif;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style></head>
<body><p><a href="#vi">Tiếng Việt</a> · <a href="#en">English</a> · <a href="#reference">Reference</a></p>${HELP_SECTIONS.map(section).join("<hr>")}</body></html>`;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const common = {
    context: __dirname,
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    performance: { hints: false },
  };
  const commands = {
    ...common,
    name: "commands",
    target: ["web", "es5"],
    entry: { commands: "./src/commands/commands.ts", dialog: "./src/dialog/dialog.ts" },
    output: { path: path.resolve(__dirname, "dist-web"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Babel's helpers are imported from @babel/runtime once, not pasted into every module.
          use: [
            es5([["@babel/plugin-transform-runtime", { version: require("@babel/runtime/package.json").version }]]),
            typescript("ES2020", dev),
          ],
        },
        {
          // @babel/runtime's helpers get their polyfills here, and the dev server's client its ES5.
          test: /\.m?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/]core-js[\\/]/,
          use: [es5([])],
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
  };
  const taskpane = {
    ...common,
    name: "taskpane",
    target: ["web", "es2017"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // The pane's actions load their code when first used (excel/capabilities.ts's `import()`), each
    // a chunk beside taskpane.js that webpack's runtime fetches from the folder taskpane.js came
    // from; the hash in the name keeps a cached chunk from outliving the taskpane.js it belongs to.
    output: { path: path.resolve(__dirname, "dist-web"), filename: "[name].js", chunkFilename: "taskpane.[id].[contenthash:8].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: [typescript("ES2017", dev)] }] },
    plugins: [
      // The page's own ES5 snippet adds the bundle's script tags, and only outside IE11.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: false }),
      new HtmlWebpackPlugin({ filename: "help.html", templateContent: await helpPage(), inject: false }),
    ],
  };
  if (env.WEBPACK_SERVE) {
    // One server for both builds; it takes its settings from the first.
    commands.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devServerHttpsOptions() },
      port: 3000,
    };
  }
  return [commands, taskpane];
};
