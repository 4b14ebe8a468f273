import { useRef } from "react";

/**
 * The Idempotency-Key of one attempt at a write: the same body sent again (a retry after a lost
 * answer, a second click) keeps its key, so the platform records it once; a changed body, or the
 * next entry after `done()`, gets a fresh one.
 */
export function useAttemptKey() {
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor: (body: unknown) => {
      const text = JSON.stringify(body);
      if (attempt.current?.body !== text) attempt.current = { body: text, key: crypto.randomUUID() };
      return attempt.current.key;
    },
    done: () => {
      attempt.current = null;
    },
  };
}
