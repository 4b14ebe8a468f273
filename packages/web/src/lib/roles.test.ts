import { describe, expect, it } from "vitest";
import { ROLES as PLATFORM_ROLES } from "@fupin/core/platform/actor";
import { ROLES } from "./roles";

describe("the console's roles", () => {
  it("are the platform's roles", () => {
    expect([...ROLES]).toEqual([...PLATFORM_ROLES]);
  });
});
