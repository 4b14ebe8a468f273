import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import type { ConsoleConfig } from "@fupin/web/config-schema";

/**
 * The web console on the gateway's origin, as CloudFront serves it in AWS: the built files of
 * packages/web/dist under /console/, index.html for any other /console/ path (the console's own
 * routes), `GET /` sent to /console/. API routes are untouched: none of them starts with /console.
 */
export interface ConsoleServerOptions {
  /** packages/web/dist. */
  distDir: string;
  /** What GET /console/config.json answers. */
  config: ConsoleConfig;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const BASE = "/console/";
/** Vite names built assets by content hash under assets/: they never change, so they are cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

const SECURITY_HEADERS = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" };

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...SECURITY_HEADERS, ...headers });
  res.end(text);
}

/** Serves the console's paths; false for every other path (the API's), which the gateway then routes. */
export function serveConsole(req: IncomingMessage, res: ServerResponse, url: URL, opts: ConsoleServerOptions): boolean {
  const method = (req.method ?? "GET").toUpperCase();
  const { pathname } = url;
  if (pathname === "/" && (method === "GET" || method === "HEAD")) {
    res.writeHead(302, { location: BASE, "cache-control": "no-store" });
    res.end();
    return true;
  }
  if (pathname === "/console") {
    res.writeHead(301, { location: `${BASE}${url.search}` });
    res.end();
    return true;
  }
  if (!pathname.startsWith(BASE)) return false;
  if (method !== "GET" && method !== "HEAD") {
    plain(res, 405, "Method Not Allowed", { allow: "GET, HEAD" });
    return true;
  }
  if (pathname === `${BASE}config.json`) {
    const body = JSON.stringify(opts.config);
    res.writeHead(200, { "content-type": TYPES[".json"]!, "cache-control": "no-store", ...SECURITY_HEADERS });
    res.end(method === "HEAD" ? undefined : body);
    return true;
  }

  const dist = resolve(opts.distDir);
  const index = join(dist, "index.html");
  if (!existsSync(index)) {
    plain(res, 503, "控制台尚未构建 / The console is not built: run `npm run build -w @fupin/web` (npm start builds it).", {
      "retry-after": "5",
    });
    return true;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(BASE.length));
  } catch {
    plain(res, 400, "Bad Request");
    return true;
  }
  const file = resolve(dist, relative);
  // A path that leaves dist/ (../, an encoded slash, a NUL) is refused outright: no fallback page for it.
  if (relative.includes("\0") || (file !== dist && !file.startsWith(dist + sep)) || relative.split(/[\\/]/).includes("..")) {
    plain(res, 404, "Not Found");
    return true;
  }
  const found = file !== dist && existsSync(file) && statSync(file).isFile() ? file : null;
  if (!found && relative.startsWith("assets/")) {
    // A missing hashed asset is a stale page asking for an old build: a 404, not the page.
    plain(res, 404, "Not Found");
    return true;
  }
  const served = found ?? index;
  const size = statSync(served).size;
  res.writeHead(200, {
    "content-type": TYPES[extname(served)] ?? "application/octet-stream",
    "content-length": String(size),
    "cache-control": served.startsWith(join(dist, "assets") + sep) ? IMMUTABLE : REVALIDATE,
    ...SECURITY_HEADERS,
    ...(served === index ? { "x-frame-options": "DENY" } : {}),
  });
  if (method === "HEAD") {
    res.end();
    return true;
  }
  createReadStream(served).pipe(res);
  return true;
}
