/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The CLI and file tests read and write real workbooks; on a loaded 2-core machine 5 s is too tight.
  testTimeout: 60_000,
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
};
