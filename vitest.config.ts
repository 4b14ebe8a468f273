import { defineConfig } from "vitest/config";

// Three projects: pure unit tests beside the code; end-to-end tests over HTTP against one local
// platform (DynamoDB Local); infrastructure synthesis, which needs no platform.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.test.ts"],
          exclude: ["test/infra/**"],
          environment: "node",
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        test: {
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // SST's loader changes the working directory, which worker threads cannot.
          pool: "forks",
        },
      },
    ],
  },
});
