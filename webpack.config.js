/* eslint-disable no-undef */
// Two builds into dist-web/ (dist/ belongs to the CLI's tsc build):
// - commands: the ribbon command's function file and its message dialog. Office 2019 runs them in
//   IE11, so TypeScript goes through Babel to ES5 with the core-js polyfills it uses, and webpack's
//   own runtime is ES5 too. No React or Fluent may end up here.
// - taskpane: the React/Fluent pane, for the modern webviews of Office 2021 and Microsoft 365.
const path = require("path");


const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://thidua.example.org/"; // CHANGE THIS to where the production build is hosted.

const OUTPUT = path.resolve(__dirname, "dist-web");

async function getHttpsOptions() {
  // Required lazily: only the dev server needs certificates, and this may prompt to install them.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** ts-loader only strips types (tsc --noEmit checks them); it leaves ES modules for webpack. */
function tsLoader(target, dev) {
  return {
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      configFile: path.resolve(__dirname, "tsconfig.json"),
      compilerOptions: { target, module: "ESNext", sourceMap: dev },
    },
  };
}

// ---- The ES5 pipeline of the commands build -------------------------------------------------
// Babel runs per module, and by default it pastes the helpers each module needs (for-of, spread,
// classes, async) into that module: a dozen copies of the same code. Here every helper lives in
// its own small generated module that all modules import, and gets its polyfills like any other
// code. Together with the polyfill list below this keeps the ribbon bundle small for Office 2019
// (test/build.test.ts and `npm run bench` watch its gzip size).

const CORE_JS_VERSION = require("core-js/package.json").version;
const HELPERS_DIR = path.join(__dirname, "node_modules", ".cache", `thidua-babel-helpers-${require("@babel/core").version}`);

/**
 * Writes (once) the module that exports Babel's helper `name`, importing the helpers it calls
 * from their own modules, and returns its path.
 */
function helperModule(name) {
  const fs = require("fs");
  const file = path.join(HELPERS_DIR, `${name}.js`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(HELPERS_DIR, { recursive: true });
    const dependencies = require("@babel/helpers").getDependencies(name);
    const imports = dependencies.map((dependency) => {
      helperModule(dependency);
      return `import { ${dependency} as _${dependency} } from "./${dependency}.js";\n`;
    });
    const code = imports.join("") + require("@babel/core").buildExternalHelpers([name], "module");
    // Written under a temporary name first: two builds may ask for the same helper at once.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, code);
    fs.renameSync(temporary, file);
  }
  return file;
}

/** A Babel plugin: helpers are imported from their shared module instead of inlined. */
function sharedHelpers({ types: t }) {
  const { addNamed } = require("@babel/helper-module-imports");
  return {
    name: "thidua-shared-helpers",
    pre(file) {
      const imported = new Map();
      file.set("helperGenerator", (name) => {
        if (!imported.has(name)) imported.set(name, addNamed(file.path, name, helperModule(name), { nameHint: name }));
        return t.cloneNode(imported.get(name));
      });
    },
  };
}

/**
 * core-js modules that usage detection asks for but this code does not need. Babel sees only
 * names, so `layout.bold` or `draft.link()` look like String.prototype.bold/link, `.map` on an
 * unknown type looks like an iterator helper, and a for-of pulls in iterable DOM collections.
 * Left out:
 * - APIs newer than ES2020, which TypeScript (lib ES2020) does not let the code call: iterator
 *   helpers, the new Set methods, Map upsert, `.at()`, `.findLast()`, `Object.hasOwn` and so on;
 * - Promise, which comes from office.js, and the all-in-one `es.symbol`, replaced by its
 *   constructor alone (src/commands/ie11.ts);
 * - fixes for details this code never relies on: Symbol.species (subclassed arrays), RegExp
 *   named groups and the sticky flag (`ie11Guard` below turns their use into a build error),
 *   `Error` cause, well-formed `JSON.stringify`, `Number("0b1")`, Function#name,
 *   `Symbol().description`, `Symbol.toPrimitive`, `Symbol.toStringTag`, `Object` functions called
 *   with primitives, Unicode white space in `trim`, `Reflect.construct` (Babel's helpers fall
 *   back without it), iterable DOM collections (no DOM here);
 * - the HTML string methods of Annex B.
 * Kept: Symbol and the iterators (for-of over Map, Set and strings), Map/Set/WeakMap (IE11's
 * ignore the constructor's argument), a stable Array#sort, and the ES2015–2020 methods IE11 lacks.
 */
const UNNEEDED_POLYFILLS = [
  /^es(next)?\.iterator\./,
  /^es(next)?\.set\.(union|intersection|difference|symmetric-difference|is-subset-of|is-superset-of|is-disjoint-from)/,
  /^es(next)?\.(weak-)?map\.(get-or-insert|group-by|emplace|upsert)/,
  /^es(next)?\.(array|string|typed-array)\.at(-alternative)?$/,
  /^es(next)?\.array\.(find-last|find-last-index|to-reversed|to-sorted|to-spliced|with|unscopables\..*)$/,
  /^es(next)?\.(object\.has-own|object\.group-by|string\.replace-all|string\.is-well-formed|string\.to-well-formed|aggregate-error.*)$/,
  /^es(next)?\.promise(\..*)?$/,
  /^es\.symbol$/,
  /^es\.array\.(concat|filter|map|slice|splice|push|join|unshift|reverse)$/,
  /^es\.(string\.(replace|split|search|match|trim)|regexp\.(exec|test|to-string|flags|constructor|sticky|dot-all))$/,
  /^es\.(error\.cause|json\.stringify|number\.constructor|function\.name|symbol\.description|symbol\.to-primitive|date\.to-primitive|symbol\.to-string-tag|object\.to-string)$/,
  /^es\.object\.(keys|get-prototype-of|get-own-property-descriptor|get-own-property-names|freeze|is-frozen|prevent-extensions|seal)$/,
  /^es\.reflect\.construct$/,
  // IE11's sort is not stable; none of our comparators leaves a tie (rank falls back to list order,
  // cells and blocks have unique positions, equal-length labels never match the same text).
  /^es\.array\.sort$/,
  /^web\.dom-collections\./,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
];

