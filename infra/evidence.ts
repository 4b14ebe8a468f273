import { Duration, Names, RemovalPolicy, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** Where browsers upload through pre-signed URLs; the platform deletes its uploads there once checked. */
export const UPLOAD_PREFIX = "incoming/";
/** Where confirmed documents are kept: written once by the claims function, never deleted. */
export const DOCUMENT_PREFIX = "documents/";

export interface EvidenceBucketProps {
  /** The console's origin (`https://<distribution>`): the only page that may PUT and GET through pre-signed URLs. */
  consoleOrigin: string;
}

/**
 * Claim evidence (DESIGN decision 17): a private, encrypted, versioned bucket that only TLS reaches.
 * Browsers upload to `incoming/` through the claims function's pre-signed URLs; the function reads
 * each upload back, checks it against its declared SHA-256 and keeps it under `documents/`, which
 * nobody may delete from (nor any version of), and only the claims function may write to.
 */
export class EvidenceBucket extends Construct {
  readonly bucket: s3.Bucket;
  /** `https://<bucket>.s3.<region>.<suffix>`: where pre-signed URLs point, for the console's CSP. */
  readonly origin: string;

  constructor(scope: Construct, id: string, { consoleOrigin }: EvidenceBucketProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // Named, not generated: the console's CSP names this host, and a generated name would make the
    // CSP depend on the bucket, whose CORS names the console (a cycle). Unique per account, region and stack.
    const bucketName = `fupin-evidence-${stack.account}-${stack.region}-${Names.uniqueId(this).slice(-8).toLowerCase()}`;
    this.bucket = new s3.Bucket(this, "Files", {
      bucketName,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // An overwrite (which the function never makes: If-None-Match) would still keep what was there.
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedOrigins: [consoleOrigin],
          allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
          allowedHeaders: ["content-type", "x-amz-checksum-sha256"],
          exposedHeaders: ["ETag"],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          id: "uploads-are-transient",
          prefix: UPLOAD_PREFIX,
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    this.origin = `https://${bucketName}.s3.${stack.region}.${stack.urlSuffix}`;
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: "KeptDocumentsAreNeverDeleted",
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ["s3:DeleteObject", "s3:DeleteObjectVersion"],
        resources: [this.bucket.arnForObjects(`${DOCUMENT_PREFIX}*`)],
      }),
    );
  }

  /**
   * What the claims function needs: read and write uploads and documents, delete uploads, list
   * (so a missing object answers 404, not 403). Writing documents is then denied to every other principal.
   */
  grantClaims(role: iam.IRole): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["s3:GetObject", "s3:PutObject"],
        resources: [this.bucket.arnForObjects(`${UPLOAD_PREFIX}*`), this.bucket.arnForObjects(`${DOCUMENT_PREFIX}*`)],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ["s3:DeleteObject"], resources: [this.bucket.arnForObjects(`${UPLOAD_PREFIX}*`)] }),
    );
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ["s3:ListBucket"], resources: [this.bucket.bucketArn] }));
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: "OnlyTheClaimsFunctionKeepsDocuments",
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ["s3:PutObject"],
        resources: [this.bucket.arnForObjects(`${DOCUMENT_PREFIX}*`)],
        conditions: { ArnNotEquals: { "aws:PrincipalArn": role.roleArn } },
      }),
    );
  }
}
