import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "./error-messages";

/**
 * The catalog must know every code the platform can answer with, so a new code without a Chinese
 * message fails the build. This reads the server-side sources (the web console consumes codes and
 * emits none) and collects the codes at every place one is made.
 */

const PACKAGES = fileURLToPath(new URL("../../../", import.meta.url));
const SERVER_PACKAGES = ["core", "functions", "local"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The top-level arguments of the call whose `(` is at `open`, as source text (strings and nesting respected). */
function callArgs(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === "\\") i++;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(source.slice(start, i));
        return args.map((a) => a.trim()).filter((a) => a !== "");
      }
    } else if (c === "," && depth === 1) {
      args.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** Where each helper takes its code: `conflict(code, …)`, `forbidden(message, code = "FORBIDDEN", …)`, … */
const CODE_ARGUMENT: Record<string, { index: number; default?: string }> = {
  ruleViolated: { index: 0 },
  conflict: { index: 0 },
  unavailable: { index: 0 },
  forbidden: { index: 1, default: "FORBIDDEN" },
  DomainError: { index: 1 },
};
const CALL = /\b(new\s+DomainError|ruleViolated|conflict|unavailable|forbidden)\s*\(/g;
const LITERAL_CODE = /^"([A-Z][A-Z0-9_]*)"$/;
/** An error body built by hand (`code: "INTERNAL"`) or a helper's default (`code = "FORBIDDEN"`). */
const CODE_FIELD = /\bcode\s*[:=]\s*"([A-Z][A-Z0-9_]*)"/g;

interface Found {
  codes: Map<string, string[]>;
  unresolved: string[];
}

function scan(): Found {
  const codes = new Map<string, string[]>();
  const unresolved: string[] = [];
  const add = (code: string, where: string) => codes.set(code, [...(codes.get(code) ?? []), where]);
  for (const pkg of SERVER_PACKAGES) {
    for (const file of sourceFiles(join(PACKAGES, pkg, "src"))) {
      const source = readFileSync(file, "utf8");
      const name = relative(PACKAGES, file);
      const constants = new Map([...source.matchAll(/\bconst\s+([A-Z][A-Z0-9_]*)\s*=\s*"([A-Z][A-Z0-9_]*)"/g)].map((m) => [m[1]!, m[2]!]));
      for (const m of source.matchAll(CALL)) {
        const helper = m[1]!.replace(/^new\s+/, "");
        const spec = CODE_ARGUMENT[helper]!;
        const args = callArgs(source, m.index! + m[0].length - 1);
        const where = `${name}:${source.slice(0, m.index).split("\n").length}`;
        if (args.length === 0) continue; // another module's function of the same name (the Stripe stand-in's conflict())
        const arg = args[spec.index];
        if (arg === undefined) {
          if (spec.default) add(spec.default, where);
          continue;
        }
        const code = LITERAL_CODE.exec(arg)?.[1] ?? constants.get(arg);
        if (code) add(code, where);
        // The helpers' own definitions pass their `code` parameter on.
        else if (!(name.endsWith("platform/errors.ts") && arg === "code")) unresolved.push(`${where}: ${helper}(…${arg}…)`);
      }
      for (const m of source.matchAll(CODE_FIELD)) add(m[1]!, `${name}:${source.slice(0, m.index).split("\n").length}`);
    }
  }
  return { codes, unresolved };
}

describe("every error code the platform emits", () => {
  const { codes, unresolved } = scan();

  it("is found where it is made: a code passed through a variable must be a constant of its file", () => {
    expect(unresolved).toEqual([]);
    expect(codes.size).toBeGreaterThan(20);
  });

  it("is in ERROR_CODES, so it has a Chinese message", () => {
    const known = new Set<string>(ERROR_CODES);
    const missing = [...codes].filter(([code]) => !known.has(code)).map(([code, where]) => `${code} (${where.join(", ")})`);
    expect(missing, "add these to ERROR_CODES and the Chinese catalog").toEqual([]);
  });

  it("and ERROR_CODES lists nothing the platform no longer emits", () => {
    expect(ERROR_CODES.filter((code) => !codes.has(code))).toEqual([]);
  });
});
