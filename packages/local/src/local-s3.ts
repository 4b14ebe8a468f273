import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { LOCAL_S3_CREDENTIALS } from "@fupin/core/claims/documents/object-store";
import { isPresigned, verifyPresigned } from "./presigned-url";

/**
 * The evidence bucket locally: s3rver (an S3-compatible server in this process, objects under
 * DATA_DIR) behind a small front that holds requests to what S3 holds them to and s3rver does not:
 * a pre-signed URL's signature (method, path, length, type, checksum header), a PUT's bytes
 * against its x-amz-checksum-sha256, If-None-Match: * on a PUT, and no anonymous access (the AWS
 * bucket blocks public access). The platform's S3 client and the browser both talk to the front,
 * with the very requests they send to S3, so the pre-signed URL flow runs for real.
 */
export interface LocalS3 {
  /** The front's URL: the functions' S3_ENDPOINT. */
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

/** What a PUT through the front may carry: the documents' limit and some room. */
const MAX_PUT_BYTES = 25 * 1024 * 1024;

const corsXml = (origins: readonly string[]) =>
  `<CORSConfiguration><CORSRule>${origins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join("")}<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<&>]/g, "")}</Message></Error>`;

/** The whole body, or null once it passes `limit` (the rest is drained, not kept). */
const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });

export async function startLocalS3(opts: {
  /** 0: any free port. */
  port: number;
  directory: string;
  bucket: string;
  /** Origins whose pages may PUT and GET through pre-signed URLs (the console's). */
  allowedOrigins: readonly string[];
}): Promise<LocalS3> {
  const s3rver = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory: opts.directory,
    silent: true,
    configureBuckets: [{ name: opts.bucket, configs: opts.allowedOrigins.length ? [corsXml(opts.allowedOrigins)] : [] }],
  });
  const inner = await s3rver.run();
  const secretFor = (id: string) => (id === LOCAL_S3_CREDENTIALS.accessKeyId ? LOCAL_S3_CREDENTIALS.secretAccessKey : undefined);

  const forward = (req: IncomingMessage, res: ServerResponse, body?: Buffer) => {
    // A body read here already had its 100-continue.
    const { expect: _expect, ...headers } = req.headers;
    const upstream = httpRequest(
      { host: "127.0.0.1", port: inner.port, method: req.method, path: req.url, headers: body ? headers : req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (e) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(e.message);
    });
    if (body) upstream.end(body);
    else req.pipe(upstream);
  };

  /** Whether an object is at the request's path (asked with the request's own credentials). */
  const exists = (req: IncomingMessage) =>
    new Promise<boolean>((resolve, reject) => {
      const path = (req.url ?? "/").split("?")[0];
      // Without the PUT's condition, which a HEAD would apply to itself (304).
      const { "if-none-match": _condition, ...headers } = req.headers;
      const head = httpRequest(
        { host: "127.0.0.1", port: inner.port, method: "HEAD", path, headers: { ...headers, "content-length": "0" } },
        (answer) => {
          answer.resume();
          resolve(answer.statusCode === 200);
        },
      );
      head.on("error", reject);
      head.end();
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    const refuse = (status: number, code: string, message: string) => {
      req.resume();
      res.writeHead(status, {
        "content-type": "application/xml",
        // S3 answers a refusal with the bucket's CORS headers too, so a page can read it.
        ...(origin && opts.allowedOrigins.includes(origin) ? { "access-control-allow-origin": origin, vary: "Origin" } : {}),
      });
      res.end(xmlError(code, message));
    };
    const url = req.url ?? "/";
    if (req.method === "OPTIONS") return forward(req, res); // CORS preflight: unauthenticated, as in S3
    let checksumSigned = false;
    if (isPresigned(url)) {
      const verdict = verifyPresigned({ method: req.method ?? "GET", url, headers: req.headers }, secretFor);
      if (!verdict.ok) return refuse(verdict.status, verdict.code, verdict.message);
      checksumSigned = verdict.signedHeaders.includes("x-amz-checksum-sha256");
    } else if (!req.headers.authorization) {
      return refuse(403, "AccessDenied", "Access Denied");
    }
    if (req.method !== "PUT") return forward(req, res);
    if (req.headers["if-none-match"] === "*" && (await exists(req))) {
      return refuse(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
    }
    const checksum = req.headers["x-amz-checksum-sha256"];
    if (!checksumSigned && typeof checksum !== "string") return forward(req, res);
    const body = await readBody(req, MAX_PUT_BYTES);
    if (!body) return refuse(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
    if (createHash("sha256").update(body).digest("base64") !== checksum) {
      return refuse(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
    }
    forward(req, res, body);
  };

  const front: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/xml" });
      res.end(xmlError("InternalError", e.message));
    });
  });
  await new Promise<void>((resolve, reject) => {
    front.once("error", reject);
    front.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const { port } = front.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: opts.bucket,
    stop: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      s3rver.httpServer?.closeAllConnections();
      await s3rver.close();
    },
  };
}
