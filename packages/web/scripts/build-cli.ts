import { ensureConsoleBuilt } from "./build";

/**
 * `npm run build -w @fupin/web`: always builds, and prints Vite's report (chunk sizes, gzip included).
 * `--if-stale --json`: builds only when dist/ is missing or older than the sources, quietly, and
 * prints the outcome as one JSON line (how `npm start` builds, in a process of its own).
 */
const ifStale = process.argv.includes("--if-stale");
const json = process.argv.includes("--json");

ensureConsoleBuilt({ force: !ifStale, logLevel: json ? "error" : "info" })
  .then((result) => {
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  })
  .catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
