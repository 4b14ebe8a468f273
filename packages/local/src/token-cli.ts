import { parseArgs } from "node:util";
import { AREA_LEVELS, type Area, areaClaims } from "@fupin/core/platform/area";
import { configFromEnv } from "./config";
import { localIdp, parseRoles } from "./local-idp";

/**
 * `npm run -s token -- --sub <id> --roles <role>[,<role>...]` prints a token for the local platform,
 * and nothing else. Staff take their area with `--province --city --county --township`.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      sub: { type: "string" },
      roles: { type: "string" },
      ttl: { type: "string" },
      province: { type: "string" },
      city: { type: "string" },
      county: { type: "string" },
      township: { type: "string" },
    },
  });
  if (!values.sub || !values.roles) {
    process.stderr.write(
      "usage: npm run -s token -- --sub <id> --roles <role>[,<role>...] [--ttl <seconds>] [--province 山东省] [--city 德州市] [--county 夏津县] [--township 苏留庄镇]\n",
    );
    process.exit(2);
  }
  // The API keeps a township only with its county (township names repeat across counties).
  if (values.township && !values.county) {
    process.stderr.write("--township needs --county: a township is an area only within its county\n");
    process.exit(2);
  }
  const idp = await localIdp(configFromEnv().dataDir);
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  const area: Area = Object.fromEntries(AREA_LEVELS.filter((level) => values[level]).map((level) => [level, values[level]]));
  process.stdout.write(`${await idp.sign(values.sub, parseRoles(values.roles), ttl, areaClaims(area))}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
});
