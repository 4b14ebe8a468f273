import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";

/** Every wait in a browser test is bounded well below the project's test timeout (120 s). */
export const WAIT_MS = 20_000;

export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 375, height: 800 } as const;

const SCREENSHOTS = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export const consoleUrl = (path = "/") => `${inject("baseUrl")}/console${path === "/" ? "/" : path}`;

/**
 * One Chromium per test file, a fresh context (cookies, storage) per test, desktop-sized, in
 * Chinese and China time. Call at the top of a file; use `page()` inside tests.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: WAIT_MS });
  }, 60_000);
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A page in a new context (closed after the test); `viewport` MOBILE for a phone-sized one. */
    async page(viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
      const context = await browser!.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai", baseURL: inject("baseUrl") });
      contexts.push(context);
      context.setDefaultTimeout(WAIT_MS);
      context.setDefaultNavigationTimeout(WAIT_MS);
      const page = await context.newPage();
      page.on("pageerror", (e) => process.stderr.write(`[browser] page error: ${e.message}\n`));
      return page;
    },
  };
}

/** A staff account's area, as the sign-in page asks for it (staff see and act only within it). */
export interface StaffArea {
  province?: string;
  city?: string;
  county?: string;
  township?: string;
}

const AREA_LABELS: Record<keyof StaffArea, string> = { province: "所属省份", city: "所属城市", county: "所属区县", township: "所属乡镇" };

/** Signs in through the console's development sign-in page, as a person would, and waits to land. */
export async function signIn(page: Page, sub: string, roles: string[], next = "/", area: StaffArea = {}) {
  await page.goto(consoleUrl(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel("账号 (sub)").fill(sub);
  for (const [role, label] of Object.entries(ROLE_LABELS)) {
    const box = page.getByRole("checkbox", { name: label, exact: true });
    if ((await box.isChecked()) !== roles.includes(role)) await box.click();
  }
  for (const [level, label] of Object.entries(AREA_LABELS) as [keyof StaffArea, string][]) {
    if (!area[level]) continue;
    await page.getByLabel(label, { exact: true }).fill(area[level]);
    // Closes the field's suggestions, which could cover the button below.
    await page.keyboard.press("Escape");
  }
  await page.locator("form#sign-in").getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/console/sign-in"));
  await expect.poll(() => page.getByTestId("account-menu").count(), { timeout: WAIT_MS }).toBe(1);
}

const ROLE_LABELS: Record<string, string> = {
  buyer: "买家",
  supplier: "供应商",
  enterprise: "帮扶企业",
  clerk: "经办人员",
  approver: "审批人员",
  finance: "财务人员",
  admin: "管理员",
};

/** Waits until the page has settled: no request in flight, no spinner or skeleton showing. */
export async function settle(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: WAIT_MS }).catch(() => undefined);
  await expect
    .poll(() => page.locator(".ant-spin-spinning, .ant-skeleton-active").count(), {
      timeout: WAIT_MS,
      message: "the page never stopped loading",
    })
    .toBe(0);
}

/** A full-page screenshot in docs/screenshots/<name>.png (<name>-375.png for a phone-sized page). */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  const file = join(SCREENSHOTS, `${name}${width <= MOBILE.width ? "-375" : ""}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
  return file;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page and fails on serious or critical violations, printing each. */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const page = globalThis as any;
    const result = await page.axe.run(page.document, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
    )
    .join("\n");
  expect(bad, `accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
export async function expectNoHorizontalOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
    width: (globalThis as unknown as { innerWidth: number }).innerWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

/**
 * Checks and records the page as it is, on a desktop and then on a 375 px phone (the same page,
 * resized): axe finds no serious or critical violation, the phone needs no sideways scrolling, and
 * both screenshots land in docs/screenshots/.
 */
export async function captureBothSizes(page: Page, name: string) {
  const original = page.viewportSize() ?? DESKTOP;
  for (const size of [DESKTOP, MOBILE]) {
    await page.setViewportSize(size);
    await settle(page);
    await page.waitForTimeout(300); // the layout follows the media query; charts redraw
    await expectAccessible(page);
    if (size === MOBILE) await expectNoHorizontalOverflow(page);
    await screenshot(page, name);
  }
  await page.setViewportSize(original);
  await settle(page);
}
