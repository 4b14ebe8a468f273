import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveConsole } from "./console-server";

/** serveConsole behind a bare HTTP server, over a dist/ of a few files; anything it passes on answers 418. */
let server: Server;
let base: string;
let root: string;
let dist: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "console-"));
  dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>console</title>");
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dist, "favicon.svg"), "<svg/>");
  writeFileSync(join(root, "secret.txt"), "outside dist");
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (serveConsole(req, res, url, { distDir: dist, config: { mode: "local", payments: "standin" } })) return;
    res.writeHead(418).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

/** A raw request: fetch would normalise `..` away before it left. */
function raw(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the console on the gateway's origin", () => {
  it("sends the site's root to /console/", async () => {
    const res = await raw("GET", "/");
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("/console/");
  });

  it("serves hashed assets for a year and the page itself revalidated", async () => {
    const asset = await raw("GET", "/console/assets/index-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await raw("GET", "/console/");
    expect(page.body).toContain("<title>console</title>");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect((await raw("GET", "/console/favicon.svg")).headers["content-type"]).toBe("image/svg+xml");
  });

  it("answers the console's own routes with its page (GET and HEAD), but a missing asset with 404", async () => {
    for (const path of ["/console/orders/ord_1/pay", "/console/sign-in?next=%2Forders", "/console/%E8%AE%A2%E5%8D%95"]) {
      const res = await raw("GET", path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toContain("<title>console</title>");
    }
    const head = await raw("HEAD", "/console/products");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await raw("GET", "/console/assets/gone-999.js")).status).toBe(404);
  });

  it("refuses paths that leave dist/, with no fallback page", async () => {
    for (const path of [
      "/console/..%2fsecret.txt",
      "/console/..%2F..%2Fpackage.json",
      "/console/assets/..%2f..%2fsecret.txt",
      "/console/%2e%2e%5csecret.txt",
      "/console/a%00b",
    ]) {
      const res = await raw("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("outside dist");
    }
  });

  it("answers the runtime configuration, never cached", async () => {
    const res = await raw("GET", "/console/config.json");
    expect(JSON.parse(res.body)).toEqual({ mode: "local", payments: "standin" });
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("refuses other methods under /console/ and leaves every other path to the API", async () => {
    expect((await raw("POST", "/console/")).status).toBe(405);
    expect((await raw("GET", "/products")).status).toBe(418);
    expect((await raw("POST", "/")).status).toBe(418);
    expect((await raw("GET", "/consoles")).status).toBe(418);
  });

  it("says so when the console is not built", async () => {
    rmSync(join(dist, "index.html"));
    try {
      const res = await raw("GET", "/console/");
      expect(res.status).toBe(503);
      expect(res.body).toContain("npm run build -w @fupin/web");
    } finally {
      writeFileSync(join(dist, "index.html"), "<!doctype html><title>console</title>");
    }
  });
});
