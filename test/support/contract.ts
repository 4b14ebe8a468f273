import { z } from "zod";
import { routeKey, type RouteSpec } from "@fupin/functions/routes";
import { ErrorBody } from "@fupin/functions/platform/openapi";
import { matchRoute } from "@fupin/local/gateway";

/**
 * Every answer the platform gives an end-to-end test is held to the route table: a success to its
 * route's declared status and `response` schema, a refusal to the API's error body. Strictly: a
 * field the schema does not declare fails, anywhere in the body, and so does a missing one.
 */

/**
 * API Gateway's own refusals (no route, no valid token, too large, a crashed function) carry its
 * `message`, the status's reason phrase; the local gateway sends it beside the API's error body.
 */
const GATEWAY_MESSAGES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  413: "Request Entity Too Large",
  500: "Internal Server Error",
};

/** What came back from one request, as the test client saw it. */
export interface Exchange {
  method: string;
  /** The path the request reached, as the gateway saw it (normalised, still percent-encoded). */
  pathname: string;
  status: number;
  contentType: string | null;
  text: string;
}

export interface Verdict {
  /** The route the request reached (`METHOD /path/{param}`), or the request itself when none matches. */
  route: string;
  problems: string[];
}

/** The route a request reaches, matched exactly as the gateway matches it. */
export function routeOf(method: string, pathname: string): RouteSpec | undefined {
  const found = matchRoute(method.toUpperCase(), pathname);
  return found && found !== "bad_encoding" ? found.route : undefined;
}

/** The success statuses a route may answer: its declared one, and the one it replays an earlier result with. */
export function successStatuses(route: RouteSpec): number[] {
  return [route.status ?? 200, ...(route.replayStatus !== undefined ? [route.replayStatus] : [])];
}

export function checkExchange(ex: Exchange): Verdict {
  const route = routeOf(ex.method, ex.pathname);
  const label = route ? routeKey(route) : `${ex.method.toUpperCase()} ${ex.pathname}`;
  const problems: string[] = [];
  const isCsv = /^text\/csv\b/i.test(ex.contentType ?? "");

  if (ex.status >= 200 && ex.status < 300) {
    if (!route) return { route: label, problems: [`answered ${ex.status}, but no route of the route table matches the request`] };
    const allowed = successStatuses(route);
    if (!allowed.includes(ex.status)) problems.push(`answered ${ex.status}, but the route declares ${allowed.join(" or ")}`);
    if (route.download) {
      // A file route (an export): only its media type is checked; the test reads the file itself.
      const type = (ex.contentType ?? "").split(";")[0]!.trim().toLowerCase();
      if (!route.download.includes(type)) problems.push(`answered ${ex.contentType ?? "(none)"}, not one of ${route.download.join(", ")}`);
    } else if (isCsv) {
      // CSV is a rendering of the JSON report, not a second schema: only whether it is offered is checked.
      if (!route.csv) problems.push("answered text/csv, but the route does not offer CSV");
    } else if (route.response) {
      problems.push(...bodyProblems(route.response, ex));
    }
  } else if (ex.status >= 400 && ex.status < 600) {
    problems.push(...bodyProblems(errorSchemaFor(ex), ex));
  } else {
    problems.push(`answered ${ex.status}, which is neither a success nor a refusal`);
  }
  return { route: label, problems };
}

/** A refusal's schema: the API's error body, plus API Gateway's `message` on the gateway's own refusals. */
function errorSchemaFor(ex: Exchange): z.ZodType {
  const parsed = parseJson(ex.text);
  const gatewayMessage = GATEWAY_MESSAGES[ex.status];
  const fromGateway = isRecord(parsed.value) && "message" in parsed.value && gatewayMessage !== undefined;
  return fromGateway ? ErrorBody.extend({ message: z.literal(gatewayMessage) }) : ErrorBody;
}

function bodyProblems(schema: z.ZodType, ex: Exchange): string[] {
  if (!/^application\/json\b/i.test(ex.contentType ?? ""))
    return [`answered content-type ${ex.contentType ?? "(none)"}, not application/json`];
  const parsed = parseJson(ex.text);
  if (!parsed.ok) return ["the body is not well-formed JSON"];
  return strictProblems(schema, parsed.value);
}

/**
 * Parses `raw` with `schema` and reports, by JSON path, what does not conform: fields the schema
 * does not declare (zod strips them silently; here they are found by comparing the parsed value
 * with the raw one, nested objects and arrays included), missing fields, and wrong values.
 */
export function strictProblems(schema: z.ZodType, raw: unknown): string[] {
  const result = schema.safeParse(raw);
  if (!result.success) return result.error.issues.flatMap((issue) => describeIssue(issue, raw));
  const problems: string[] = [];
  compareShapes(raw, result.data, [], problems);
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => `${jsonPath([...path, key])}: not declared by the schema`);
  const at = valueAt(raw, path);
  if (!at.present) return [`${jsonPath(path)}: missing, but the schema requires it`];
  return [`${jsonPath(path)}: ${issue.message}`];
}

function compareShapes(raw: unknown, parsed: unknown, path: (string | number)[], problems: string[]) {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (const [i, item] of raw.entries()) compareShapes(item, parsed[i], [...path, i], problems);
    return;
  }
  if (!isRecord(raw) || !isRecord(parsed)) return;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(parsed, key)) problems.push(`${jsonPath([...path, key])}: not declared by the schema`);
    else compareShapes(raw[key], parsed[key], [...path, key], problems);
  }
  // A schema default fills in what the body left out: the body still lacks the field.
  for (const key of Object.keys(parsed)) {
    if (!Object.hasOwn(raw, key) && parsed[key] !== undefined)
      problems.push(`${jsonPath([...path, key])}: missing, but the schema requires it`);
  }
}

function valueAt(value: unknown, path: PropertyKey[]): { present: boolean } {
  let at: unknown = value;
  for (const key of path) {
    if ((!isRecord(at) && !Array.isArray(at)) || !Object.hasOwn(at, key)) return { present: false };
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return { present: true };
}

/** `$.items[0].payment["client secret"]` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    "$" +
    path
      .map((p) =>
        typeof p === "number"
          ? `[${p}]`
          : typeof p === "string" && /^[A-Za-z_$][\w$]*$/.test(p)
            ? `.${p}`
            : `[${JSON.stringify(String(p))}]`,
      )
      .join("")
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; value: undefined } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Thrown by the test client when an answer breaks its route's contract; names the route and each JSON path. */
export class ResponseContractError extends Error {
  override name = "ResponseContractError";
}

/** Throws ResponseContractError unless the exchange keeps its route's contract. */
export function assertExchange(ex: Exchange, request = `${ex.method.toUpperCase()} ${ex.pathname}`) {
  const { route, problems } = checkExchange(ex);
  if (problems.length === 0) return;
  const excerpt = ex.text.length > 600 ? `${ex.text.slice(0, 600)}…` : ex.text;
  throw new ResponseContractError(
    [
      `${route} answered ${ex.status} outside its contract (request: ${request}):`,
      ...problems.map((p) => `  - ${p}`),
      `  body: ${excerpt}`,
    ].join("\n"),
  );
}
