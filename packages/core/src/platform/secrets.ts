import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

const cache = new Map<string, Promise<Record<string, string>>>();

/** A JSON secret from Secrets Manager, read once per cold start. */
export function secretJson(arn: string): Promise<Record<string, string>> {
  let value = cache.get(arn);
  if (!value) {
    value = new SecretsManagerClient({})
      .send(new GetSecretValueCommand({ SecretId: arn }))
      .then((out) => JSON.parse(out.SecretString ?? "{}") as Record<string, string>);
    // A failed read is not cached: the next request tries again.
    value.catch(() => cache.delete(arn));
    cache.set(arn, value);
  }
  return value;
}
