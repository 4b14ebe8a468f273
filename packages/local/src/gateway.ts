import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { routes, routeKey, isPublic, type ContextName, type Route } from "@fupin/functions/routes";
import { FUNCTION_TIMEOUT_SECONDS } from "@fupin/core/platform/deadline";
import { type ApiError, localizeError } from "@fupin/core/platform/error-messages";
import { negotiateLanguage } from "@fupin/core/platform/language";
import type { LocalIdp } from "./local-idp";

export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway refuses payloads over 10 MB before any function runs. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

/** Like API Gateway: a literal segment wins over a parameter. */
function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names, literalLength: route.path.replace(/\{\w+\}/g, "").length };
}

const compiled = routes.map(compile).sort((a, b) => b.literalLength - a.literalLength);

/** The route a request reaches, as this gateway (and API Gateway) matches it; the test client resolves routes with it too. */
export function matchRoute(method: string, path: string) {
  for (const c of compiled) {
    if (c.route.method !== method) continue;
    const m = c.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of c.names.entries()) {
      try {
        params[name] = decodeURIComponent(m[i + 1]!);
      } catch {
        return "bad_encoding" as const;
      }
    }
    return { route: c.route, params };
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer | "too_large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= GATEWAY_MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > GATEWAY_MAX_BODY ? "too_large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const TEXTUAL = /^(application\/(json|[\w.+-]+\+json|x-www-form-urlencoded|xml)|text\/)/i;

/** API Gateway passes JWT claims to the function as strings; arrays become "[a b]". */
function flattenClaims(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(" ")}]` : String(v)]));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The gateway's own refusals carry API Gateway's `message` (its own, always English) and the API's
 * error body both; the latter's message is in the request's language, as the functions answer it.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  gatewayMessage: string,
  error: ApiError,
  headers: Record<string, string> = {},
) {
  const lang = negotiateLanguage(req.headers["accept-language"]);
  send(
    res,
    status,
    { message: gatewayMessage, ...localizeError({ error }, lang) },
    { "content-language": lang, vary: "accept-language", ...headers },
  );
}

/** A handler for paths outside the route table (the console, the local-only endpoints): true when it answered. */
export type SideHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface GatewayOptions {
  port: number;
  idp: LocalIdp;
  handlers: Record<ContextName, LambdaHandler>;
  log?: (line: string) => void;
  /** Tried in order before the route table; none of their paths is an API route. */
  side?: SideHandler[];
}

/**
 * Serves the route table over HTTP the way the HTTP API does: matches the route, runs the JWT
 * authorizer on non-public routes, and invokes the context's real handler with a v2 event.
 */
export async function startGateway({
  port,
  idp,
  handlers,
  side = [],
}: GatewayOptions): Promise<{ server: Server; url: string; stop(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const method = (req.method ?? "GET").toUpperCase();
      if (method === "GET" && url.pathname === "/.well-known/jwks.json") return send(res, 200, idp.jwks);
      for (const handle of side) if (await handle(req, res, url)) return;
      const found = matchRoute(method, url.pathname);
      if (!found) {
        const route = `${method} ${url.pathname}`;
        return refuse(req, res, 404, "Not Found", {
          code: "NOT_FOUND",
          message: `No route for ${route}`,
          details: [{ message: "no such route", resource: "route", id: route }],
        });
      }
      if (found === "bad_encoding")
        return refuse(req, res, 400, "Bad Request", {
          code: "VALIDATION_FAILED",
          message: "The path is not valid percent-encoding",
          details: [{ path: "path", message: "not valid percent-encoding", issue: "bad_encoding" }],
        });

      const body = await readBody(req);
      if (body === "too_large")
        return refuse(req, res, 413, "Request Entity Too Large", {
          code: "PAYLOAD_TOO_LARGE",
          message: "The request body is too large",
          details: [{ path: "body", message: "too large", maxBytes: GATEWAY_MAX_BODY }],
        });

      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(",") : v;

      let claims: Record<string, string> | undefined;
      if (!isPublic(found.route)) {
        const token = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1];
        try {
          if (!token) throw new Error("missing");
          claims = flattenClaims(await idp.verify(token));
        } catch {
          return refuse(
            req,
            res,
            401,
            "Unauthorized",
            { code: "UNAUTHENTICATED", message: "A valid bearer token is required" },
            { "www-authenticate": "Bearer" },
          );
        }
      }

      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
      const textual = TEXTUAL.test(headers["content-type"] ?? "application/json");
      const now = new Date();
      const requestId = randomUUID();
      const key = routeKey(found.route);
      const event: APIGatewayProxyEventV2 = {
        version: "2.0",
        routeKey: key,
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        queryStringParameters: url.search ? query : undefined,
        pathParameters: Object.keys(found.params).length ? found.params : undefined,
        requestContext: {
          accountId: "000000000000",
          apiId: "local",
          domainName: headers.host ?? "localhost",
          domainPrefix: "localhost",
          http: {
            method,
            path: url.pathname,
            protocol: `HTTP/${req.httpVersion}`,
            sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
            userAgent: headers["user-agent"] ?? "",
          },
          requestId,
          routeKey: key,
          stage: "$default",
          time: now.toUTCString(),
          timeEpoch: now.getTime(),
          ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
        } as APIGatewayProxyEventV2["requestContext"],
        body: body.length ? (textual ? body.toString("utf8") : body.toString("base64")) : undefined,
        isBase64Encoded: body.length > 0 && !textual,
      };
      const context = lambdaContext(found.route.context, requestId);
      const result = await handlers[found.route.context](event, context);
      const out = result.isBase64Encoded && result.body ? Buffer.from(result.body, "base64") : (result.body ?? "");
      res.writeHead(result.statusCode ?? 200, {
        ...(result.headers as Record<string, string>),
        "x-request-id": requestId,
        "apigw-requestid": requestId,
      });
      res.end(out);
    } catch (e) {
      // A handler that throws instead of answering is what Lambda reports as an internal error.
      refuse(req, res, 500, "Internal Server Error", { code: "INTERNAL", message: "The function failed" });
      process.stderr.write(`gateway: ${(e as Error).stack ?? e}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://localhost:${actual}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** As in Lambda, the handler's remaining time counts down from the function's timeout. */
function lambdaContext(context: ContextName, requestId: string): Context {
  const deadline = Date.now() + FUNCTION_TIMEOUT_SECONDS * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `fupin-${context}`,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:cn-north-1:000000000000:function:fupin-${context}`,
    memoryLimitInMB: "1024",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/fupin-${context}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
