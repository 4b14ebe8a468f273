/** Debian's Chromium (apt-get install chromium); playwright-core drives it and never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless, and quiet on the network: this machine has no network but the package registries, and
 * Chromium otherwise keeps trying Google's services (updates, sync, QUIC probes). playwright-core
 * gives every launch a fresh temporary user-data-dir and removes it on close.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
