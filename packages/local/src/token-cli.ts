import { parseArgs } from "node:util";
import { configFromEnv } from "./config";
import { localIdp, parseRoles } from "./local-idp";

/** `npm run -s token -- --sub <id> --roles <role>[,<role>...]` prints a token for the local platform, and nothing else. */
async function main() {
  const { values } = parseArgs({
    options: { sub: { type: "string" }, roles: { type: "string" }, ttl: { type: "string" } },
  });
  if (!values.sub || !values.roles) {
    process.stderr.write("usage: npm run -s token -- --sub <id> --roles <role>[,<role>...] [--ttl <seconds>]\n");
    process.exit(2);
  }
  const idp = await localIdp(configFromEnv().dataDir);
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  process.stdout.write(`${await idp.sign(values.sub, parseRoles(values.roles), ttl)}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
});
