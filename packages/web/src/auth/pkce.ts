/**
 * Proof Key for Code Exchange (RFC 7636) with the browser's WebCrypto: a random verifier, its S256
 * challenge, and a random state. Pure functions over `crypto`, so a unit test runs them in Node too.
 */

const base64url = (bytes: Uint8Array): string => {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const randomText = (byteCount: number): string => base64url(crypto.getRandomValues(new Uint8Array(byteCount)));

/** 32 random bytes as base64url: 43 characters of [A-Za-z0-9-_], inside RFC 7636's 43..128. */
export const createVerifier = (): string => randomText(32);

/** A value tying the redirect back to the sign-in that started it. */
export const createState = (): string => randomText(16);

/** BASE64URL(SHA256(ASCII(verifier))): the `code_challenge` with `code_challenge_method=S256`. */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
