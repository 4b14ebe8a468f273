import { defineConfig } from "vitest/config";

// Four projects: pure unit tests beside the code; end-to-end tests over HTTP against one local
// platform (DynamoDB Local); the web console in Chromium against a platform of its own; and
// infrastructure synthesis, which needs no platform.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/web/scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.test.ts"],
          exclude: ["test/infra/**", "test/web/**"],
          environment: "node",
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/web/**/*.test.ts"],
          environment: "node",
          // Builds the console when packages/web/dist is missing or stale, then starts a platform serving it.
          globalSetup: ["test/web/support/global-setup.ts"],
          // Every wait inside is bounded at 20 s (test/web/support/browser.ts).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: "forks",
          // One file at a time (one Chromium at a time on a two-core machine), after the other projects.
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
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
