import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { chinaToday, shiftDays } from "@fupin/core/platform/clock";
import { localIdp } from "@fupin/local/local-idp";
import { allPages, api, call, expectError, signClaims, tokenFor, unique } from "./support/api";
import {
  adminToken,
  certificationInput,
  createSupplier,
  createVillage,
  listedProduct,
  productInput,
  villageInput,
} from "./support/fixtures";

describe("villages", () => {
  it("registers a village and reads it back", async () => {
    const input = villageInput();
    const res = await api("POST /villages", { token: await adminToken(), body: input });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject(input);
    const got = await api("GET /villages/{villageId}", { params: { villageId: res.body.villageId } });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it("refuses the same village twice with 409 DUPLICATE", async () => {
    const input = villageInput();
    const token = await adminToken();
    expect((await call("POST", "/villages", { token, body: input })).status).toBe(201);
    expectError(await call("POST", "/villages", { token, body: input }), 409, "DUPLICATE");
  });

  it("lists the villages of a county, page by page, without repeats", async () => {
    const county = `分页县${unique()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createVillage({ county })).villageId);
    const { items, pages } = await allPages<{ villageId: string }>(`/villages?county=${encodeURIComponent(county)}`, { limit: 2 });
    expect(items.map((v) => v.villageId).sort()).toEqual([...ids].sort());
    expect(pages).toBe(3);
  });

  it("finds villages by part of their name or township, within a county or everywhere, page by page", async () => {
    const county = `搜索县${unique()}`;
    const tag = unique();
    const wanted = [
      await createVillage({ county, name: `石堂${tag}一村` }),
      await createVillage({ county, name: `东村${tag}`, township: `石堂${tag}镇` }),
      await createVillage({ county, name: `下石堂${tag}` }),
    ];
    await createVillage({ county, name: `后周${tag}` });
    const q = encodeURIComponent(`石堂${tag}`);
    const inCounty = await allPages<{ villageId: string }>(`/villages?county=${encodeURIComponent(county)}&q=${q}`, { limit: 1 });
    expect(inCounty.items.map((v) => v.villageId).sort()).toEqual(wanted.map((v) => v.villageId).sort());
    const everywhere = await allPages<{ villageId: string }>(`/villages?q=${q}`, { limit: 100 });
    expect(everywhere.items.map((v) => v.villageId).sort()).toEqual(wanted.map((v) => v.villageId).sort());
    expect(
      (await call("GET", `/villages?county=${encodeURIComponent(county)}&q=${encodeURIComponent(`无此村${tag}`)}`)).body.items,
    ).toEqual([]);
    expectError(await call("GET", `/villages?q=${encodeURIComponent("村\u0000")}`), 400, "VALIDATION_FAILED");
  });

  it.each([
    ["zero-width spaces", "\u200B\u200B\u200B"],
    ["NUL", "村\u0000"],
    ["a lone surrogate", "村\uD800"],
    ["a right-to-left override", "\u202E村"],
    ["a byte-order mark", "\uFEFF"],
  ])("refuses a village name made of %s with 400, storing nothing", async (_what, name) => {
    const county = `隐形县${unique()}`;
    const res = await call("POST", "/villages", { token: await adminToken(), body: villageInput({ name, county }) });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details.map((d: any) => d.path)).toContain("body.name");
    expect((await call("GET", `/villages?county=${encodeURIComponent(county)}`)).body.items).toEqual([]);
  });

  it("stores names NFC-normalised and trimmed of invisible characters", async () => {
    const res = await call("POST", "/villages", {
      token: await adminToken(),
      body: villageInput({ name: `\u200B Cafe\u0301${unique()}村 ` }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.name).toMatch(/^Café\w+村$/);
  });

  it("answers 404 NOT_FOUND for an unknown village", async () => {
    expectError(await call("GET", "/villages/vil_nope"), 404, "NOT_FOUND");
  });

  it("needs an admin to register a village: 401 without a token, 403 with another role", async () => {
    expectError(await call("POST", "/villages", { body: villageInput() }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", "/villages", { token: await tokenFor("b1", "buyer"), body: villageInput() }), 403, "FORBIDDEN");
  });

  it("refuses a token signed by another key, and an expired one", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "fupin-otherkey-"));
    const forged = await (await localIdp(elsewhere)).sign("x", ["admin"]);
    rmSync(elsewhere, { recursive: true, force: true });
    expectError(await call("POST", "/villages", { token: forged, body: villageInput() }), 401, "UNAUTHENTICATED");
    const expired = await (await localIdp(inject("dataDir"))).sign("x", ["admin"], -60);
    expectError(await call("POST", "/villages", { token: expired, body: villageInput() }), 401, "UNAUTHENTICATED");
    expectError(await call("POST", "/villages", { token: forged, body: villageInput() }), 401, "UNAUTHENTICATED");
  });

  it("refuses an ID token where an access token is needed, on authorized and optional-auth routes alike", async () => {
    const idToken = await signClaims({ token_use: "id", "cognito:groups": ["admin"] });
    expectError(await call("POST", "/villages", { token: idToken, body: villageInput() }), 401, "UNAUTHENTICATED");
    const { product } = await listedProduct();
    expectError(await call("GET", `/products/${product.productId}`, { token: idToken }), 401, "UNAUTHENTICATED");
    const noUse = await signClaims({ "cognito:groups": ["admin"] });
    expectError(await call("POST", "/villages", { token: noUse, body: villageInput() }), 401, "UNAUTHENTICATED");
    const access = await signClaims({ token_use: "access", "cognito:groups": ["admin"] });
    expect((await call("POST", "/villages", { token: access, body: villageInput() })).status).toBe(201);
  });

  it("reads a group whose name holds a comma as one unknown group, not as two roles", async () => {
    const token = await signClaims({ token_use: "access", "cognito:groups": ["buyer,admin"] });
    expectError(await call("POST", "/villages", { token, body: villageInput() }), 403, "FORBIDDEN");
    const both = await signClaims({ token_use: "access", "cognito:groups": ["buyer", "admin"] });
    expect((await call("POST", "/villages", { token: both, body: villageInput() })).status).toBe(201);
  });
});

describe("suppliers", () => {
  it("registers a supplier in an existing village and hides its staff accounts", async () => {
    const village = await createVillage();
    const res = await call("POST", "/suppliers", {
      token: await adminToken(),
      body: { name: "小石堂村股份经济合作社", kind: "village_collective", villageId: village.villageId, accountIds: ["staff-1"] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "village_collective", villageId: village.villageId });
    expect(res.body.accountIds).toBeUndefined();
    expect((await call("GET", `/suppliers/${res.body.supplierId}`)).body.name).toBe("小石堂村股份经济合作社");
  });

  it("refuses a supplier in an unknown village with 422 REFERENCE_NOT_FOUND", async () => {
    const res = await call("POST", "/suppliers", {
      token: await adminToken(),
      body: { name: "x", kind: "cooperative", villageId: "vil_missing" },
    });
    expectError(res, 422, "REFERENCE_NOT_FOUND");
  });

  it("refuses an unknown supplier kind with 400 VALIDATION_FAILED naming the field", async () => {
    const village = await createVillage();
    const res = await call("POST", "/suppliers", {
      token: await adminToken(),
      body: { name: "x", kind: "bank", villageId: village.villageId },
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details.map((d: any) => d.path)).toContain("body.kind");
  });
});

describe("products and certification", () => {
  it("adds a product pending certification, which is not listed nor publicly visible", async () => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId);
    const res = await call("POST", "/products", { token: await adminToken(), body: productInput(supplier.supplierId, village.villageId) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "pending_certification",
      certification: null,
      origin: { village: village.name, county: village.county },
    });
    expectError(await call("GET", `/products/${res.body.productId}`), 404, "NOT_FOUND");
    const asAdmin = await call("GET", `/products/${res.body.productId}`, { token: await adminToken() });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.status).toBe("pending_certification");
    const listed = await call("GET", `/products?villageId=${village.villageId}`);
    expect(listed.body.items).toEqual([]);
  });

  it("lists a product once certified, with its certificate", async () => {
    const { product, village } = await listedProduct();
    expect(product.status).toBe("listed");
    const got = await api("GET /products/{productId}", { params: { productId: product.productId } });
    expect(got.status).toBe(200);
    expect(got.body.certification?.authorityLevel).toBe("county");
    const listed = await api("GET /products", { query: { villageId: village.villageId } });
    expect(listed.body.items.map((p) => p.productId)).toEqual([product.productId]);
  });

  it("hides a product whose certificate has expired, from lists and from the product page", async () => {
    const { product, village } = await listedProduct({}, { issuedOn: "2024-01-01", validUntil: "2025-06-30" });
    expect(product.status).toBe("expired");
    expectError(await call("GET", `/products/${product.productId}`), 404, "NOT_FOUND");
    expect((await call("GET", `/products?villageId=${village.villageId}`)).body.items).toEqual([]);
    expect((await call("GET", `/products?county=${encodeURIComponent(village.county)}`)).body.items).toEqual([]);
  });

  it("does not list a product whose certificate starts in the future", async () => {
    const { product, village } = await listedProduct({}, { issuedOn: "2098-01-01", validUntil: "2099-01-01" });
    expect(product.status).toBe("not_yet_valid");
    expect((await call("GET", `/products?villageId=${village.villageId}`)).body.items).toEqual([]);
  });

  it("hides the seeded product with an expired certificate", async () => {
    const { items: all } = await allPages<{ name: string; status: string }>(`/products?county=${encodeURIComponent("夏津县")}`, {
      limit: 100,
    });
    const names = all.map((p) => p.name);
    expect(names).toContain("夏津黄河故道桑椹干");
    expect(names).not.toContain("夏津金丝小枣");
    expect(all.every((p) => p.status === "listed")).toBe(true);
  });

  it("filters by category, county, village and text, alone and together", async () => {
    const county = `筛选县${unique()}`;
    const v1 = await createVillage({ county });
    const v2 = await createVillage({ county });
    const s1 = await createSupplier(v1.villageId);
    const token = await adminToken();
    const make = async (villageId: string, name: string, category: string) => {
      const p = await call("POST", "/products", { token, body: productInput(s1.supplierId, villageId, { name, category }) });
      await call("PUT", `/products/${p.body.productId}/certification`, { token, body: certificationInput() });
      return p.body.productId as string;
    };
    const rice = await make(v1.villageId, "黄河大米", `粮油${county}`);
    const tea = await make(v1.villageId, "桑叶茶", `茶叶${county}`);
    const tea2 = await make(v2.villageId, "翠峰绿茶", `茶叶${county}`);
    const ids = async (qs: string) => ((await call("GET", `/products?${qs}&limit=100`)).body.items as any[]).map((p) => p.productId).sort();
    const c = encodeURIComponent(county);
    expect(await ids(`county=${c}`)).toEqual([rice, tea, tea2].sort());
    expect(await ids(`villageId=${v1.villageId}`)).toEqual([rice, tea].sort());
    expect(await ids(`category=${encodeURIComponent(`茶叶${county}`)}`)).toEqual([tea, tea2].sort());
    expect(await ids(`county=${c}&category=${encodeURIComponent(`茶叶${county}`)}`)).toEqual([tea, tea2].sort());
    expect(await ids(`villageId=${v2.villageId}&category=${encodeURIComponent(`粮油${county}`)}`)).toEqual([]);
    expect(await ids(`county=${c}&q=${encodeURIComponent("茶")}`)).toEqual([tea, tea2].sort());
    expect(await ids(`county=${c}&q=${encodeURIComponent("大米")}`)).toEqual([rice]);
  });

  it("filters by province, alone and with the other filters", async () => {
    const province = `筛选省${unique()}`;
    const v1 = await createVillage({ province, county: `甲县${unique()}` });
    const v2 = await createVillage({ province, county: `乙县${unique()}` });
    const elsewhere = await createVillage({ county: `丙县${unique()}` });
    const token = await adminToken();
    const make = async (village: { villageId: string }, name: string) => {
      const s = await createSupplier(village.villageId);
      const p = await call("POST", "/products", { token, body: productInput(s.supplierId, village.villageId, { name }) });
      await call("PUT", `/products/${p.body.productId}/certification`, { token, body: certificationInput() });
      return p.body.productId as string;
    };
    const honey = await make(v1, "槐花蜜");
    const millet = await make(v2, "小米");
    await make(elsewhere, "槐花蜜");
    const ids = async (query: Record<string, string>) =>
      (await api("GET /products", { query: { ...query, limit: 100 } })).body.items.map((p) => p.productId).sort();
    expect(await ids({ province })).toEqual([honey, millet].sort());
    expect(await ids({ province, q: "槐花" })).toEqual([honey]);
    expect(await ids({ province, county: v2.county })).toEqual([millet]);
    expect(await ids({ province, villageId: v1.villageId })).toEqual([honey]);
    expect(await ids({ province: "没有这个省" })).toEqual([]);
  });

  it("pages through listed products with cursors, each product once", async () => {
    const county = `分页县${unique()}`;
    const village = await createVillage({ county });
    const supplier = await createSupplier(village.villageId);
    const token = await adminToken();
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await call("POST", "/products", { token, body: productInput(supplier.supplierId, village.villageId) });
      await call("PUT", `/products/${p.body.productId}/certification`, {
        token,
        body: certificationInput({ validUntil: `2099-0${(i % 9) + 1}-01` }),
      });
      made.push(p.body.productId);
    }
    const { items, pages } = await allPages<{ productId: string }>(`/products?villageId=${village.villageId}`, { limit: 3 });
    const seen = items.map((p) => p.productId);
    expect(seen.length).toBe(7);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(pages).toBe(3);
  });

  it("refuses a cursor that was tampered with or belongs to another list", async () => {
    const { village } = await listedProduct();
    await listedProduct({ villageId: village.villageId });
    expectError(await call("GET", "/products?cursor=not-a-cursor"), 400, "VALIDATION_FAILED");
    const first = await call("GET", `/products?limit=1`);
    expect(first.body.nextCursor).toBeTruthy();
    expectError(await call("GET", `/products?villageId=${village.villageId}&cursor=${first.body.nextCursor}`), 400, "VALIDATION_FAILED");
    const forged = Buffer.from(JSON.stringify({ pk: "x" })).toString("base64url");
    expectError(await call("GET", `/products?cursor=${forged}`), 400, "VALIDATION_FAILED");
  });

  it("lets a supplier's staff add and change its own products, and no one else's", async () => {
    const village = await createVillage();
    const own = await createSupplier(village.villageId, ["staff-own"]);
    const other = await createSupplier(village.villageId, ["staff-other"]);
    const staff = await tokenFor("staff-own", "supplier");
    const created = await call("POST", "/products", { token: staff, body: productInput(own.supplierId, village.villageId) });
    expect(created.status).toBe(201);
    expectError(
      await call("POST", "/products", { token: staff, body: productInput(other.supplierId, village.villageId) }),
      403,
      "FORBIDDEN",
    );
    const patched = await call("PATCH", `/products/${created.body.productId}`, { token: staff, body: { priceFen: 4200, stock: 7 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ priceFen: 4200, stock: 7 });
    const intruder = await tokenFor("staff-other", "supplier");
    expectError(await call("PATCH", `/products/${created.body.productId}`, { token: intruder, body: { priceFen: 1 } }), 403, "FORBIDDEN");
    // A supplier sees its own pending product; a buyer does not.
    expect((await call("GET", `/products/${created.body.productId}`, { token: staff })).status).toBe(200);
    expectError(await call("GET", `/products/${created.body.productId}`, { token: await tokenFor("b", "buyer") }), 404, "NOT_FOUND");
  });

  it("restocks by a delta that adds to reservations made at the same time, never losing one", async () => {
    const { product } = await listedProduct({ stock: 100 });
    const admin = await adminToken();
    const buyers = Array.from({ length: 8 }, async (_, i) =>
      call("POST", "/orders", {
        token: await tokenFor(`stock-race-${i}-${unique()}`, "buyer"),
        body: { items: [{ productId: product.productId, quantity: 1 }] },
        headers: { "idempotency-key": `stock-race-${unique()}-${i}` },
      }),
    );
    const [restock, ...orders] = await Promise.all([
      call("PATCH", `/products/${product.productId}`, { token: admin, body: { stockDelta: 50 } }),
      ...buyers,
    ]);
    expect(restock.status, restock.text).toBe(200);
    const placed = orders.filter((o) => o.status === 201).length;
    expect(placed).toBe(8);
    expect((await call("GET", `/products/${product.productId}`, { token: admin })).body.stock).toBe(150 - placed);
    const res = await call("PATCH", `/products/${product.productId}`, { token: admin, body: { stockDelta: -1000 } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("OUT_OF_STOCK");
    expect((await call("PATCH", `/products/${product.productId}`, { token: admin, body: { stock: 5, stockDelta: 1 } })).status).toBe(400);
  });

  it("refuses a write-off beyond the stock that comes with a price change, changing nothing", async () => {
    const { product } = await listedProduct({ stock: 4 });
    const admin = await adminToken();
    const res = await call("PATCH", `/products/${product.productId}`, { token: admin, body: { priceFen: 1, stockDelta: -5 } });
    expectError(res, 409, "OUT_OF_STOCK");
    expect(res.body.error.details[0]).toMatchObject({ path: "body.stockDelta", stock: 4 });
    expect((await call("GET", `/products/${product.productId}`, { token: admin })).body).toMatchObject({
      priceFen: product.priceFen,
      stock: 4,
    });
  });

  it("keeps every edit that succeeds when edits of the same product race, re-reading instead of overwriting", async () => {
    const { product } = await listedProduct({ stock: 10 });
    const admin = await adminToken();
    const prices = [4101, 4102, 4103, 4104, 4105, 4106];
    const results = await Promise.all(
      prices.map((priceFen) => call("PATCH", `/products/${product.productId}`, { token: admin, body: { priceFen, stockDelta: 1 } })),
    );
    for (const r of results) expect([200, 409], r.text).toContain(r.status);
    const applied = results.filter((r) => r.status === 200);
    expect(applied.length).toBeGreaterThan(0);
    const after = (await call("GET", `/products/${product.productId}`, { token: admin })).body;
    expect(after.stock).toBe(10 + applied.length);
    expect(applied.map((r) => r.body.priceFen)).toContain(after.priceFen);
  });

  it("restocks from many hands at once without a single conflict", async () => {
    const { product } = await listedProduct({ stock: 0 });
    const admin = await adminToken();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call("PATCH", `/products/${product.productId}`, { token: admin, body: { stockDelta: 3 } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await call("GET", `/products/${product.productId}`, { token: admin })).body.stock).toBe(60);
  });

  it.each([
    ["renames", { name: `改名桑椹干${unique()}` }],
    ["recategorises", { category: `新类${unique()}` }],
  ])("sends a certified product its supplier %s back to pending certification, delisted", async (_what, change) => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId, ["staff-rename"]);
    const admin = await adminToken();
    const created = await call("POST", "/products", { token: admin, body: productInput(supplier.supplierId, village.villageId) });
    expect(
      (await call("PUT", `/products/${created.body.productId}/certification`, { token: admin, body: certificationInput() })).body.status,
    ).toBe("listed");
    const staff = await tokenFor("staff-rename", "supplier");
    const res = await call("PATCH", `/products/${created.body.productId}`, { token: staff, body: change });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ ...change, status: "pending_certification", certification: null });
    expectError(await call("GET", `/products/${created.body.productId}`), 404, "NOT_FOUND");
    const listed = await call("GET", `/products?villageId=${village.villageId}`);
    expect(listed.body.items).toEqual([]);
    // A price or stock change keeps the certificate: it does not change what was certified.
    const again = await call("PUT", `/products/${created.body.productId}/certification`, { token: admin, body: certificationInput() });
    expect(
      (await call("PATCH", `/products/${created.body.productId}`, { token: staff, body: { priceFen: 4100, stockDelta: 1 } })).body.status,
    ).toBe(again.body.status);
  });

  it("lists a supplier's products only from its own village or another village of its county", async () => {
    const home = await createVillage();
    const neighbour = await createVillage({ county: home.county });
    const far = await createVillage();
    const supplier = await createSupplier(home.villageId);
    const token = await adminToken();
    expect((await call("POST", "/products", { token, body: productInput(supplier.supplierId, neighbour.villageId) })).status).toBe(201);
    const refused = await call("POST", "/products", { token, body: productInput(supplier.supplierId, far.villageId) });
    expectError(refused, 422, "VILLAGE_OUTSIDE_SUPPLIER_COUNTY");
    expect(refused.body.error.details[0].path).toBe("body.villageId");
  });

  it("moves a certified product to its new category's list when an administrator changes the category", async () => {
    const { product } = await listedProduct({ category: `旧类${unique()}` });
    const category = `新类${unique()}`;
    const res = await call("PATCH", `/products/${product.productId}`, { token: await adminToken(), body: { category } });
    expect(res.status).toBe(200);
    const listed = await call("GET", `/products?category=${encodeURIComponent(category)}`);
    expect(listed.body.items.map((p: any) => p.productId)).toEqual([product.productId]);
  });

  it("only lets an admin certify: 401 without a token, 403 for a supplier", async () => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId, ["s-cert"]);
    const created = await call("POST", "/products", {
      token: await adminToken(),
      body: productInput(supplier.supplierId, village.villageId),
    });
    const path = `/products/${created.body.productId}/certification`;
    expectError(await call("PUT", path, { body: certificationInput() }), 401, "UNAUTHENTICATED");
    expectError(await call("PUT", path, { token: await tokenFor("s-cert", "supplier"), body: certificationInput() }), 403, "FORBIDDEN");
  });

  it("refuses a certificate that ends before it starts, and an impossible date", async () => {
    const { product } = await listedProduct();
    const token = await adminToken();
    const path = `/products/${product.productId}/certification`;
    expectError(
      await call("PUT", path, { token, body: certificationInput({ issuedOn: "2026-06-01", validUntil: "2026-05-31" }) }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(await call("PUT", path, { token, body: certificationInput({ validUntil: "2026-02-30" }) }), 400, "VALIDATION_FAILED");
  });

  it("answers 404 for certifying or changing a product that does not exist", async () => {
    const token = await adminToken();
    expectError(await call("PUT", "/products/prd_missing/certification", { token, body: certificationInput() }), 404, "NOT_FOUND");
    expectError(await call("PATCH", "/products/prd_missing", { token, body: { stock: 1 } }), 404, "NOT_FOUND");
  });

  it("refuses a product of an unknown supplier or village with 422 REFERENCE_NOT_FOUND", async () => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId);
    const token = await adminToken();
    expectError(
      await call("POST", "/products", { token, body: productInput("sup_missing", village.villageId) }),
      422,
      "REFERENCE_NOT_FOUND",
    );
    expectError(
      await call("POST", "/products", { token, body: productInput(supplier.supplierId, "vil_missing") }),
      422,
      "REFERENCE_NOT_FOUND",
    );
  });
});

describe("bad input", () => {
  const cases: Array<[string, (p: ReturnType<typeof productInput>) => unknown]> = [
    ["a negative price", (p) => ({ ...p, priceFen: -1 })],
    ["a fractional price", (p) => ({ ...p, priceFen: 39.8 })],
    ["a price given as a string", (p) => ({ ...p, priceFen: "3980" })],
    ["a zero price", (p) => ({ ...p, priceFen: 0 })],
    ["a missing name", ({ name: _n, ...p }) => p],
    ["an unknown field", (p) => ({ ...p, discount: 10 })],
    ["a fractional stock", (p) => ({ ...p, stock: 1.5 })],
    ["an unknown poverty-link mode", (p) => ({ ...p, povertyLink: { mode: "charity", households: 1 } })],
    ["an array instead of an object", () => []],
  ];
  for (const [what, mutate] of cases) {
    it(`answers 400 VALIDATION_FAILED for ${what} and writes nothing`, async () => {
      const village = await createVillage();
      const supplier = await createSupplier(village.villageId);
      const res = await call("POST", "/products", {
        token: await adminToken(),
        body: mutate(productInput(supplier.supplierId, village.villageId)),
      });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details.length).toBeGreaterThan(0);
      const any = await call("GET", `/products?villageId=${village.villageId}`);
      expect(any.body.items).toEqual([]);
    });
  }

  it("answers 400 VALIDATION_FAILED naming the body for a body that is not JSON", async () => {
    const res = await call("POST", "/villages", {
      token: await adminToken(),
      rawBody: "{name:",
      headers: { "content-type": "application/json" },
    });
    expectError(res, 400, "VALIDATION_FAILED");
    expect(res.body.error.details).toEqual([{ path: "body", message: "not well-formed JSON", issue: "malformed_json" }]);
  });

  it("answers 400 for a missing body and for a non-JSON content type", async () => {
    const token = await adminToken();
    expectError(await call("POST", "/villages", { token }), 400, "VALIDATION_FAILED");
    expectError(
      await call("POST", "/villages", { token, rawBody: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("answers 413 PAYLOAD_TOO_LARGE for an oversized body", async () => {
    const res = await call("POST", "/villages", { token: await adminToken(), body: villageInput({ name: "村".repeat(70_000) }) });
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it("answers 400 for a limit out of range and an unknown query parameter", async () => {
    expectError(await call("GET", "/products?limit=0"), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/products?limit=101"), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/products?limit=abc"), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/products?colour=red"), 400, "VALIDATION_FAILED");
  });

  it("answers 400 for a path parameter that is not valid percent-encoding", async () => {
    expectError(await call("GET", "/villages/%ZZ"), 400, "VALIDATION_FAILED");
  });

  it("answers 404 for a route that does not exist", async () => {
    expectError(await call("GET", "/nowhere"), 404, "NOT_FOUND");
  });
});

describe("stale cursors", () => {
  it("answers 400, not 500, for a cursor from before today's first listed product", async () => {
    const { village } = await listedProduct();
    // A genuine-looking cursor whose sort key lies before `today`, as one taken days ago would.
    const stale = Buffer.from(
      JSON.stringify({
        pk: "PRODUCT#prd_old",
        sk: "PRODUCT",
        gsi4pk: `PRODUCTS#VILLAGE#${village.villageId}`,
        gsi4sk: "2001-01-01#prd_old",
      }),
    ).toString("base64url");
    const res = await call("GET", `/products?villageId=${village.villageId}&cursor=${stale}`);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
  });
});

