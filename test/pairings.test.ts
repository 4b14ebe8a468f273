import { describe, expect, it } from "vitest";
import { allPages, api, baseUrl, call, expectError, tokenFor, unique } from "./support/api";
import {
  adminToken,
  contributionInput,
  createVillage,
  creditCode,
  CREDIT_CODE_CHARSET,
  enterpriseInput,
  enterpriseUser,
  ownedEnterpriseAndVillage,
  pair,
  pairingInput,
  registerEnterprise,
} from "./support/fixtures";

/** The same code with a check character that does not match. */
function withWrongCheck(code: string): string {
  const right = code.charAt(17);
  const wrong = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(right) + 1) % CREDIT_CODE_CHARSET.length]!;
  return code.slice(0, 17) + wrong;
}

const report = async (query: { province?: string; county?: string; enterpriseId?: string }) => {
  const res = await api("GET /reports/pairings", { query });
  expect(res.status, res.text).toBe(200);
  return res.body;
};

describe("enterprises", () => {
  it("registers an enterprise by its credit code, normalised, and shows it publicly without its owners", async () => {
    const { token } = enterpriseUser();
    const code = creditCode();
    const res = await call("POST", "/enterprises", {
      token: await token(),
      body: enterpriseInput({ creditCode: ` ${code.toLowerCase()} ` }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.creditCode).toBe(code);
    expect(res.body.enterpriseId).toMatch(/^ent_/);
    expect(res.body.ownerIds).toBeUndefined();
    const got = await call("GET", `/enterprises/${res.body.enterpriseId}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it("refuses a credit code whose check character is wrong with 400 naming body.creditCode", async () => {
    const res = await call("POST", "/enterprises", {
      token: await adminToken(),
      body: enterpriseInput({ creditCode: withWrongCheck(creditCode()) }),
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: "body.creditCode", message: expect.stringContaining("check character") }),
    ]);
  });

  it("refuses credit codes of the wrong length or with letters the code never uses", async () => {
    const token = await adminToken();
    for (const bad of [creditCode().slice(0, 17), `${creditCode()}1`, `91371428MA3C4K7XO${"1"}`]) {
      const res = await call("POST", "/enterprises", { token, body: enterpriseInput({ creditCode: bad }) });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details.map((d: any) => d.path)).toEqual(["body.creditCode"]);
    }
  });

  it("refuses a second enterprise with the same credit code with 409 DUPLICATE, however it is typed", async () => {
    const code = creditCode();
    await registerEnterprise(await adminToken(), { creditCode: code });
    const again = await call("POST", "/enterprises", {
      token: await enterpriseUser().token(),
      body: enterpriseInput({ creditCode: code.toLowerCase() }),
    });
    expectError(again, 409, "DUPLICATE");
  });

  it("needs the enterprise or admin role to register an enterprise: 401 without a token, 403 for a buyer", async () => {
    expectError(await call("POST", "/enterprises", { body: enterpriseInput() }), 401, "UNAUTHENTICATED");
    expectError(
      await call("POST", "/enterprises", { token: await tokenFor("buyer-1", "buyer"), body: enterpriseInput() }),
      403,
      "FORBIDDEN",
    );
  });

  it("answers 404 NOT_FOUND for an unknown enterprise", async () => {
    expectError(await call("GET", "/enterprises/ent_nope"), 404, "NOT_FOUND");
  });
});

describe("pairings", () => {
  it("pairs an enterprise with a village, active, with the committed amount and nothing delivered yet", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const res = await call("POST", "/pairings", {
      token,
      body: pairingInput(enterprise.enterpriseId, village.villageId, { committedFen: 5_000_000 }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      status: "active",
      enterpriseId: enterprise.enterpriseId,
      enterpriseName: enterprise.name,
      villageId: village.villageId,
      village: { county: village.county, name: village.name },
      supportTypes: ["industry", "employment"],
      committedFen: 5_000_000,
      deliveredFen: 0,
      peopleHelped: 0,
      endedOn: null,
    });
    const got = await call("GET", `/pairings/${res.body.pairingId}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it("refuses a second active pairing of the same enterprise and village with 409 DUPLICATE, and allows one again after the first ended", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const first = await pair(token, enterprise.enterpriseId, village.villageId);
    expectError(
      await call("POST", "/pairings", { token, body: pairingInput(enterprise.enterpriseId, village.villageId) }),
      409,
      "DUPLICATE",
    );

    const ended = await call("POST", `/pairings/${first.pairingId}/end`, { token, body: { endedOn: "2026-06-30" } });
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body).toMatchObject({ status: "ended", endedOn: "2026-06-30" });
    expect((await call("GET", `/pairings/${first.pairingId}`)).body.status).toBe("ended");

    const second = await pair(token, enterprise.enterpriseId, village.villageId, { startedOn: "2026-07-01" });
    expect(second.pairingId).not.toBe(first.pairingId);
  });

  it("forbids an enterprise user to pair, end or record for an enterprise it does not own: 403", async () => {
    const { token: ownerToken, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(ownerToken, enterprise.enterpriseId, village.villageId);
    const stranger = await enterpriseUser().token();
    const otherVillage = await createVillage();

    expectError(
      await call("POST", "/pairings", { token: stranger, body: pairingInput(enterprise.enterpriseId, otherVillage.villageId) }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await call("POST", `/pairings/${pairing.pairingId}/contributions`, { token: stranger, body: contributionInput() }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await call("POST", `/pairings/${pairing.pairingId}/end`, { token: stranger, body: { endedOn: "2026-03-01" } }),
      403,
      "FORBIDDEN",
    );
    // Nothing changed.
    const got = await call("GET", `/pairings/${pairing.pairingId}`);
    expect(got.body).toMatchObject({ status: "active", deliveredFen: 0 });
    expect((await call("GET", `/pairings?villageId=${otherVillage.villageId}`)).body.items).toEqual([]);
  });

  it("lets an admin act for any enterprise", async () => {
    const { enterprise, village } = await ownedEnterpriseAndVillage();
    const admin = await adminToken();
    const pairing = await pair(admin, enterprise.enterpriseId, village.villageId);
    const contribution = await call("POST", `/pairings/${pairing.pairingId}/contributions`, { token: admin, body: contributionInput() });
    expect(contribution.status, contribution.text).toBe(201);
    const ended = await call("POST", `/pairings/${pairing.pairingId}/end`, { token: admin, body: { endedOn: "2026-12-31" } });
    expect(ended.status, ended.text).toBe(200);
  });

  it("refuses an unknown enterprise or village with 422 REFERENCE_NOT_FOUND naming the field", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const noEnterprise = await call("POST", "/pairings", {
      token: await adminToken(),
      body: pairingInput("ent_missing", village.villageId),
    });
    expectError(noEnterprise, 422, "REFERENCE_NOT_FOUND");
    expect(noEnterprise.body.error.details[0].path).toBe("enterpriseId");
    const noVillage = await call("POST", "/pairings", { token, body: pairingInput(enterprise.enterpriseId, "vil_missing") });
    expectError(noVillage, 422, "REFERENCE_NOT_FOUND");
    expect(noVillage.body.error.details[0].path).toBe("villageId");
  });

  it("refuses unknown, repeated or missing support types with 400", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    for (const supportTypes of [["charity"], ["industry", "industry"], []]) {
      const res = await call("POST", "/pairings", {
        token,
        body: pairingInput(enterprise.enterpriseId, village.villageId, { supportTypes }),
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details[0].path).toMatch(/^body\.supportTypes/);
    }
  });

  it("ends only an active pairing: ending twice is 409 INVALID_STATE, and ending before the start is 422", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId, { startedOn: "2026-03-01" });
    expectError(
      await call("POST", `/pairings/${pairing.pairingId}/end`, { token, body: { endedOn: "2026-02-28" } }),
      422,
      "ENDED_BEFORE_START",
    );
    expect((await call("POST", `/pairings/${pairing.pairingId}/end`, { token, body: { endedOn: "2026-03-01" } })).status).toBe(200);
    expectError(await call("POST", `/pairings/${pairing.pairingId}/end`, { token, body: { endedOn: "2026-04-01" } }), 409, "INVALID_STATE");
  });

  it("ends a pairing once when two ends race: one 200, the other 409 INVALID_STATE", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId);
    const results = await Promise.all(
      ["2026-08-01", "2026-08-02"].map((endedOn) => call("POST", `/pairings/${pairing.pairingId}/end`, { token, body: { endedOn } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe("INVALID_STATE");
    expect((await report({ province: "山东省", county: village.county })).activePairings).toBe(0);
  });

  it("serves the seeded demo pairings, with their ledgers", async () => {
    const villages = (await call("GET", `/villages?county=${encodeURIComponent("江口县")}`)).body.items;
    const yunshe = villages.find((v: any) => v.name === "云舍村");
    expect(yunshe).toBeDefined();
    const pairings = (await call("GET", `/pairings?villageId=${yunshe.villageId}`)).body.items;
    expect(pairings.length).toBeGreaterThanOrEqual(1);
    expect(pairings[0].deliveredFen).toBeGreaterThan(0);
    const ledger = (await call("GET", `/pairings/${pairings[0].pairingId}/contributions`)).body.items;
    expect(ledger.reduce((s: number, c: any) => s + c.amountFen, 0)).toBe(pairings[0].deliveredFen);
  });

  it("needs a token to write: 401 on every write route", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId);
    expectError(
      await call("POST", "/pairings", { body: pairingInput(enterprise.enterpriseId, village.villageId) }),
      401,
      "UNAUTHENTICATED",
    );
    expectError(await call("POST", `/pairings/${pairing.pairingId}/contributions`, { body: contributionInput() }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", `/pairings/${pairing.pairingId}/end`, { body: { endedOn: "2026-05-01" } }), 401, "UNAUTHENTICATED");
    expectError(
      await call("POST", "/pairings", {
        token: await tokenFor("sup-1", "supplier"),
        body: pairingInput(enterprise.enterpriseId, village.villageId),
      }),
      403,
      "FORBIDDEN",
    );
  });

  it("answers 404 NOT_FOUND for an unknown pairing, its ledger and its end", async () => {
    const admin = await adminToken();
    expectError(await call("GET", "/pairings/pair_nope"), 404, "NOT_FOUND");
    expectError(await call("GET", "/pairings/pair_nope/contributions"), 404, "NOT_FOUND");
    expectError(await call("POST", "/pairings/pair_nope/contributions", { token: admin, body: contributionInput() }), 404, "NOT_FOUND");
    expectError(await call("POST", "/pairings/pair_nope/end", { token: admin, body: { endedOn: "2026-01-01" } }), 404, "NOT_FOUND");
  });
});

describe("listing pairings", () => {
  it("lists an enterprise's pairings and a village's pairings page by page, without repeats", async () => {
    const { token, enterprise } = await ownedEnterpriseAndVillage();
    const villages = [];
    for (let i = 0; i < 5; i++) villages.push(await createVillage());
    const made = [];
    for (const v of villages) made.push((await pair(token, enterprise.enterpriseId, v.villageId)).pairingId);

    const byEnterprise = await allPages<{ pairingId: string }>(`/pairings?enterpriseId=${enterprise.enterpriseId}`, { limit: 2 });
    expect(byEnterprise.items.map((p) => p.pairingId)).toEqual(made);
    expect(byEnterprise.pages).toBe(3);

    // Three enterprises paired with one village.
    const village = villages[0]!;
    const others = [];
    for (let i = 0; i < 2; i++) {
      const o = await ownedEnterpriseAndVillage();
      others.push((await pair(o.token, o.enterprise.enterpriseId, village.villageId)).pairingId);
    }
    const byVillage = await allPages<{ pairingId: string; villageId: string }>(`/pairings?villageId=${village.villageId}`, { limit: 1 });
    expect(byVillage.items.map((p) => p.pairingId).sort()).toEqual([made[0]!, ...others].sort());
    expect(byVillage.items.every((p) => p.villageId === village.villageId)).toBe(true);
    expect(byVillage.pages).toBe(3);
  });

  it("needs exactly one of enterpriseId and villageId: 400 otherwise", async () => {
    expectError(await call("GET", "/pairings"), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/pairings?enterpriseId=ent_a&villageId=vil_b"), 400, "VALIDATION_FAILED");
    const none = await call("GET", "/pairings?enterpriseId=ent_nobody");
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it("refuses a cursor from another list with 400", async () => {
    const { token, enterprise } = await ownedEnterpriseAndVillage();
    for (let i = 0; i < 2; i++) await pair(token, enterprise.enterpriseId, (await createVillage()).villageId);
    const first = await call("GET", `/pairings?enterpriseId=${enterprise.enterpriseId}&limit=1`);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expectError(await call("GET", `/pairings?enterpriseId=ent_other&cursor=${first.body.nextCursor}`), 400, "VALIDATION_FAILED");
  });
});

describe("contributions (台账)", () => {
  it("records contributions, keeps committed and delivered money apart, and lists the ledger by date page by page", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId, { committedFen: 9_000_000 });
    const lines = [
      contributionInput({ date: "2026-03-05", type: "employment", amountFen: 120_000, peopleHelped: 8, note: "务工工资" }),
      contributionInput({ date: "2026-01-20", type: "industry", amountFen: 3_000_000, peopleHelped: 40, projects: ["桑椹烘干车间"] }),
      contributionInput({ date: "2026-02-11", type: "consumption", amountFen: 0, peopleHelped: 3 }),
    ];
    for (const line of lines) {
      const res = await call("POST", `/pairings/${pairing.pairingId}/contributions`, { token, body: line });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({
        pairingId: pairing.pairingId,
        date: line.date,
        type: line.type,
        amountFen: line.amountFen,
        recordedBy: expect.any(String),
      });
    }
    const got = (await call("GET", `/pairings/${pairing.pairingId}`)).body;
    expect(got).toMatchObject({ committedFen: 9_000_000, deliveredFen: 3_120_000, peopleHelped: 51, contributions: 3, projects: 1 });

    const ledger = await allPages<{ date: string; projects: string[]; note: string | null }>(
      `/pairings/${pairing.pairingId}/contributions`,
      { limit: 2 },
    );
    expect(ledger.pages).toBe(2);
    expect(ledger.items.map((c) => c.date)).toEqual(["2026-01-20", "2026-02-11", "2026-03-05"]);
    expect(ledger.items[0]!.projects).toEqual(["桑椹烘干车间"]);
    expect(ledger.items[2]!.note).toBe("务工工资");
  });

  it("refuses a contribution to an ended pairing with 409 INVALID_STATE and leaves the totals alone", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId);
    expect(
      (await call("POST", `/pairings/${pairing.pairingId}/contributions`, { token, body: contributionInput({ amountFen: 500 }) })).status,
    ).toBe(201);
    expect((await call("POST", `/pairings/${pairing.pairingId}/end`, { token, body: { endedOn: "2026-05-01" } })).status).toBe(200);
    expectError(
      await call("POST", `/pairings/${pairing.pairingId}/contributions`, { token, body: contributionInput() }),
      409,
      "INVALID_STATE",
    );
    expect((await call("GET", `/pairings/${pairing.pairingId}`)).body).toMatchObject({ deliveredFen: 500, contributions: 1 });
    expect((await report({ province: "山东省", county: village.county })).deliveredFen).toBe(500);
  });

  it("refuses a contribution whose type is not a support type, or whose amount is not whole fen, with 400", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const pairing = await pair(token, enterprise.enterpriseId, village.villageId);
    const badType = await call("POST", `/pairings/${pairing.pairingId}/contributions`, {
      token,
      body: contributionInput({ type: "donation" }),
    });
    expectError(badType, 400, "VALIDATION_FAILED");
    expect(badType.body.error.details[0].path).toBe("body.type");
    const fraction = await call("POST", `/pairings/${pairing.pairingId}/contributions`, {
      token,
      body: contributionInput({ amountFen: 10.5 }),
    });
    expectError(fraction, 400, "VALIDATION_FAILED");
    expect(fraction.body.error.details[0].path).toBe("body.amountFen");
  });
});

describe("GET /reports/pairings", () => {
  it("reports a county, its province and the county by name alike, in JSON and as CSV", async () => {
    const province = `测试省${unique()}`;
    const county = `报表县${unique()}`;
    const { token, enterprise, village } = await ownedEnterpriseAndVillage({ province, county });
    const second = await createVillage({ province, county });
    const p1 = await pair(token, enterprise.enterpriseId, village.villageId, { committedFen: 700_000 });
    await pair(token, enterprise.enterpriseId, second.villageId, { committedFen: 300_000 });
    await call("POST", `/pairings/${p1.pairingId}/contributions`, {
      token,
      body: contributionInput({ amountFen: 123_456, peopleHelped: 7, projects: ["a", "b"] }),
    });
    await call("POST", `/pairings/${p1.pairingId}/end`, { token, body: { endedOn: "2026-09-01" } });

    const expected = {
      enterprises: 1,
      villages: 2,
      pairings: 2,
      activePairings: 1,
      committedFen: 1_000_000,
      deliveredFen: 123_456,
      peopleHelped: 7,
      contributions: 1,
      projects: 2,
    };
    expect(await report({ province, county })).toEqual({ scope: { province, county, enterpriseId: null }, ...expected });
    expect(await report({ county })).toEqual({ scope: { province: null, county, enterpriseId: null }, ...expected });
    expect(await report({ province })).toEqual({ scope: { province, county: null, enterpriseId: null }, ...expected });

    const platform = await report({});
    expect(platform.deliveredFen).toBeGreaterThanOrEqual(123_456);
    expect(platform.enterprises).toBeGreaterThanOrEqual(1);

    // Raw bytes: fetch's text() would silently drop the byte-order mark Excel needs.
    const csv = await fetch(`${baseUrl()}/reports/pairings?${new URLSearchParams({ province, county })}`, {
      headers: { accept: "text/csv" },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes
      .subarray(3)
      .toString("utf8")
      .trimEnd()
      .split("\r\n")
      .map((r) => r.split(","));
    expect(rows[0]).toEqual([
      "province",
      "county",
      "enterpriseId",
      "enterprises",
      "villages",
      "pairings",
      "activePairings",
      "committedFen",
      "deliveredFen",
      "peopleHelped",
      "contributions",
      "projects",
    ]);
    expect(rows[1]).toEqual([province, county, "", "1", "2", "2", "1", "1000000", "123456", "7", "1", "2"]);
  });

  it("reports zeros for a county nobody paired with, and quotes CSV fields that hold commas or quotes", async () => {
    const county = `空县,"${unique()}"`;
    const figures = await report({ province: "山东省", county });
    expect(figures).toMatchObject({ enterprises: 0, villages: 0, pairings: 0, committedFen: 0, deliveredFen: 0, peopleHelped: 0 });
    const csv = await call("GET", `/reports/pairings?${new URLSearchParams({ province: "山东省", county })}`, {
      headers: { accept: "text/csv" },
    });
    expect(csv.status).toBe(200);
    expect(csv.text.split("\r\n")[1]).toBe(`山东省,"${county.replace(/"/g, '""')}",,0,0,0,0,0,0,0,0,0`);
  });

  it("equals the ledger's sums after many pairings and contributions written concurrently", async () => {
    const province = `并发省${unique()}`;
    const county = `并发县${unique()}`;
    const villages = await Promise.all([0, 1].map(() => createVillage({ province, county })));
    const owners = await Promise.all(
      [0, 1, 2].map(async () => {
        const user = enterpriseUser();
        const token = await user.token();
        return { token, enterprise: await registerEnterprise(token) };
      }),
    );

    // Six pairings at once: the distinct enterprise and village markers race.
    const pairings = await Promise.all(
      owners.flatMap((o, i) =>
        villages
          .map((v, j) => pair(o.token, o.enterprise.enterpriseId, v.villageId, { committedFen: 100_000 * (i + 1) + j }))
          .map(async (p) => ({ ...(await p), token: o.token })),
      ),
    );
    expect(pairings).toHaveLength(6);

    // Forty contributions at once across the six pairings.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, k) => {
        const p = pairings[k % pairings.length]!;
        return call("POST", `/pairings/${p.pairingId}/contributions`, {
          token: p.token,
          body: contributionInput({ amountFen: 1_000 + k * 37, peopleHelped: (k % 5) + 1, projects: k % 3 === 0 ? [`项目${k}`] : [] }),
        });
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));

    let deliveredFen = 0;
    let peopleHelped = 0;
    let contributions = 0;
    let projects = 0;
    let committedFen = 0;
    for (const p of pairings) {
      const ledger = await allPages<{ amountFen: number; peopleHelped: number; projects: string[] }>(
        `/pairings/${p.pairingId}/contributions`,
        { limit: 3 },
      );
      const pairingNow = (await call("GET", `/pairings/${p.pairingId}`)).body;
      const sum = ledger.items.reduce((s, c) => s + c.amountFen, 0);
      expect(pairingNow.deliveredFen).toBe(sum);
      expect(pairingNow.contributions).toBe(ledger.items.length);
      deliveredFen += sum;
      peopleHelped += ledger.items.reduce((s, c) => s + c.peopleHelped, 0);
      projects += ledger.items.reduce((s, c) => s + c.projects.length, 0);
      contributions += ledger.items.length;
      committedFen += pairingNow.committedFen;
    }
    expect(contributions).toBe(40);
    expect(deliveredFen).toBe(Array.from({ length: 40 }, (_, k) => 1_000 + k * 37).reduce((a, b) => a + b, 0));

    const expected = {
      enterprises: 3,
      villages: 2,
      pairings: 6,
      activePairings: 6,
      committedFen,
      deliveredFen,
      peopleHelped,
      contributions,
      projects,
    };
    expect(await report({ province, county })).toMatchObject(expected);
    expect(await report({ province })).toMatchObject(expected);

    // Each enterprise's own figures: its two pairings, created at once, and their ledgers.
    for (const o of owners) {
      const theirs = await Promise.all(
        pairings
          .filter((p) => p.enterpriseId === o.enterprise.enterpriseId)
          .map(async (p) => (await call("GET", `/pairings/${p.pairingId}`)).body),
      );
      expect(theirs).toHaveLength(2);
      expect(await report({ enterpriseId: o.enterprise.enterpriseId })).toMatchObject({
        enterprises: 1,
        villages: 2,
        pairings: 2,
        committedFen: theirs.reduce((a, p) => a + p.committedFen, 0),
        deliveredFen: theirs.reduce((a, p) => a + p.deliveredFen, 0),
        contributions: theirs.reduce((a, p) => a + p.contributions, 0),
      });
    }
  });
});

describe("GET /enterprises: the enterprises an account manages", () => {
  it("lists the caller's own enterprises, oldest first, page by page, and none of another account's", async () => {
    const owner = enterpriseUser();
    const ownerToken = await owner.token();
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await registerEnterprise(ownerToken));
    // An administrator registering an enterprise for the account lists it there too.
    const forOwner = await registerEnterprise(await adminToken(), { ownerIds: [owner.sub] });
    const expected = [...mine, forOwner].map((e) => e.enterpriseId);

    const listed = await allPages<{ enterpriseId: string; creditCode: string; ownerIds?: unknown }>("/enterprises", {
      token: ownerToken,
      limit: 3,
    });
    expect(listed.items.map((e) => e.enterpriseId)).toEqual(expected);
    expect(listed.pages).toBe(2);
    // The same public view as GET /enterprises/{id}: no owners.
    expect(listed.items[0]).toEqual(mine[0]);
    expect(listed.items.every((e) => e.ownerIds === undefined)).toBe(true);

    const stranger = enterpriseUser();
    const strangerToken = await stranger.token();
    const theirs = await registerEnterprise(strangerToken);
    const strangers = await call("GET", "/enterprises", { token: strangerToken });
    expect(strangers.status, strangers.text).toBe(200);
    expect(strangers.body.items.map((e: any) => e.enterpriseId)).toEqual([theirs.enterpriseId]);
  });

  it("lets only an administrator list another account's enterprises: 403 for other staff, 401 without a token, 403 for a buyer", async () => {
    const owner = enterpriseUser();
    const enterprise = await registerEnterprise(await owner.token());
    const stranger = await enterpriseUser().token();
    const refused = await call("GET", `/enterprises?ownerId=${owner.sub}`, { token: stranger });
    expectError(refused, 403, "FORBIDDEN");
    expect(refused.body.error.details[0].path).toBe("query.ownerId");
    const chinese = await call("GET", `/enterprises?ownerId=${owner.sub}`, { token: stranger, headers: { "accept-language": "zh-CN" } });
    expect(chinese.body.error.message).toMatch(/管理员/);

    const asAdmin = await call("GET", `/enterprises?ownerId=${owner.sub}`, { token: await adminToken() });
    expect(asAdmin.status, asAdmin.text).toBe(200);
    expect(asAdmin.body.items.map((e: any) => e.enterpriseId)).toEqual([enterprise.enterpriseId]);
    // Naming oneself is the same as naming no one.
    const self = await call("GET", `/enterprises?ownerId=${owner.sub}`, { token: await owner.token() });
    expect(self.body.items.map((e: any) => e.enterpriseId)).toEqual([enterprise.enterpriseId]);

    expectError(await call("GET", "/enterprises"), 401, "UNAUTHENTICATED");
    expectError(await call("GET", "/enterprises", { token: await tokenFor("buyer-1", "buyer") }), 403, "FORBIDDEN");
  });

  it("lists nothing for an account whose registration was refused as a duplicate", async () => {
    const code = creditCode();
    await registerEnterprise(await adminToken(), { creditCode: code });
    const late = enterpriseUser();
    const token = await late.token();
    expectError(await call("POST", "/enterprises", { token, body: enterpriseInput({ creditCode: code }) }), 409, "DUPLICATE");
    expect((await call("GET", "/enterprises", { token })).body).toEqual({ items: [], nextCursor: null });
  });

  it("serves the seeded enterprises to their demo accounts", async () => {
    const res = await call("GET", "/enterprises", { token: await tokenFor("enterprise-xiajin", "enterprise") });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((e: any) => e.name)).toEqual(["夏津椹果食品有限公司"]);
  });
});

describe("GET /reports/pairings?enterpriseId=: one enterprise's figures", () => {
  it("sums the enterprise's own pairings and ledger only, wherever its villages are", async () => {
    const { token, enterprise, village } = await ownedEnterpriseAndVillage();
    const far = await createVillage({ province: `远方省${unique()}` });
    const p1 = await pair(token, enterprise.enterpriseId, village.villageId, { committedFen: 400_000 });
    const p2 = await pair(token, enterprise.enterpriseId, far.villageId, { committedFen: 600_000 });
    for (const [p, amountFen, peopleHelped] of [
      [p1, 50_000, 3],
      [p2, 70_001, 4],
      [p2, 0, 2],
    ] as const) {
      const res = await call("POST", `/pairings/${p.pairingId}/contributions`, {
        token,
        body: contributionInput({ amountFen, peopleHelped, projects: amountFen ? ["车间"] : [] }),
      });
      expect(res.status, res.text).toBe(201);
    }
    // Another enterprise helping the same village counts for the village, not for this enterprise.
    const other = await ownedEnterpriseAndVillage();
    const theirs = await pair(other.token, other.enterprise.enterpriseId, village.villageId, { committedFen: 999 });
    await call("POST", `/pairings/${theirs.pairingId}/contributions`, { token: other.token, body: contributionInput({ amountFen: 777 }) });
    expect((await call("POST", `/pairings/${p1.pairingId}/end`, { token, body: { endedOn: "2026-10-01" } })).status).toBe(200);

    const figures = await report({ enterpriseId: enterprise.enterpriseId });
    expect(figures).toEqual({
      scope: { province: null, county: null, enterpriseId: enterprise.enterpriseId },
      enterprises: 1,
      villages: 2,
      pairings: 2,
      activePairings: 1,
      committedFen: 1_000_000,
      deliveredFen: 120_001,
      peopleHelped: 9,
      contributions: 3,
      projects: 2,
    });
    // The village's county counts both enterprises.
    expect(await report({ province: "山东省", county: village.county })).toMatchObject({ enterprises: 2, deliveredFen: 50_777 });

    const csv = await call("GET", `/reports/pairings?enterpriseId=${enterprise.enterpriseId}`, { headers: { accept: "text/csv" } });
    expect(csv.status).toBe(200);
    expect(csv.text.split("\r\n")[1]).toBe(`,,${enterprise.enterpriseId},1,2,2,1,1000000,120001,9,3,2`);
  });

  it("answers a fresh enterprise with zeros, an unknown one with 404, and an enterprise with a place with 400", async () => {
    const { enterprise } = await ownedEnterpriseAndVillage();
    expect(await report({ enterpriseId: enterprise.enterpriseId })).toMatchObject({ pairings: 0, villages: 0, deliveredFen: 0 });
    expectError(await call("GET", "/reports/pairings?enterpriseId=ent_nobody"), 404, "NOT_FOUND");
    for (const place of ["province=山东省", "county=夏津县"]) {
      const res = await call("GET", `/reports/pairings?enterpriseId=${enterprise.enterpriseId}&${encodeURI(place)}`, {
        headers: { "accept-language": "zh-CN" },
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details[0]).toMatchObject({ path: "query.enterpriseId", issue: "not_both" });
      expect(res.body.error.message).toMatch(/不能同时填写/);
    }
  });
});

describe("GET /reports/pairings/regions", () => {
  it("lists a province's counties by name with their figures, and the province among the provinces, in JSON and CSV", async () => {
    const province = `区域省${unique()}`;
    const [countyA, countyB] = [`东县${unique()}`, `西县${unique()}`]; // 东 (U+4E1C) sorts before 西 (U+897F)
    const { token, enterprise } = await ownedEnterpriseAndVillage();
    const inA = await createVillage({ province, county: countyA });
    const inB = await createVillage({ province, county: countyB });
    const pa = await pair(token, enterprise.enterpriseId, inA.villageId, { committedFen: 300_000 });
    await pair(token, enterprise.enterpriseId, inB.villageId, { committedFen: 200_000 });
    await call("POST", `/pairings/${pa.pairingId}/contributions`, {
      token,
      body: contributionInput({ amountFen: 12_345, peopleHelped: 6 }),
    });

    const counties = await api("GET /reports/pairings/regions", { query: { province } });
    expect(counties.status, counties.text).toBe(200);
    expect(counties.body).toEqual({
      province,
      rows: [
        {
          province,
          county: countyA,
          enterprises: 1,
          villages: 1,
          pairings: 1,
          activePairings: 1,
          committedFen: 300_000,
          deliveredFen: 12_345,
          peopleHelped: 6,
          contributions: 1,
          projects: 0,
        },
        {
          province,
          county: countyB,
          enterprises: 1,
          villages: 1,
          pairings: 1,
          activePairings: 1,
          committedFen: 200_000,
          deliveredFen: 0,
          peopleHelped: 0,
          contributions: 0,
          projects: 0,
        },
      ],
    });

    const provinces = await api("GET /reports/pairings/regions");
    expect(provinces.status, provinces.text).toBe(200);
    expect(provinces.body.province).toBeNull();
    expect(provinces.body.rows.every((r: any) => r.county === null)).toBe(true);
    const row = provinces.body.rows.find((r: any) => r.province === province);
    // One enterprise in the province, counted once though it helps two of its counties.
    expect(row).toMatchObject({ enterprises: 1, villages: 2, pairings: 2, committedFen: 500_000, deliveredFen: 12_345 });
    // Every province's figures are its province report's.
    const shandong = provinces.body.rows.find((r: any) => r.province === "山东省");
    const { scope: _scope, ...shandongReport } = await report({ province: "山东省" });
    expect(shandong).toEqual({ province: "山东省", county: null, ...shandongReport });

    const csv = await call("GET", `/reports/pairings/regions?${new URLSearchParams({ province })}`, { headers: { accept: "text/csv" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.trimEnd().split("\r\n")).toEqual([
      "province,county,enterprises,villages,pairings,activePairings,committedFen,deliveredFen,peopleHelped,contributions,projects",
      `${province},${countyA},1,1,1,1,300000,12345,6,1,0`,
      `${province},${countyB},1,1,1,1,200000,0,0,0,0`,
    ]);
  });

  it("answers a province nobody paired in with no rows", async () => {
    const res = await api("GET /reports/pairings/regions", { query: { province: `无人省${unique()}` } });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
  });
});
