import { expect } from "vitest";
import { creditCodeCheckChar } from "@fupin/core/enterprises/credit-code";
import { residentIdCheckChar } from "@fupin/core/identity/resident-id";
import { call, tokenFor, unique } from "./api";

/** Valid objects by default; a test overrides only what it is about. */
export const adminToken = () => tokenFor("admin-e2e", "admin");

export function villageInput(overrides: Record<string, unknown> = {}) {
  return { name: `测试村${unique()}`, province: "山东省", city: "德州市", county: `测试县${unique()}`, township: "苏留庄镇", ...overrides };
}

export function certificationInput(overrides: Record<string, unknown> = {}) {
  return {
    certificateNo: `CERT-${unique()}`,
    authorityLevel: "county",
    authority: "夏津县扶贫开发领导小组办公室",
    catalogBatch: "德州市第一批扶贫产品目录",
    issuedOn: "2026-01-01",
    validUntil: "2099-12-31",
    ...overrides,
  };
}

export async function createVillage(overrides: Record<string, unknown> = {}) {
  const res = await call("POST", "/villages", { token: await adminToken(), body: villageInput(overrides) });
  expect(res.status, res.text).toBe(201);
  return res.body as { villageId: string; county: string; name: string };
}

export async function createSupplier(villageId: string, accountIds: string[] = []) {
  const res = await call("POST", "/suppliers", {
    token: await adminToken(),
    body: { name: `合作社${unique()}`, kind: "cooperative", villageId, accountIds },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { supplierId: string };
}

export function productInput(supplierId: string, villageId: string, overrides: Record<string, unknown> = {}) {
  return {
    supplierId,
    villageId,
    name: `桑椹干${unique()}`,
    category: "果蔬",
    unit: "250g/袋",
    priceFen: 3980,
    stock: 100,
    povertyLink: { mode: "business_income", households: 10 },
    ...overrides,
  };
}

/** A village (new, or the one given) with a supplier and one product certified valid until 2099. */
export async function listedProduct(overrides: Record<string, unknown> = {}, cert: Record<string, unknown> = {}) {
  const village = typeof overrides.villageId === "string" ? { villageId: overrides.villageId, county: "", name: "" } : await createVillage();
  const supplier = await createSupplier(village.villageId);
  const token = await adminToken();
  const created = await call("POST", "/products", { token, body: productInput(supplier.supplierId, village.villageId, overrides) });
  expect(created.status, created.text).toBe(201);
  const certified = await call("PUT", `/products/${created.body.productId}/certification`, { token, body: certificationInput(cert) });
  expect(certified.status, certified.text).toBe(200);
  return { village, supplier, product: certified.body as { productId: string; status: string; priceFen: number; stock: number } };
}

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)]!;

/** A fresh, valid 统一社会信用代码 (GB 32100 check character computed). */
export function creditCode(): string {
  let first17 = "91";
  for (let i = 0; i < 6; i++) first17 += pick("0123456789");
  for (let i = 0; i < 9; i++) first17 += pick(CREDIT_CODE_CHARSET);
  return first17 + creditCodeCheckChar(first17);
}

let serial = 0;
/** A fresh, fictional resident id (area 99xxxx does not exist) with a valid GB 11643 check character. */
export function residentId(): string {
  const area = String(990000 + Math.floor(Math.random() * 9999)).padStart(6, "0");
  const seq = String((serial++ * 7 + Math.floor(Math.random() * 1000)) % 1000).padStart(3, "0");
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const first17 = `${area}19${String(40 + Math.floor(Math.random() * 50))}${month}${day}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** A fictional resident id (area 99xxxx) with the given 8-digit birth segment and a valid check character, possible date or not. */
export function residentIdBornOn(birth: string): string {
  const first17 = `${residentId().slice(0, 6)}${birth}${String(serial++ % 1000).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}
