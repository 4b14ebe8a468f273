import { z } from "zod";
import { ERROR_CODES } from "@fupin/core/platform/error-messages";
import { LANGUAGES } from "@fupin/core/platform/language";
import { routes, type RouteSpec } from "../routes";
import { STATUS_BY_KIND } from "../http/response";

/** The body of every refusal: a stable code, a message, and details where a field is at fault. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe(`stable machine-readable code, one of: ${ERROR_CODES.join(", ")}`),
    message: z.string().describe("for people: English, or Chinese (amounts in 元) when Accept-Language prefers zh-CN; never branch on it"),
    details: z
      .array(
        z
          .object({
            path: z.string().optional().describe("the field at fault, e.g. body.items.0.quantity"),
            message: z.string().describe("English"),
            issue: z.string().optional().describe("VALIDATION_FAILED: what is wrong, by name (required, too_small, not_one_of, …)"),
          })
          .loose(),
      )
      .optional()
      .describe("structured facts of the refusal (amounts in fen, limits, states), the same in every language"),
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
  out.push({ $ref: "#/components/parameters/AcceptLanguage" });
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
  // 410 only where a retired route answers it; a retired route answers nothing else.
  const errors = Object.fromEntries(
    [...new Set(Object.values(STATUS_BY_KIND))]
      .filter((s) => spec.retired || s !== STATUS_BY_KIND.gone)
      .map((s) => [String(s), { $ref: "#/components/responses/Error" }]),
  );
  const success = {
    [status]: {
      description: "Success",
      content: spec.download
        ? Object.fromEntries(spec.download.map((type) => [type, { schema: { type: "string", format: "binary" } }]))
        : {
            "application/json": { schema: spec.response ? schemaOf(spec.response, "output") : {} },
            ...(spec.csv ? { "text/csv": { schema: { type: "string" } } } : {}),
          },
    },
  };
  return {
    operationId: `${spec.method.toLowerCase()}${spec.path.replace(/[{}]/g, "").replace(/[/.]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: spec.summary,
    ...(spec.retired ? { deprecated: true } : {}),
    ...(secured ? { security: spec.access === "optional" ? [{}, { bearer: [] }] : [{ bearer: [] }] } : {}),
    "x-roles": spec.access,
    parameters: parameters(spec),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(spec.body, "input") } } } } : {}),
    responses: { ...(spec.retired ? {} : success), ...errors },
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
      description:
        "Money is integer fen (分); ratios are basis points. Errors are {error:{code,message,details?}}; with Accept-Language: zh-CN the message is in Chinese (amounts in 元), the code and details unchanged.",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      parameters: {
        AcceptLanguage: {
          name: "Accept-Language",
          in: "header",
          required: false,
          schema: { type: "string", examples: ["zh-CN", "zh-CN,zh;q=0.9,en;q=0.8"] },
          description:
            "zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change.",
        },
      },
      responses: {
        Error: {
          description: "Error",
          headers: {
            "Content-Language": { description: "the language of `error.message`", schema: { type: "string", enum: [...LANGUAGES] } },
            Vary: { description: "Accept-Language: the message depends on it", schema: { type: "string" } },
          },
          content: { "application/json": { schema: schemaOf(ErrorBody, "output") } },
        },
      },
    },
  };
  return cached;
}