/**
 * A Babel plugin that stops the build where the left-out RegExp fixes would be needed in IE11:
 * named capture groups (Babel rewrites them with its `wrapRegExp` helper, which relies on those
 * fixes) and the sticky flag, which IE11 rejects.
 */
function ie11Guard() {
  return {
    name: "thidua-ie11-guard",
    visitor: {
      RegExpLiteral(path) {
        if (path.node.flags.includes("y")) throw path.buildCodeFrameError("The ribbon bundle runs in IE11, which has no sticky (y) regular expressions.");
        if (/\(\?<[A-Za-z_$]/.test(path.node.pattern)) throw path.buildCodeFrameError("Named capture groups need core-js RegExp fixes that the ribbon bundle leaves out (UNNEEDED_POLYFILLS in webpack.config.js).");
      },
    },
  };
}

/**
 * Loose-mode choices that hold for this TypeScript code and make the ES5 output smaller: no
 * `document.all`, no getters with side effects, no class called without `new`, and so on.
 */
const ASSUMPTIONS = {
  constantSuper: true,
  ignoreFunctionLength: true,
  ignoreToPrimitiveHint: true,
  // for-of, spread and destructuring index their operand like an array, so no Symbol.iterator is
  // needed; src/core and src/excel walk Maps and Sets with forEach (test/build.test.ts checks).
  iterableIsArray: true,
  mutableTemplateObject: true,
  noClassCalls: true,
  noDocumentAll: true,
  noNewArrows: true,
  objectRestNoSymbols: true,
  pureGetters: true,
  setClassMethods: true,
  setComputedProperties: true,
  setPublicClassFields: true,
  setSpreadProperties: true,
  skipForOfIteratorClosing: true,
  superIsCallableConstructor: true,
};

const es5Babel = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "module",
    assumptions: ASSUMPTIONS,
    plugins: [sharedHelpers, ie11Guard],
    presets: [
      [
        "@babel/preset-env",
        {
          targets: "ie 11",
          // Polyfills for what each module uses. The installed minor version matters: with plain
          // `3` Babel assumes core-js 3.0 and misses later fixes. core-js has no
          // String.prototype.normalize; src/core folds diacritics with a table instead.
          useBuiltIns: "usage",
          corejs: { version: CORE_JS_VERSION, proposals: false },
          exclude: UNNEEDED_POLYFILLS,
          modules: false,
        },
      ],
    ],
  },
};

/** The generated helper modules are ES5 already; they only get the polyfills they use. */
const helperPolyfills = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "module",
    plugins: [
      [
        require.resolve("babel-plugin-polyfill-corejs3", { paths: [require.resolve("@babel/preset-env")] }),
        {
          method: "usage-global",
          version: CORE_JS_VERSION,
          targets: "ie 11",
          exclude: UNNEEDED_POLYFILLS,
        },
      ],
    ],
  },
};

function commandsConfig(dev) {
  return {
    name: "commands",
    context: __dirname,
    mode: dev ? "development" : "production",
    target: ["web", "es5"],
    devtool: dev ? "source-map" : false,
    entry: {
      commands: "./src/commands/commands.ts",
      dialog: "./src/dialog/dialog.ts",
    },
    output: { path: OUTPUT, filename: "[name].js", publicPath: "auto" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          // Covers src/commands, src/dialog and everything they import from src/core and src/excel.
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [es5Babel, tsLoader("ES2020", dev)],
        },
        {
          // The engine and the Excel layer only define things, so whatever the ribbon does not
          // use (the template builder, the bundled Cluster 18 tables) is left out whole.
          test: /\.ts$/,
          include: [path.resolve(__dirname, "src/core"), path.resolve(__dirname, "src/excel")],
          sideEffects: false,
        },
        { test: /\.js$/, include: HELPERS_DIR, use: [helperPolyfills] },
        {
          // Anything else from node_modules is made ES5 too. In production nothing but core-js
          // gets here; under the dev server this is its reload client, which is ES2015+.
          test: /\.m?js$/,
          include: /node_modules/,
          exclude: [/node_modules[\\/]core-js[\\/]/, HELPERS_DIR],
          use: [{ ...es5Babel, options: { ...es5Babel.options, sourceType: "unambiguous" } }],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/dialog/dialog.html",
        chunks: ["dialog"],
      }),
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
}

function taskpaneConfig(dev) {
  return {
    name: "taskpane",
    context: __dirname,
    mode: dev ? "development" : "production",
    target: ["web", "es2017"],
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: OUTPUT, filename: "[name].js", publicPath: "auto" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: [tsLoader("ES2017", dev)] }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The page's own ES5 snippet adds the bundle's script tags, and only outside IE11.
        inject: false,
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const commands = commandsConfig(dev);
  const taskpane = taskpaneConfig(dev);
  if (env.WEBPACK_SERVE) {
    // The server serves both builds from memory and takes its settings from the first one.
    commands.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await getHttpsOptions() },
      port: 3000,
    };
  }
  return [commands, taskpane];
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
