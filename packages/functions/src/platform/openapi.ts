import { z } from "zod";
import { routes, type RouteSpec } from "../routes";
import { STATUS_BY_KIND } from "../http/response";

/** The body of every refusal: a stable code, a message, and details where a field is at fault. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe("stable machine-readable code, e.g. VALIDATION_FAILED"),
    message: z.string(),
    details: z.array(z.object({ path: z.string().optional(), message: z.string() }).loose()).optional(),
  }),
});

const schemaOf = (schema: z.ZodType, io: "input" | "output") =>
  // biome-ignore lint/suspicious/noExplicitAny: JSON Schema is read field by field below
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, any>;

function parameters(spec: RouteSpec) {
  const out: object[] = [];
  for (const [where, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input");
    const required: string[] = json.required ?? [];
    for (const [name, property] of Object.entries<Record<string, unknown>>(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === "path" || required.includes(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  }
  if (spec.idempotencyKey) {
    out.push({
      name: "Idempotency-Key",
      in: "header",
      required: spec.idempotencyKey === "required",
      schema: { type: "string", minLength: 8, maxLength: 255 },
      description: "same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED",
    });
  }
  return out;
}

function operation(spec: RouteSpec) {
  const status = String(spec.status ?? 200);
  const secured = spec.access !== "public";
  const errors = Object.fromEntries(
    [...new Set(Object.values(STATUS_BY_KIND))].map((s) => [String(s), { $ref: "#/components/responses/Error" }]),
  );
  return {
    operationId: `${spec.method.toLowerCase()}${spec.path.replace(/[{}]/g, "").replace(/[/.]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: spec.summary,
    ...(secured ? { security: spec.access === "optional" ? [{}, { bearer: [] }] : [{ bearer: [] }] } : {}),
    "x-roles": spec.access,
    parameters: parameters(spec),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(spec.body, "input") } } } } : {}),
    responses: {
      [status]: {
        description: "Success",
        content: {
          "application/json": { schema: spec.response ? schemaOf(spec.response, "output") : {} },
          ...(spec.csv ? { "text/csv": { schema: { type: "string" } } } : {}),
        },
      },
      ...errors,
    },
  };
}

let cached: object | undefined;

/** OpenAPI 3.1, generated from the route table and the very zod schemas the handlers parse with. */
export function openApiDocument(): object {
  if (cached) return cached;
  const paths: Record<string, Record<string, object>> = {};
  for (const spec of routes as readonly RouteSpec[]) {
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Fupin platform API (消费扶贫 · 千企帮千村 · 防贫保险/防贫救助)",
      version: "1.0.0",
      description: "Money is integer fen (分); ratios are basis points. Errors are {error:{code,message,details?}}.",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      responses: { Error: { description: "Error", content: { "application/json": { schema: schemaOf(ErrorBody, "output") } } } },
    },
  };
  return cached;
}
