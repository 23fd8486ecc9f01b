import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROLE = "(ADMIN|EDITOR|OPS|MEMBER)";
// A role literal used to decide something: compared for equality, a switch case, or a list of roles (the old
// "who may" lists, whatever they are then used with).
const COMPARISONS = [
  new RegExp(`[!=]==?\\s*["'\`]${ROLE}["'\`]`),
  new RegExp(`["'\`]${ROLE}["'\`]\\s*[!=]==?`),
  new RegExp(`case\\s+["'\`]${ROLE}["'\`]`),
  // Double quotes only: single-quoted role arrays are SQL (seed data), not decisions.
  new RegExp(`\\[\\s*["\`]${ROLE}["\`]`),
];
const ALLOWED = new Set(["lib/auth/policy.ts"]);
const ROOTS = ["app", "components", "lib", "scripts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs)$/.test(name) ? [file] : [];
  });
}

describe("authorization is decided in one place", () => {
  it("no module but lib/auth/policy.ts compares roles", () => {
    const offenders = ROOTS.flatMap(sourceFiles)
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
          .filter(({ text }) => COMPARISONS.some((pattern) => pattern.test(text))),
      );
    expect(offenders).toEqual([]);
  });

  it("the check finds a role comparison where there is one", () => {
    const samples = ['if (user.role === "ADMIN") {', 'return role !== "EDITOR";', 'case "OPS":', '["ADMIN", "OPS"].includes(role)', 'const WRITERS = ["ADMIN", "EDITOR"] as const;'];
    for (const sample of samples) expect(COMPARISONS.some((pattern) => pattern.test(sample)), sample).toBe(true);
  });
});
