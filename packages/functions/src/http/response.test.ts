import { describe, expect, it } from "vitest";
import { ruleViolated, unavailable } from "@fupin/core/platform/errors";
import { errorResponse, internalErrorResponse } from "./response";

const capExhausted = ruleViolated("CAP_EXHAUSTED", "Nothing remains of the household's 2026 cap of 10000000 fen in this scheme", [
  {
    path: "householdId",
    message: "already received 10000000 fen of 10000000 fen in 2026",
    perHouseholdYearCapFen: 10_000_000,
    householdYearPaidFen: 10_000_000,
    year: "2026",
  },
]);

describe("errorResponse", () => {
  it("answers English as always, saying so and that the message depends on Accept-Language", () => {
    const res = errorResponse(capExhausted);
    expect(res.statusCode).toBe(422);
    expect(JSON.parse(res.body as string)).toEqual({
      error: { code: "CAP_EXHAUSTED", message: capExhausted.message, details: capExhausted.details },
    });
    expect(res.headers).toMatchObject({ "content-language": "en", vary: "accept-language" });
  });

  it("answers the message in Chinese for zh-CN, code and details unchanged", () => {
    const res = errorResponse(capExhausted, "zh-CN");
    const body = JSON.parse(res.body as string);
    expect(body.error.code).toBe("CAP_EXHAUSTED");
    expect(body.error.details).toEqual(capExhausted.details);
    expect(body.error.message).toBe("该农户2026年在本方案已获赔 ¥100,000.00，每户年度赔付上限为 ¥100,000.00，额度已用完，不能再获赔付。");
    expect(res.headers).toMatchObject({ "content-language": "zh-CN", vary: "accept-language" });
  });

  it("keeps Retry-After on an unavailable dependency in either language", () => {
    const res = errorResponse(unavailable("SERVICE_UNAVAILABLE", "The database is not answering right now; try again shortly", 7), "zh-CN");
    expect(res.statusCode).toBe(503);
    expect(res.headers).toMatchObject({ "retry-after": "7", "content-language": "zh-CN" });
    expect(JSON.parse(res.body as string).error.message).toMatch(/请稍后重试/);
  });

  it("answers an internal error with the request id to quote, in either language", () => {
    expect(JSON.parse(internalErrorResponse("req-1").body as string).error.message).toBe(
      "Something went wrong on our side; quote request req-1",
    );
    expect(JSON.parse(internalErrorResponse("req-1", "zh-CN").body as string).error.message).toContain("请求编号 req-1");
  });
});
