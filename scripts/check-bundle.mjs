/*
 * Run after `npm run build`: what a browser downloads must not contain what belongs to the server, and each
 * page's first-load JavaScript must stay under a budget. Prints a table; exits 1 on any violation.
 *
 * - No client chunk may contain the common-password list (the server's password check): it is detected by the
 *   list's own long entries, so a renamed or re-bundled copy is caught too.
 * - First-load JS of a page: the chunks every page loads (rootMainFiles) plus the chunks of the page's layouts,
 *   boundaries and page (its client reference manifest), gzipped, as a browser would fetch them.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";

export const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 300);
const NEXT = path.resolve(".next");
const require = createRequire(import.meta.url);

if (!existsSync(path.join(NEXT, "build-manifest.json"))) {
  console.error("check-bundle: no production build in .next; run `npm run build` first.");
  process.exit(1);
}

const gzipped = new Map();
const gzipSize = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(NEXT, file))).length);
  return gzipped.get(file);
};

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const problems = [];

// The password list: any chunk holding more than a handful of its long entries carries the list. The package
// ships it prefix-compressed, so entries are looked for as plain substrings.
const { dictionary } = require("@zxcvbn-ts/language-common");
const markers = dictionary["passwords-common"].filter((entry) => entry.length >= 12 && /^[a-z0-9]+$/.test(entry)).slice(0, 200);
for (const file of walk(path.join(NEXT, "static"))) {
  if (!file.endsWith(".js")) continue;
  const text = readFileSync(file, "utf8");
  const found = markers.filter((marker) => text.includes(marker)).length;
  if (found > 5) problems.push(`${path.relative(NEXT, file)} contains the common-password list (${found} of ${markers.length} sampled entries)`);
}

// First-load JS per page.
const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8"));
const shared = build.rootMainFiles;
const rows = [];
for (const file of walk(path.join(NEXT, "server", "app"))) {
  if (!file.endsWith("page_client-reference-manifest.js")) continue;
  globalThis.self = globalThis;
  globalThis.__RSC_MANIFEST = {};
  require(file);
  for (const [route, manifest] of Object.entries(globalThis.__RSC_MANIFEST)) {
    if (route.includes("/_")) continue;
    const chunks = new Set([...shared, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
    const bytes = [...chunks].reduce((sum, chunk) => sum + gzipSize(chunk), 0);
    const page = route.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
    rows.push({ page, kb: bytes / 1024 });
  }
}
rows.sort((a, b) => a.page.localeCompare(b.page));
if (rows.length === 0) problems.push("no page manifests found: is this a Next.js app-router build?");

console.log(`First-load JS per page (gzipped; budget ${BUDGET_KB} KB):`);
for (const row of rows) {
  const over = row.kb > BUDGET_KB;
  if (over) problems.push(`${row.page} loads ${row.kb.toFixed(1)} KB of JavaScript, over the ${BUDGET_KB} KB budget`);
  console.log(`  ${over ? "✗" : "✓"} ${row.page.padEnd(32)} ${row.kb.toFixed(1).padStart(7)} KB`);
}
console.log(`Common-password list in client chunks: ${problems.some((problem) => problem.includes("password list")) ? "FOUND" : "none"}`);

if (problems.length > 0) {
  console.error(`\ncheck-bundle failed:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