describe("a supplier's own products and the suppliers' list", () => {
  const staffOf = async (prefix: string) => {
    const account = `${prefix}-${unique()}`;
    return { account, token: await tokenFor(account, "supplier") };
  };

  it("lists every supplier to an administrator, newest first, with its staff accounts, page by page", async () => {
    const village = await createVillage();
    const made = [await createSupplier(village.villageId, ["list-a", "list-b"]), await createSupplier(village.villageId)];
    const { items, pages } = await allPages<{ supplierId: string; accountIds?: string[] }>("/suppliers", {
      token: await adminToken(),
      limit: 100,
      maxPages: 1000,
    });
    expect(pages).toBeGreaterThan(0);
    const byId = new Map(items.map((s) => [s.supplierId, s]));
    expect(byId.size).toBe(items.length);
    expect(byId.get(made[0]!.supplierId)).toMatchObject({ villageId: village.villageId, accountIds: ["list-a", "list-b"] });
    expect(byId.get(made[1]!.supplierId)?.accountIds).toEqual([]);
    // Newest first.
    const order = items.map((s) => s.supplierId);
    expect(order.indexOf(made[1]!.supplierId)).toBeLessThan(order.indexOf(made[0]!.supplierId));
    // The seeded suppliers are there too.
    expect(items.map((s: any) => s.name)).toContain("齐河县后周家庭农场");
  });

  it("lists to a supplier's staff only the suppliers they work for, without the staff accounts", async () => {
    const village = await createVillage();
    const { account, token } = await staffOf("staff-list");
    const mine = [
      await createSupplier(village.villageId, [account, "colleague"]),
      await createSupplier(village.villageId, [account, account]),
    ];
    await createSupplier(village.villageId, ["someone-else"]);
    const res = await api("GET /suppliers", { token, query: { limit: 1 } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const { items } = await allPages<{ supplierId: string; accountIds?: string[] }>("/suppliers", { token, limit: 1 });
    expect(items.map((s) => s.supplierId).sort()).toEqual(mine.map((s) => s.supplierId).sort());
    expect(items.every((s) => s.accountIds === undefined)).toBe(true);
    // An account repeated at registration is stored once.
    const admin = await allPages<{ supplierId: string; accountIds?: string[] }>("/suppliers", {
      token: await adminToken(),
      limit: 100,
      maxPages: 1000,
    });
    expect(admin.items.find((s) => s.supplierId === mine[1]!.supplierId)?.accountIds).toEqual([account]);
    expect((await api("GET /suppliers", { token: (await staffOf("nobody")).token })).body).toEqual({ items: [], nextCursor: null });
  });

  it("refuses the suppliers' list to buyers and to the signed-out", async () => {
    expectError(await call("GET", "/suppliers"), 401, "UNAUTHENTICATED");
    expectError(await call("GET", "/suppliers", { token: await tokenFor("b-sup", "buyer") }), 403, "FORBIDDEN");
  });

  it("shows a supplier's staff its products in every state, newest first, pending ones included", async () => {
    const village = await createVillage();
    const { account, token } = await staffOf("staff-own-list");
    const supplier = await createSupplier(village.villageId, [account]);
    const admin = await adminToken();
    const create = async (name: string) => {
      const res = await api("POST /products", { token, body: productInput(supplier.supplierId, village.villageId, { name }) });
      expect(res.status, res.text).toBe(201);
      return res.body.productId;
    };
    const first = await create("待认定的小米");
    const second = await create("已认定的桑椹");
    const third = await create("过期的红枣");
    await api("PUT /products/{productId}/certification", { token: admin, params: { productId: second }, body: certificationInput() });
    await api("PUT /products/{productId}/certification", {
      token: admin,
      params: { productId: third },
      body: certificationInput({ issuedOn: "2024-01-01", validUntil: "2025-01-01" }),
    });
    const { items, pages } = await allPages<{ productId: string; status: string }>(`/suppliers/${supplier.supplierId}/products`, {
      token,
      limit: 2,
    });
    expect(pages).toBe(2);
    expect(items.map((p) => [p.productId, p.status])).toEqual([
      [third, "expired"],
      [second, "listed"],
      [first, "pending_certification"],
    ]);
    // Administrators see the same list.
    const asAdmin = await api("GET /suppliers/{supplierId}/products", { token: admin, params: { supplierId: supplier.supplierId } });
    expect(asAdmin.body.items.map((p) => p.productId)).toEqual([third, second, first]);
  });

  it("refuses a supplier's products to another supplier's staff, to buyers and to the signed-out", async () => {
    const village = await createVillage();
    const own = await staffOf("staff-mine");
    const other = await staffOf("staff-theirs");
    const supplier = await createSupplier(village.villageId, [own.account]);
    await createSupplier(village.villageId, [other.account]);
    await api("POST /products", { token: own.token, body: productInput(supplier.supplierId, village.villageId) });
    const path = `/suppliers/${supplier.supplierId}/products`;
    expectError(await call("GET", path, { token: other.token }), 403, "FORBIDDEN");
    expectError(await call("GET", path, { token: await tokenFor("b-list", "buyer") }), 403, "FORBIDDEN");
    expectError(await call("GET", path), 401, "UNAUTHENTICATED");
    expectError(await call("GET", "/suppliers/sup_missing/products", { token: await adminToken() }), 404, "NOT_FOUND");
    expectError(await call("GET", `${path}?cursor=bad`, { token: own.token }), 400, "VALIDATION_FAILED");
  });

  it("keeps a product's description, changes it, and refuses a blank one", async () => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId);
    const token = await adminToken();
    const created = await api("POST /products", {
      token,
      body: productInput(supplier.supplierId, village.villageId, { description: "黄河故道古桑树群所产。\n自然晾晒，无添加。" }),
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.description).toBe("黄河故道古桑树群所产。\n自然晾晒，无添加。");
    const productId = created.body.productId;
    const changed = await api("PATCH /products/{productId}", { token, params: { productId }, body: { description: "新的介绍" } });
    expect(changed.body.description).toBe("新的介绍");
    const blank = await call("PATCH", `/products/${productId}`, { token, body: { description: " \u200B " } });
    expectError(blank, 400, "VALIDATION_FAILED");
    expect(blank.body.error.details.map((d: any) => d.path)).toContain("body.description");
    expect((await api("GET /products/{productId}", { token, params: { productId } })).body.description).toBe("新的介绍");
  });
});

describe("the certification queue and expiring certificates", () => {
  const today = chinaToday();
  const inDays = (n: number) => shiftDays(today, n);

  it("queues a new product for certification, drops it once certified, and queues it again when its supplier renames it", async () => {
    const village = await createVillage();
    const account = `staff-queue-${unique()}`;
    const supplier = await createSupplier(village.villageId, [account]);
    const admin = await adminToken();
    const staff = await tokenFor(account, "supplier");
    const created = await api("POST /products", { token: staff, body: productInput(supplier.supplierId, village.villageId) });
    const productId = created.body.productId;
    const queued = async () =>
      (
        await allPages<{ productId: string; status: string }>("/products/pending", { token: admin, limit: 100, maxPages: 1000 })
      ).items.filter((p) => p.productId === productId);
    expect(await queued()).toEqual([expect.objectContaining({ productId, status: "pending_certification" })]);
    await api("PUT /products/{productId}/certification", { token: admin, params: { productId }, body: certificationInput() });
    expect(await queued()).toEqual([]);
    const renamed = await api("PATCH /products/{productId}", { token: staff, params: { productId }, body: { name: `改名${unique()}` } });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.status).toBe("pending_certification");
    expect(await queued()).toHaveLength(1);
    // The seeded product still pending certification is in the queue.
    const all = await allPages<{ name: string }>("/products/pending", { token: admin, limit: 100, maxPages: 1000 });
    expect(all.items.map((p) => p.name)).toContain("齐河土鸡蛋");
  });

  it("lists listed products whose certificate ends within the days asked, soonest first", async () => {
    const village = await createVillage();
    const supplier = await createSupplier(village.villageId);
    const admin = await adminToken();
    const make = async (cert: Record<string, unknown>) => {
      const p = await api("POST /products", { token: admin, body: productInput(supplier.supplierId, village.villageId) });
      const c = await api("PUT /products/{productId}/certification", {
        token: admin,
        params: { productId: p.body.productId },
        body: certificationInput(cert),
      });
      expect(c.status, c.text).toBe(200);
      return p.body.productId;
    };
    const endsToday = await make({ issuedOn: "2026-01-01", validUntil: today });
    const inTen = await make({ issuedOn: "2026-01-01", validUntil: inDays(10) });
    const inThirty = await make({ issuedOn: "2026-01-01", validUntil: inDays(30) });
    const inThirtyOne = await make({ issuedOn: "2026-01-01", validUntil: inDays(31) });
    const expired = await make({ issuedOn: "2024-01-01", validUntil: inDays(-1) });
    const notYet = await make({ issuedOn: inDays(5), validUntil: inDays(20) });
    const mine = new Set([endsToday, inTen, inThirty, inThirtyOne, expired, notYet]);
    const expiring = async (withinDays?: number) => {
      const path = withinDays === undefined ? "/products/expiring" : `/products/expiring?withinDays=${withinDays}`;
      const { items } = await allPages<{ productId: string; status: string; certification: { validUntil: string } }>(path, {
        token: admin,
        limit: 50,
        maxPages: 1000,
      });
      const dates = items.map((p) => p.certification.validUntil);
      expect(dates).toEqual([...dates].sort());
      expect(items.every((p) => p.status === "listed")).toBe(true);
      return items.map((p) => p.productId).filter((id) => mine.has(id));
    };
    expect(await expiring()).toEqual([endsToday, inTen, inThirty]);
    expect(await expiring(10)).toEqual([endsToday, inTen]);
    expect(await expiring(0)).toEqual([endsToday]);
    expect(await expiring(31)).toEqual([endsToday, inTen, inThirty, inThirtyOne]);
  });

  it("refuses a number of days out of range, and the lists to anyone but an administrator", async () => {
    const admin = await adminToken();
    for (const bad of ["-1", "367", "1.5", "soon"]) {
      const res = await call("GET", `/products/expiring?withinDays=${bad}`, { token: admin });
      expectError(res, 400, "VALIDATION_FAILED");
      expect(res.body.error.details.map((d: any) => d.path)).toContain("query.withinDays");
    }
    const supplier = await tokenFor("supplier-xiaoshitang", "supplier");
    for (const path of ["/products/expiring", "/products/pending"]) {
      expectError(await call("GET", path, { token: supplier }), 403, "FORBIDDEN");
      expectError(await call("GET", path), 401, "UNAUTHENTICATED");
    }
  });
});
