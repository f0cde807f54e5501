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
];
