import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FIELD_LABELS, VALUE_LABELS } from "@fupin/core/platform/chinese-labels";
import { routes, type RouteSpec } from "../routes";

/** Every property name and enum value of every route's params, query and body, read from their JSON Schema. */
function namesAndValues() {
  const names = new Set<string>();
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    const schema = node as Record<string, unknown>;
    if (schema.properties && typeof schema.properties === "object") for (const name of Object.keys(schema.properties)) names.add(name);
    if (Array.isArray(schema.enum)) for (const v of schema.enum) values.add(String(v));
    if (typeof schema.const === "string") values.add(schema.const);
    for (const child of Object.values(schema)) walk(child);
  };
  for (const spec of routes as readonly RouteSpec[])
    for (const part of [spec.params, spec.query, spec.body]) if (part) walk(z.toJSONSchema(part, { io: "input", unrepresentable: "any" }));
  return { names, values };
}

describe("the Chinese labels error messages use", () => {
  const { names, values } = namesAndValues();

  it("name every field a route takes, so no refusal shows a Chinese reader a bare identifier", () => {
    expect([...names].filter((n) => !Object.hasOwn(FIELD_LABELS, n)).join(",")).toEqual("");
  });

  it("name every value a route accepts from a list", () => {
    expect([...values].filter((v) => !Object.hasOwn(VALUE_LABELS, v)).join(",")).toEqual("");
  });
});
