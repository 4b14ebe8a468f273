/**
 * A reason `npm start` cannot start that the user can act on (Java missing, a port or DATA_DIR
 * taken, a bad setting): main.ts prints its message alone, one line, with no stack trace.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
