import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * Checks an S3 pre-signed (SigV4 query) request as S3 does: the signature over the method, path,
 * query and signed headers, and the validity window. s3rver checks only the window, so without
 * this a local URL would accept another method, path, length, type or checksum than it was signed
 * for, and the console's upload could pass locally and fail in AWS. Pure.
 */

export type PresignedVerdict = { ok: true; signedHeaders: string[] } | { ok: false; status: number; code: string; message: string };

const refuse = (code: string, message: string, status = 403): PresignedVerdict => ({ ok: false, status, code, message });

/** RFC 3986 encoding as SigV4 wants it: everything but A–Z a–z 0–9 - _ . ~ */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** `20260301T081500Z` → its instant, or NaN. */
function amzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
}

/** The query's parameters, decoded, in their order; null when one is not valid percent-encoding. */
function queryParams(rawQuery: string): [string, string][] | null {
  try {
    return rawQuery
      .split("&")
      .filter((p) => p !== "")
      .map((pair) => {
        const at = pair.indexOf("=");
        const [k, v] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
        return [decodeURIComponent(k), decodeURIComponent(v)];
      });
  } catch {
    return null;
  }
}

const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return (Array.isArray(v) ? v.join(",") : v)?.trim().replace(/\s+/g, " ");
};

/** Whether the request carries a pre-signed query signature at all. */
export const isPresigned = (rawUrl: string) => /[?&]X-Amz-Algorithm=/.test(rawUrl);

export function verifyPresigned(
  request: { method: string; url: string; headers: IncomingHttpHeaders },
  secretFor: (accessKeyId: string) => string | undefined,
  now = Date.now(),
): PresignedVerdict {
  const q = request.url.indexOf("?");
  const path = q < 0 ? request.url : request.url.slice(0, q);
  const params = queryParams(q < 0 ? "" : request.url.slice(q + 1));
  if (!params) return refuse("AuthorizationQueryParametersError", "The query string is not valid percent-encoding", 400);
  const get = (name: string) => params.find(([k]) => k === name)?.[1];

  const [algorithm, credential, date, expires, signedHeaderList, signature] = [
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Date",
    "X-Amz-Expires",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
  ].map(get);
  if (algorithm !== "AWS4-HMAC-SHA256" || !credential || !date || !expires || !signedHeaderList || !signature) {
    return refuse("AuthorizationQueryParametersError", "Query-string authentication version 4 requires the X-Amz-* parameters", 400);
  }
  const [accessKeyId, day, region, service, terminator, ...rest] = credential.split("/");
  if (!accessKeyId || !day || !region || !service || terminator !== "aws4_request" || rest.length > 0) {
    return refuse("AuthorizationQueryParametersError", "X-Amz-Credential is malformed", 400);
  }
  const secret = secretFor(accessKeyId);
  if (secret === undefined) return refuse("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");

  const signedAt = amzDate(date);
  const lifetime = Number(expires);
  if (Number.isNaN(signedAt) || !date.startsWith(day)) return refuse("AuthorizationQueryParametersError", "X-Amz-Date is malformed", 400);
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > 604_800) {
    return refuse("AuthorizationQueryParametersError", "X-Amz-Expires must be between 1 and 604800 seconds", 400);
  }
  if (now < signedAt - 15 * 60_000) return refuse("AccessDenied", "Request is not valid yet");
  if (now > signedAt + lifetime * 1000) return refuse("AccessDenied", "Request has expired");

  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("host")) return refuse("AccessDenied", "The host header must be signed");
  const canonicalHeaders: string[] = [];
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    // A signed header the request does not send cannot match its signature.
    if (value === undefined) return refuse("SignatureDoesNotMatch", `The request does not send the signed header ${name}`);
    canonicalHeaders.push(`${name}:${value}\n`);
  }
  const canonicalQuery = params
    .filter(([k]) => k !== "X-Amz-Signature")
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalRequest = [
    request.method.toUpperCase(),
    path,
    canonicalQuery,
    canonicalHeaders.join(""),
    signedHeaderList,
    get("X-Amz-Content-Sha256") ?? "UNSIGNED-PAYLOAD",
  ].join("\n");
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, createHash("sha256").update(canonicalRequest, "utf8").digest("hex")].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), "aws4_request");
  const expected = Buffer.from(hmac(key, stringToSign).toString("hex"));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return refuse("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
  }
  return { ok: true, signedHeaders };
}
