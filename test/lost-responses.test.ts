import { randomUUID } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { call } from "./support/api";
import { claimInput, world, yuan } from "./support/fixtures";
import { startSideGateway } from "./support/side-gateway";

/**
 * A proxy in front of DynamoDB Local that lets one committed TransactWriteItems through and then
 * drops its response (the connection closes unanswered), as a flaky network would: the platform's
 * SDK resends, and the write must still apply exactly once and answer as a success.
 */
async function lossyProxy(target: string) {
  const armed = new Set<string>();
  let dropped = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on("data", (c: Buffer) => parts.push(c));
        answer.on("end", () => {
          const text = body.toString("utf8");
          const marker = [...armed].find((m) => text.includes(m));
          if (req.headers["x-amz-target"] === "DynamoDB_20120810.TransactWriteItems" && answer.statusCode === 200 && marker) {
            armed.delete(marker);
            dropped++;
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(Buffer.concat(parts));
        });
      });
      upstream.on("error", () => req.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    /** Drops the response of the next committed transaction whose request mentions `marker`. */
    dropNextCommitMentioning: (marker: string) => armed.add(marker),
    dropped: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("a committed write whose response is lost", () => {
  let proxy: Awaited<ReturnType<typeof lossyProxy>>;
  let side: Awaited<ReturnType<typeof startSideGateway>>;
  beforeAll(async () => {
    proxy = await lossyProxy(inject("dynamodbEndpoint"));
    side = await startSideGateway({ DYNAMODB_ENDPOINT: proxy.url });
  });
  afterAll(async () => {
    await side?.stop();
    await proxy?.close();
  });

  async function post(path: string, token: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${side.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  }

  it("tops a scheme's pool up once and answers 201, not 409", async () => {
    const w = await world({ poolFen: 0 });
    const source = `县财政-${randomUUID()}`;
    proxy.dropNextCommitMentioning(source);
    const before = proxy.dropped();
    const res = await post(`/schemes/${w.schemeId}/top-ups`, w.t.admin, { amountFen: yuan(5000), source });
    expect(proxy.dropped()).toBe(before + 1);
    expect(res.status, res.text).toBe(201);
    const scheme = (await call("GET", `/schemes/${w.schemeId}`, { token: w.t.admin })).body;
    expect(scheme.poolBalanceFen).toBe(yuan(5000));
    expect(scheme.toppedUpFen).toBe(yuan(5000));
  });

  it("files a claim once and answers 201, not 409", async () => {
    const w = await world();
    const note = `lost-response-${randomUUID()}`;
    proxy.dropNextCommitMentioning(note);
    const before = proxy.dropped();
    const res = await post("/claims", w.t.clerk, claimInput(w.household.householdId, w.schemeId, { note }));
    expect(proxy.dropped()).toBe(before + 1);
    expect(res.status, res.text).toBe(201);
    const claims = (await call("GET", `/claims?schemeId=${w.schemeId}`, { token: w.t.approver })).body.items;
    expect(claims).toHaveLength(1);
    const report = (await call("GET", `/reports/claims?schemeId=${w.schemeId}`, { token: w.t.approver })).body;
    expect(JSON.stringify(report)).toContain('"submitted":1');
  });

  it("answers a client's retry of a top-up under the same Idempotency-Key with the same top-up, adding the money once", async () => {
    const w = await world({ poolFen: 0 });
    const key = randomUUID();
    const body = { amountFen: yuan(700), source: "社会捐赠" };
    const first = await post(`/schemes/${w.schemeId}/top-ups`, w.t.admin, body, { "idempotency-key": key });
    const again = await post(`/schemes/${w.schemeId}/top-ups`, w.t.admin, body, { "idempotency-key": key });
    expect(first.status, first.text).toBe(201);
    expect(JSON.parse(again.text).topUpId).toBe(JSON.parse(first.text).topUpId);
    expect((await call("GET", `/schemes/${w.schemeId}`, { token: w.t.admin })).body.poolBalanceFen).toBe(yuan(700));
  });
});
