import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = path.join(process.cwd(), "scripts", "check-bundle.mjs");
const PASSWORD_LIST = path.join(process.cwd(), "node_modules/@zxcvbn-ts/language-common/dist/passwords.json.mjs");

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A minimal .next folder: one shared chunk, one page with a chunk of its own. */
function fakeBuild(pageChunk: (file: string) => void) {
  dir = mkdtempSync(path.join(tmpdir(), "check-bundle-"));
  const next = path.join(dir, ".next");
  mkdirSync(path.join(next, "static", "chunks"), { recursive: true });
  mkdirSync(path.join(next, "server", "app", "admin"), { recursive: true });
  writeFileSync(path.join(next, "static", "chunks", "main.js"), "console.log('main');");
  pageChunk(path.join(next, "static", "chunks", "page.js"));
  writeFileSync(path.join(next, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/main.js"] }));
  writeFileSync(
    path.join(next, "server", "app", "admin", "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST["/admin/page"] = ${JSON.stringify({ entryJSFiles: { "[project]/app/admin/page": ["static/chunks/page.js"] } })};`,
  );
}

async function check(env: Record<string, string> = {}) {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT], { cwd: dir, env: { ...process.env, ...env } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the bundle check", () => {
  it("passes a build without the password list and under budget, printing each page's size", async () => {
    fakeBuild((file) => writeFileSync(file, "console.log('page');"));
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/✓ \/admin\s+\d+\.\d KB/);
  });

  it("fails when a client chunk carries the common-password list", async () => {
    fakeBuild((file) => copyFileSync(PASSWORD_LIST, file));
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.output).toContain("static/chunks/page.js contains the common-password list");
  });

  it("fails when a page's first-load JS is over the budget", async () => {
    fakeBuild((file) => writeFileSync(file, "console.log('page');"));
    const result = await check({ FIRST_LOAD_BUDGET_KB: "0.01" });
    expect(result.code).toBe(1);
    expect(result.output).toContain("/admin loads");
  });
});
