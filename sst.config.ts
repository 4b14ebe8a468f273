import type { SSTConfig } from "sst";
import { Platform } from "./infra/platform";

/** The deploy entry (SST v2, on aws-cdk-lib): `npx sst deploy --stage prod`. */
export default {
  config() {
    return { name: "fupin-platform", region: process.env.AWS_REGION ?? "ap-east-1" };
  },
  stacks(app) {
    app.stack(
      function Platform_({ stack }) {
        new Platform(stack, "Platform");
      },
      { id: "platform" },
    );
  },
} satisfies SSTConfig;
