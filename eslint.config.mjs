// Lint for `npm run lint` (office-addin-lint check uses ./eslint.config.mjs when it exists).
// Microsoft's office-addins "react" rules (Office.js load/sync rules, React, prettier with
// office-addin-prettier-config from package.json), widened to .tsx/.jsx, which the plugin's own file
// pattern leaves out, and told which globals exist where. The parser is named here, as Microsoft's own
// eslint.config.mjs does, because the plugin's bundled reference to it resolves to undefined.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const SOURCE_FILES = ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"];

const OFFICE_PROXY_RULES = [
  "office-addins/call-sync-after-load",
  "office-addins/call-sync-before-read",
  "office-addins/load-object-before-read",
  "office-addins/no-context-sync-in-loop",
  "office-addins/no-empty-load",
  "office-addins/no-navigational-load",
  "office-addins/test-for-null-using-isNullObject",
];

// The Node globals our plain-JS files (configs, scripts, the browser test runner) use.
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "process",
    "console",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setImmediate",
  ].map((name) => [name, "readonly"])
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "docs/**"] },
  ...officeAddins.configs.react.map((config) =>
    config.files ? { ...config, files: SOURCE_FILES } : config
  ),
  {
    files: SOURCE_FILES,
    languageOptions: { parser: tsParser, ecmaVersion: "latest" },
    rules: {
      // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // A leading underscore marks a parameter a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js proxy rules (load/sync before read, isNullObject) guess from names like getCell or
    // getRange; outside the code that talks to Office.js they only misfire, e.g. on ExcelJS in FileHost.
    files: SOURCE_FILES,
    ignores: ["src/hosts/excel/**", "src/taskpane/**", "src/commands/**"],
    rules: Object.fromEntries(OFFICE_PROXY_RULES.map((rule) => [rule, "off"])),
  },
  {
    // TypeScript already knows every global (DOM, Office, jest, node types); no-undef only misfires.
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
  },
];
