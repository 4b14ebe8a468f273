import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { type Config, config } from "../../platform/config";
import { contentDisposition, hexToBase64 } from "./files";

/**
 * The evidence bucket, the one place claim documents' bytes are: S3 in AWS, and locally the
 * S3-compatible server the local runtime starts (S3_ENDPOINT), through this same code, so the
 * pre-signed URL flow is exercised for real everywhere. Only claims/documents uses it.
 */
export interface EvidenceStore {
  /**
   * A URL to PUT one object at `key` until `expiresIn` seconds from now, signed over its length
   * and SHA-256 (S3 refuses other bytes) and its Content-Type: the headers to send with it.
   */
  uploadUrl(
    key: string,
    file: { contentType: string; sizeBytes: number; sha256: string },
    expiresIn: number,
  ): Promise<{ url: string; headers: Record<string, string> }>;
  /** The object's bytes and type, or null when there is none; bytes null when it is longer than `maxBytes`. */
  read(key: string, maxBytes: number): Promise<{ size: number; contentType: string | null; bytes: Buffer | null } | null>;
  /** Writes bytes the platform verified under a key that must be new: "exists" when it was already written. */
  putNew(key: string, bytes: Buffer, file: { contentType: string; sha256: string }): Promise<"created" | "exists">;
  remove(key: string): Promise<void>;
  /** A URL to GET the object for `expiresIn` seconds, shown inline under its file name. */
  viewUrl(key: string, file: { fileName: string; contentType: string }, expiresIn: number): Promise<string>;
}

type S3Settings = Pick<Config, "EVIDENCE_BUCKET" | "S3_ENDPOINT" | "AWS_REGION">;

/** The local runtime's S3 stand-in (s3rver) knows this one key pair; AWS uses the function's role. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export function s3EvidenceStore(settings: S3Settings = config()): EvidenceStore {
  const endpoint = settings.S3_ENDPOINT;
  const client = new S3Client({
    region: settings.AWS_REGION,
    ...(endpoint ? { endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS } : {}),
    // The SDK's default CRC32 on every request would land in pre-signed URLs as a checksum of no
    // body; the platform names its own SHA-256 where it wants one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 8_000, throwOnRequestTimeout: true },
  });
  const Bucket = settings.EVIDENCE_BUCKET;
  const missing = (e: unknown) => e instanceof S3ServiceException && (e.name === "NoSuchKey" || e.$metadata.httpStatusCode === 404);

  return {
    async uploadUrl(key, file, expiresIn) {
      const checksum = hexToBase64(file.sha256);
      const url = await getSignedUrl(
        client,
        new PutObjectCommand({ Bucket, Key: key, ContentType: file.contentType, ContentLength: file.sizeBytes, ChecksumSHA256: checksum }),
        {
          expiresIn,
          // Signed, so the browser must send these very values; as headers, so S3 checks the bytes against the checksum.
          signableHeaders: new Set(["content-type", "content-length"]),
          unhoistableHeaders: new Set(["x-amz-checksum-sha256"]),
        },
      );
      return { url, headers: { "content-type": file.contentType, "x-amz-checksum-sha256": checksum } };
    },

    async read(key, maxBytes) {
      let out: GetObjectCommandOutput;
      try {
        out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
      const body = out.Body as (AsyncIterable<Uint8Array> & { destroy?: () => void }) | undefined;
      const size = out.ContentLength ?? 0;
      const contentType = out.ContentType ?? null;
      if (!body) return { size, contentType, bytes: Buffer.alloc(0) };
      if (size > maxBytes) {
        body.destroy?.();
        return { size, contentType, bytes: null };
      }
      // Never hold more than the limit, whatever the length header said.
      const chunks: Buffer[] = [];
      let read = 0;
      for await (const chunk of body) {
        read += chunk.length;
        if (read > maxBytes) {
          body.destroy?.();
          return { size: read, contentType, bytes: null };
        }
        chunks.push(Buffer.from(chunk));
      }
      return { size: read, contentType, bytes: Buffer.concat(chunks) };
    },

    async putNew(key, bytes, file) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: bytes,
            ContentType: file.contentType,
            ChecksumSHA256: hexToBase64(file.sha256),
            // Never over another object (S3 answers 412); the bucket also refuses deletes of confirmed documents.
            IfNoneMatch: "*",
          }),
        );
        return "created";
      } catch (e) {
        if (e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 412 || e.name === "PreconditionFailed")) return "exists";
        throw e;
      }
    },

    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async viewUrl(key, file, expiresIn) {
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket,
          Key: key,
          ResponseContentDisposition: contentDisposition(file.fileName),
          ResponseContentType: file.contentType,
        }),
        { expiresIn },
      );
    },
  };
}

let cached: EvidenceStore | undefined;

/** One store per process, from the configuration (as db()). */
export function evidenceStore(): EvidenceStore {
  cached ??= s3EvidenceStore();
  return cached;
}
