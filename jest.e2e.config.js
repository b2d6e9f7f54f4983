/** Browser tests: build the preview, serve it, drive Debian's Chromium with playwright-core. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testTimeout: 60000,
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  globalSetup: "<rootDir>/test/e2e/setup.js",
  globalTeardown: "<rootDir>/test/e2e/teardown.js",
};
