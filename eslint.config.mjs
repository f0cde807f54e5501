// The Office add-in lint rules (office-addin-lint's own config) with two changes: TypeScript
// already checks that every name is defined, and knows the Office, Excel and DOM globals that
// ESLint's no-undef does not; and a leading underscore marks a parameter kept for a common
// signature.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended.map((config) =>
  config.plugins && config.plugins["@typescript-eslint"]
    ? { ...config, rules: { ...config.rules, "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] } }
    : config,
);

export default [
  ...recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    // The base no-unused-vars misreads parameter names in type signatures; the TypeScript rule stays.
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
  {
    // The rest of src reaches the engine only through its public entry, so core's folders can be
    // regrouped without touching the hosts.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/core/*"], message: "Import the engine from its public entry, src/core (index.ts)." }] },
      ],
    },
  },
  {
    // The engine is pure: snapshot in, data out. No host, UI, file or zip library may creep in,
    // because the ribbon runs it in IE11 and the command line in Node, from the same source.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "exceljs", "jszip", "@xmldom/*", "fs", "path", "os", "child_process", "node:*"],
              message: "src/core is pure TypeScript: no Office, React, ExcelJS, DOM, zip or Node modules.",
            },
            {
              group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
              message: "src/core does not know its hosts.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "document", "window", "process", "require"].map((name) => ({
          name,
          message: "src/core is pure: the hosts pass in what it needs.",
        })),
      ],
    },
  },
  {
    // The ribbon's ES5 build assumes a for…of that ends early has no iterator to close
    // (webpack.config.js, ASSUMPTIONS.skipForOfIteratorClosing): true while the code it compiles
    // iterates only arrays, strings, Maps and Sets, and makes no generators of its own.
    files: ["src/core/**/*.ts", "src/excel/**/*.ts", "src/commands/**/*.ts", "src/dialog/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: ":function[generator=true]",
          message: "The ribbon's ES5 build skips closing iterators; iterate arrays, Maps or Sets instead.",
        },
        // The ribbon's build leaves out core-js's RegExp exec, replace, split, search and test
        // (webpack.config.js, UNNEEDED_POLYFILLS): IE11's own do what these patterns ask, and
        // would not do the sticky or dotAll flags, named groups or lookbehind.
        {
          selector: "Literal[regex.flags=/[sy]/], Literal[regex.pattern=/\\(\\?<[=!]?/]",
          message: "IE11 runs the ribbon with its own RegExp: no s or y flag, no named group, no lookbehind.",
        },
        {
          selector: "NewExpression[callee.name='RegExp'], CallExpression[callee.name='RegExp']",
          message: "A RegExp built from text escapes the flag and group checks IE11 needs; write a literal.",
        },
        {
          selector: "Literal[value=/\\$0/]",
          message: "IE11's replace reads $0 as the whole match; write $& for that, or no $ at all.",
        },
      ],
    },
  },
];
