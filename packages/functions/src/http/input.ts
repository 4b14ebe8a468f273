import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { z } from "zod";
import { DomainError, validationFailed } from "@fupin/core/platform/errors";
import { IdempotencyKey } from "@fupin/core/platform/idempotency";
import { zodIssueDetails } from "@fupin/core/platform/validation-details";
import type { RouteSpec } from "../routes";

/** Bodies larger than this are refused before parsing: no route needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

export function rawBody(event: APIGatewayProxyEventV2): string {
  if (event.body == null) return "";
  return event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
}

function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(`The request ${where} is not valid`, zodIssueDetails(where, result.error, value));
  return result.data;
}

function parseJsonBody(event: APIGatewayProxyEventV2): unknown {
  const text = rawBody(event);
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) {
    throw new DomainError("too_large", "PAYLOAD_TOO_LARGE", `The request body must be at most ${MAX_BODY_BYTES} bytes`, [
      { path: "body", message: "too large", maxBytes: MAX_BODY_BYTES },
    ]);
  }
  const type = event.headers?.["content-type"] ?? event.headers?.["Content-Type"];
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw validationFailed("The request body must be JSON", [
      { path: "content-type", message: "send Content-Type: application/json", issue: "content_type" },
    ]);
  }
  if (text.trim() === "")
    throw validationFailed("A JSON request body is required", [{ path: "body", message: "required", issue: "required" }]);
  try {
    return JSON.parse(text);
  } catch {
    throw validationFailed("The request body is not well-formed JSON", [
      { path: "body", message: "not well-formed JSON", issue: "malformed_json" },
    ]);
  }
}

export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
  idempotencyKey: string | undefined;
}

function idempotencyKey(spec: RouteSpec, event: APIGatewayProxyEventV2): string | undefined {
  if (!spec.idempotencyKey) return undefined;
  const value = event.headers?.["idempotency-key"] ?? event.headers?.["Idempotency-Key"];
  if (value === undefined || value === "") {
    if (spec.idempotencyKey === "optional") return undefined;
    throw new DomainError(
      "validation",
      "IDEMPOTENCY_KEY_REQUIRED",
      "This request needs an Idempotency-Key header (8 to 255 printable characters, e.g. a UUID)",
    );
  }
  return parsePart(IdempotencyKey, value, "headers.idempotency-key");
}

/** Every part a route declares is parsed by its zod schema; a handler never sees raw input. */
export function parseInput(spec: RouteSpec, event: APIGatewayProxyEventV2): ParsedInput {
  return {
    params: spec.params ? parsePart(spec.params, event.pathParameters ?? {}, "path") : undefined,
    query: spec.query ? parsePart(spec.query, event.queryStringParameters ?? {}, "query") : undefined,
    body: spec.body ? parsePart(spec.body, parseJsonBody(event), "body") : undefined,
    idempotencyKey: idempotencyKey(spec, event),
  };
}
