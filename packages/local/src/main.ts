import { buildConsoleInChildProcess, type BuildResult } from "@fupin/web/build";
import { configFromEnv } from "./config";
import { startPlatform } from "./platform";
import { StartupError } from "./startup-error";

/** `npm start`: the whole platform locally, until Ctrl-C. */
async function main() {
  // Lambda runs Node 22; this machine's Node 20 is supported by the pinned SDK, so spare the banner its warning.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const started = Date.now();
  const config = configFromEnv();
  // The console is built (when missing or older than its sources) while DynamoDB Local starts, in a
  // process of its own so that the gateway answers meanwhile; a failed build leaves the API running and
  // says so. A platform that cannot start ends the build too.
  const building = new AbortController();
  const [build, platform] = await Promise.all([
    buildConsoleInChildProcess(building.signal).catch((e: Error) => e),
    startPlatform(config).catch((e: Error) => {
      building.abort();
      throw e;
    }),
  ]);
  const url = platform.url.replace("127.0.0.1", "localhost");
  const seed = platform.seed
    ? platform.seed.seeded
      ? `demo data seeded (${platform.seed.villages} villages, ${platform.seed.products} products)`
      : "demo data already present"
    : "no demo data (SEED=none)";
  process.stdout.write(
    `${[
      "",
      `  Fupin platform is running locally (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      "",
      `  API            ${url}            try: curl ${url}/products`,
      `  Console        ${url}/console/${consoleNote(build)}`,
      `  OpenAPI        ${url}/openapi.json`,
      `  DynamoDB Local ${platform.dynamodbEndpoint}  table "${config.tableName}" (${platform.table}), data in ${config.dataDir}`,
      `  S3 (s3rver)    ${platform.s3Endpoint}  bucket "fupin-evidence" (claim documents), files in ${config.dataDir}/s3`,
      `  Data           ${seed}`,
      platform.stripeStandin
        ? `  Stripe         local stand-in at ${platform.stripeStandin.url} (no STRIPE_SECRET_KEY set); confirm with payment_method=pm_card_visa or pm_card_chargeDeclined`
        : "  Stripe         the real Stripe API (STRIPE_SECRET_KEY is set); webhooks need a public URL",
      `  Tokens         npm run -s token -- --sub admin-1 --roles admin`,
      "",
      "  Ctrl-C stops everything.",
      "",
    ].join("\n")}\n`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n  ${signal}: stopping the gateway and DynamoDB Local...\n`);
    await platform.stop();
    process.stdout.write("  stopped.\n");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function consoleNote(build: BuildResult | Error): string {
  if (build instanceof Error) return `   not built: ${build.message.split("\n")[0]} (npm run build:console shows why)`;
  return build.built ? `   built in ${(build.ms / 1000).toFixed(1)} s (${build.reason})` : "";
}

main().catch((e: Error) => {
  // A StartupError is for the user, in one line; anything else is a bug, and its stack helps.
  process.stderr.write(e instanceof StartupError ? `${e.message}\n` : `Could not start the platform: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
