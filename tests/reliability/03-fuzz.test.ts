import { randomUUID } from "node:crypto";
import { maxHeaderSize } from "node:http";
import fc from "fast-check";
import { beforeAll, expect, inject, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { hashPassword } from "@/lib/auth/password";
import { ROUTE_PERMISSIONS, type RouteName } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/api-keys";
import { REDEEM_ERROR_CODES } from "@/lib/invites/redeem-errors";
import { apiErrorSchema } from "@/lib/validation/api";
import { actionResult, callServerAction, serverAction, serverActions, type ServerActionRef } from "../support/server-action";
import { sessionCookie } from "../support/session-cookie";
import { rememberSecret } from "./setup/secrets";
import { freshInvites, inParallel, instances, PASSWORD, postRedeem } from "./support";

/*
 * Every door, tried as a hostile client would: the redeem route and action with 10 000 inputs each, then every
 * JSON route and every server action with generated requests whose fields are control and bidi characters, long
 * strings, odd numbers and impossible dates — mostly one bad field inside an otherwise valid request (a valid
 * code with a bad name, a valid key with a bad note), so the bad value gets past the first check. Nothing may
 * answer 5xx; every error is the API's typed error (routes) or a typed result (actions).
 */
const RUNS = 10_000;
const PER_ROUTE = 250;
const PER_ACTION = 120;
// Correctness, not speed (timings live in npm run bench): thousands of requests on a shared 2-core machine.
const FUZZ_TIMEOUT = 900_000;
const BODY_CODES = ["invalid_json", "unsupported_media_type", "too_large"];
const TYPED = new Set<string>([...REDEEM_ERROR_CODES, ...BODY_CODES]);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", " ", "$", "$1", "\u0000", "null", "{}", "' OR 1=1 --", "../../etc/passwd", "A".repeat(5_000)),
);
const field = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }));
const redeemInput = fc.record(
  {
    code: fc.oneof(field, fc.stringMatching(/^[0-9A-Za-z -]{20,34}$/)),
    email: fc.oneof(field, fc.emailAddress()),
    name: field,
    password: fc.oneof(field, fc.string({ minLength: 12, maxLength: 40 })),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(redeemInput, text, fc.array(field, { maxLength: 4 }), fc.constant("{\"code\":"), fc.constant(null));

// The hostile vocabulary: every value a field should refuse with a clear message.
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const bidi = fc.constantFrom("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069");
const hostileText = fc.oneof(
  fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(control, bidi, fc.constant("\u007f")), fc.string({ maxLength: 12 })).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ minLength: 300, maxLength: 3_000 }),
  fc.constantFrom("%", "_", "%_%", "\\", "\\%", "%ZZ", "\ud800", "\udfff\ud800", "𝕏".repeat(200), "A".repeat(70_000), "' OR 1=1 --", "$K1", "$@0", "$$"),
);
const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308),
  fc.constantFrom("NaN", "Infinity", "-1", "1e309", "0x10", "1_000", " 7 ", "٣"),
);
const oddDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("+275760-09-13T00:00:00Z", "-271821-04-20T00:00:00Z", "9999-12-31", "9999-12-31T23:59:59Z", "0000-00-00", "2026-02-30", "2026-13-01T00:00:00Z", "1970-01-01", "yesterday", ""),
);
const hostile = fc.oneof(hostileText, oddNumber, oddDate, fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }), fc.dictionary(hostileText, hostileText, { maxKeys: 2 }));

/**
 * A valid object with one field (sometimes all of them) replaced by a hostile value: one of `keys`, by default
 * the object's own fields and `extraKeys`.
 */
function spoiled(valid: Record<string, unknown>, extraKeys: string[] = [], keys = [...new Set([...Object.keys(valid), ...extraKeys])]): fc.Arbitrary<Record<string, unknown>> {
  if (keys.length === 0) return fc.dictionary(hostileText, hostile, { maxKeys: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...keys), hostile).map(([key, value]) => ({ ...valid, [key]: value })) },
    { weight: 1, arbitrary: fc.record(Object.fromEntries(keys.map((key) => [key, hostile])), { requiredKeys: [] }) },
  );
}

const inTwoDays = () => new Date(Date.now() + 48 * 3_600_000).toISOString();
let adminKey = "";
let adminCookie = "";
let validCode = "";
let inviteId = "";
// One hash for every admin the file makes: argon2 is slow on purpose, and fifty of them cost seconds of CPU.
let adminPasswordHash = "";

beforeAll(async () => {
  adminPasswordHash = await hashPassword(PASSWORD);
  const admin = await db.user.create({
    data: { email: `fuzz-${randomUUID().slice(0, 8)}@example.test`, name: "Fuzz Admin", role: "ADMIN", passwordHash: adminPasswordHash },
  });
  const key = await createApiKey({ name: "fuzz", scopes: [...API_SCOPES], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!key.ok) throw new Error(key.error.message);
  adminKey = key.data.key;
  rememberSecret(adminKey);
  adminCookie = await sessionCookie(admin);
  const [invite] = await freshInvites(1, 10_000);
  validCode = invite!.display;
  inviteId = invite!.id;
});

type Answer = { what: string; status: number; body: string; oversizedHead?: boolean };

/** The answer in full: a typed error longer than an excerpt must still parse. */
async function send(what: string, url: string, init: RequestInit): Promise<Answer> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual" });
    return { what, status: response.status, body: await response.text() };
  } catch (error) {
    return { what, status: 0, body: String(error) };
  }
}

const excerpt = (answer: Answer): Answer => ({ ...answer, body: answer.body.slice(0, 300) });

/**
 * A 5xx, a network failure, or an error that is not the API's typed shape. A request line longer than Node's
 * header limit (a 70 000-character query) is refused by the HTTP server with a bare 431 before any route runs;
 * only such a request may get one.
 */
function untypedRouteAnswer(answer: Answer): boolean {
  if (answer.status === 431 && answer.oversizedHead) return false;
  if (answer.status === 0 || answer.status >= 500) return true;
  if (answer.status < 400) return false;
  try {
    return !apiErrorSchema.safeParse(JSON.parse(answer.body)).success;
  } catch {
    return true;
  }
}

/*
 * The body generator draws each of its constant branches (null, a cut-off object) a fifth of the time, so more
 * than half of 10 000 draws repeat an earlier body byte for byte, nearly all of them bodies refused before any
 * code is looked at (null, a cut-off object, [], ""). Each distinct body is sent once; every input class stays.
 */
const redeemBodies = [...new Set(fc.sample(body, { numRuns: RUNS, seed: 20261122 }).map((input) => (typeof input === "string" ? input : JSON.stringify(input))))];

it(`POST /api/v1/redeem answers the ${redeemBodies.length} distinct bodies of ${RUNS} generated with a typed 4xx, never a 5xx`, async () => {
  const urls = instances();
  const answers = await inParallel(redeemBodies.length, 16, (i) => postRedeem(urls[i % 2]!, redeemBodies[i]!));
  const untyped = answers.filter((answer) => answer.status >= 500 || answer.status < 400 || !TYPED.has(answer.json?.error?.code ?? ""));
  expect(untyped.slice(0, 5)).toEqual([]);
}, FUZZ_TIMEOUT);

it(`the redeem server action answers ${RUNS} generated inputs with a typed error, never a 5xx`, async () => {
  const inputs = fc.sample(redeemInput, { numRuns: RUNS, seed: 20261123 });
  const urls = instances();
  const action = serverAction("redeemAction");
  const answers = await inParallel(inputs.length, 16, async (i) => {
    const response = await callServerAction(urls[i % 2]!, action, inputs[i]);
    return { status: response.status, result: actionResult(response.body) };
  });
  const untyped = answers.filter(
    (answer) => answer.status >= 500 || answer.result?.ok !== false || !TYPED.has(answer.result.error?.code ?? ""),
  );
  expect(untyped.slice(0, 5)).toEqual([]);
}, FUZZ_TIMEOUT);

/** For each route: how to build a request from a generated value (query, body or path id). */
type RouteFuzz = { method: string; auth: "key" | "cookie" | "none" | "metrics"; path: fc.Arbitrary<string>; body?: fc.Arbitrary<unknown> };

const query = (valid: Record<string, string>, extra: string[] = []) =>
  spoiled(valid, extra).map((values) => new URLSearchParams(Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)])).toString());
/*
 * encodeURIComponent throws on a lone surrogate, which the hostile vocabulary is full of. Such a code unit is
 * written as the three bytes a careless encoder would produce (WTF-8, "%ED%A0%80"): a path that is not UTF-8
 * at all, which the server must still answer.
 */
function hostilePathSegment(value: string): string {
  return [...value]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length > 1 || unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(char);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    })
    .join("");
}

// Not ".." or "%2e%2e": URL parsing resolves those before sending, so the request would leave the route under test.
const id = () => fc.oneof({ weight: 3, arbitrary: fc.constant(inviteId) }, { weight: 2, arbitrary: hostileText.map(hostilePathSegment) }, { weight: 1, arbitrary: fc.constantFrom("%ZZ", "%E0%A4%A", "..%2F", "%252e%252e", randomUUID()) });

const ROUTES: () => Record<RouteName, RouteFuzz> = () => ({
  "GET /api/v1/stats": { method: "GET", auth: "key", path: query({ range: "custom", from: "2026-01-01", to: "2026-01-31", bucket: "day", tz: "Europe/Berlin" }).map((q) => `/api/v1/stats?${q}`) },
  "GET /api/v1/invites": { method: "GET", auth: "key", path: query({ state: "active", sort: "newest", q: validCode, limit: "5" }, ["cursor", "role", "createdById"]).map((q) => `/api/v1/invites?${q}`) },
  "POST /api/v1/invites": { method: "POST", auth: "key", path: fc.constant("/api/v1/invites"), body: spoiled({ role: "MEMBER", maxUses: 2, expiresAt: inTwoDays(), note: "fuzz", count: 1 }) },
  "GET /api/v1/invites/{id}": { method: "GET", auth: "key", path: id().map((value) => `/api/v1/invites/${value}`) },
  "POST /api/v1/invites/{id}/revoke": { method: "POST", auth: "key", path: id().map((value) => `/api/v1/invites/${value}/revoke`), body: spoiled({ reason: "fuzz" }) },
  "POST /api/v1/invites/{id}/unrevoke": { method: "POST", auth: "key", path: id().map((value) => `/api/v1/invites/${value}/unrevoke`), body: spoiled({}) },
  "POST /api/v1/invites/{id}/resend": { method: "POST", auth: "key", path: id().map((value) => `/api/v1/invites/${value}/resend`), body: spoiled({}) },
  "GET /api/v1/requests": { method: "GET", auth: "key", path: query({ status: "PENDING" }).map((q) => `/api/v1/requests?${q}`) },
  "POST /api/v1/requests/{id}/approve": { method: "POST", auth: "key", path: id().map((value) => `/api/v1/requests/${value}/approve`), body: spoiled({ role: "MEMBER", days: 7 }) },
  "POST /api/v1/requests/{id}/reject": { method: "POST", auth: "key", path: id().map((value) => `/api/v1/requests/${value}/reject`), body: spoiled({ message: "fuzz" }) },
  "GET /api/v1/webhooks": { method: "GET", auth: "key", path: query({ x: "1" }).map((q) => `/api/v1/webhooks?${q}`) },
  // The events are ones the suite never causes, so endpoints the fuzzer manages to register receive nothing.
  "POST /api/v1/webhooks": { method: "POST", auth: "key", path: fc.constant("/api/v1/webhooks"), body: spoiled({ url: "https://hooks.invalid/fuzz", events: ["invite.request.created"], description: "fuzz" }) },
  "GET /api/v1/webhooks/{id}/deliveries": { method: "GET", auth: "key", path: id().map((value) => `/api/v1/webhooks/${value}/deliveries`) },
  "POST /api/v1/redeem": { method: "POST", auth: "none", path: fc.constant("/api/v1/redeem"), body: spoiled({ code: validCode, email: "fuzz@example.test", name: "Fuzz", password: PASSWORD }) },
  "POST /api/v1/invites/check": { method: "POST", auth: "none", path: fc.constant("/api/v1/invites/check"), body: spoiled({ code: validCode }) },
  "GET /api/ping": { method: "GET", auth: "none", path: query({ x: "1" }).map((q) => `/api/ping?${q}`) },
  "GET /api/v1/openapi.json": { method: "GET", auth: "none", path: query({ x: "1" }).map((q) => `/api/v1/openapi.json?${q}`) },
  "GET /api/exports/invites": { method: "GET", auth: "cookie", path: query({ state: "active", q: "fuzz" }, ["role", "sort", "createdById"]).map((q) => `/api/exports/invites?${q}`) },
  "GET /api/exports/redemptions": { method: "GET", auth: "cookie", path: query({ from: "2026-01-01T00:00:00Z", to: inTwoDays() }, ["inviteId", "batchId"]).map((q) => `/api/exports/redemptions?${q}`) },
  "GET /api/exports/audit": { method: "GET", auth: "cookie", path: query({ from: "2026-01-01T00:00:00Z", action: "invite.create" }, ["actorId", "to"]).map((q) => `/api/exports/audit?${q}`) },
  "GET /api/health": { method: "GET", auth: "none", path: query({ x: "1" }).map((q) => `/api/health?${q}`) },
  "GET /api/metrics": { method: "GET", auth: "metrics", path: fc.constant("/api/metrics") },
  "GET /api/auth/[...nextauth]": {
    method: "GET",
    auth: "none",
    path: fc.oneof(query({ x: "1" }).map((q) => `/api/auth/csrf?${q}`), id().map((value) => `/api/auth/${value}`), id().map((value) => `/api/auth/callback/${value}`)),
  },
  "POST /api/auth/[...nextauth]": { method: "POST", auth: "none", path: id().map((value) => `/api/auth/signin/${value}`), body: spoiled({ csrfToken: "fuzz", callbackUrl: "/" }) },
});

// How a body travels: mostly as JSON, sometimes as something else, which must be a 415 or a 400, not a 500.
const encoding = fc.constantFrom("json", "json", "json", "json", "text", "none", "broken");

it(`every JSON route answers ${PER_ROUTE} hostile requests each with a typed 4xx or a success, never a 5xx`, async () => {
  const routes = ROUTES();
  expect(Object.keys(routes).sort()).toEqual(Object.keys(ROUTE_PERMISSIONS).sort());
  const urls = instances();
  const metricsToken = inject("metricsToken");
  const untyped: Answer[] = [];
  for (const [name, route] of Object.entries(routes)) {
    const requests = fc.sample(fc.tuple(route.path, route.body ?? fc.constant(undefined), encoding), { numRuns: PER_ROUTE, seed: name.length * 7919 });
    const answers = await inParallel(requests.length, 12, async (i) => {
      const [path, value, how] = requests[i]!;
      const headers: Record<string, string> = {};
      if (route.auth === "key") headers.Authorization = `Bearer ${adminKey}`;
      if (route.auth === "cookie") headers.Cookie = adminCookie;
      if (route.auth === "metrics") headers.Authorization = `Bearer ${metricsToken}`;
      let payload: string | undefined;
      if (route.body && value !== undefined) {
        payload = how === "broken" ? JSON.stringify(value).slice(0, -1) : JSON.stringify(value);
        if (how === "json" || how === "broken") headers["Content-Type"] = "application/json";
        if (how === "text") headers["Content-Type"] = "text/plain";
      }
      const answer = await send(`${name} ${path.slice(0, 120)} ${how} ${String(payload).slice(0, 120)}`, `${urls[i % 2]}${path}`, {
        method: route.method,
        headers,
        body: route.method === "GET" ? undefined : payload === undefined ? undefined : new TextEncoder().encode(payload),
      });
      // The limit counts the request line and every header; the headers sent here stay well under 1 KB.
      return { ...answer, oversizedHead: Buffer.byteLength(path) + 1_024 > maxHeaderSize };
    });
    untyped.push(...answers.filter(untypedRouteAnswer).map(excerpt));
  }
  expect(untyped.slice(0, 5)).toEqual([]);
}, FUZZ_TIMEOUT);

/** Field names the actions take, each with a valid value: a generated input spoils one (or all) of them. */
function validActionInput(): Record<string, unknown> {
  return {
    id: inviteId,
    code: validCode,
    name: "Fuzz Person",
    email: `fuzz-${randomUUID().slice(0, 8)}@example.test`,
    password: PASSWORD,
    currentPassword: PASSWORD,
    newPassword: `${PASSWORD} new`,
    note: "fuzz",
    reason: "fuzz",
    role: "MEMBER",
    maxUses: "1",
    count: "1",
    expiry: "custom",
    expiresAt: inTwoDays(),
    scopes: "stats:read",
    expiresInDays: "30",
    disabled: "false",
    sessionId: randomUUID(),
    userId: randomUUID(),
    token: "x".repeat(43),
    callbackUrl: "/admin",
    ids: [inviteId],
    batchId: randomUUID(),
    days: "7",
    message: "fuzz",
    // Endpoints the fuzzer registers get only events the suite never causes, at an address that never resolves.
    url: "https://hooks.invalid/fuzz",
    events: ["invite.request.created"],
    description: "fuzz",
    enabled: "true",
    provider: "oidc",
  };
}

/*
 * The fields an action's schema reads. Every known field is sent as an object, which no field takes, so the
 * validation error names each one the schema has. Inputs then spoil only those: a hostile value in a field the
 * action does not read is stripped by its schema, leaving an ordinary valid request (seven in ten inputs were
 * such, and their work — a created key, a re-rendered page — was most of this test's time). When the probe is not
 * answered with field errors (a refusal first, or no fields), any field may be spoiled.
 */
async function fieldsRead(action: ServerActionRef, cookie: string, valid: Record<string, unknown>): Promise<string[]> {
  const probe = Object.fromEntries(Object.keys(valid).map((key) => [key, { probe: true }]));
  const response = await callServerAction(instances()[0]!, action, probe, cookie);
  const paths = Object.keys(actionResult(response.body)?.error?.fields ?? {});
  return [...new Set(paths.map((path) => path.split(".")[0]!).filter((key) => key in probe))];
}

it(`every server action answers ${PER_ACTION} hostile inputs each with a typed result, never a 5xx`, async () => {
  const actions = serverActions().filter((action) => !["signOutAction", "endAllSessionsAction"].includes(action.name));
  expect(actions.length).toBeGreaterThan(10);
  const untyped: Answer[] = [];
  for (const action of actions) {
    // Each action gets an admin of its own: a fuzzed input may end sessions or change what that admin may do.
    const admin = await db.user.create({
      data: { email: `fuzz-${action.name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, name: "Fuzz Admin", role: "ADMIN", passwordHash: adminPasswordHash },
    });
    const cookie = await sessionCookie(admin);
    const valid = validActionInput();
    const fields = await fieldsRead(action, cookie, valid);
    const inputs = fc.sample(spoiled(valid, [], fields.length > 0 ? fields : Object.keys(valid)), { numRuns: PER_ACTION, seed: action.name.length * 104729 });
    const answers = await inParallel(inputs.length, 8, async (i) => {
      const response = await callServerAction(instances()[i % 2]!, action, inputs[i], cookie);
      const result = actionResult(response.body);
      const typed = response.status < 500 && (response.redirect !== null || (result !== null && result.error?.code !== "internal"));
      return { what: `${action.name} ${JSON.stringify(inputs[i]).slice(0, 200)}`, status: typed ? response.status : 599, body: response.body.slice(0, 300) };
    });
    untyped.push(...answers.filter((answer) => answer.status >= 500));
  }
  expect(untyped.slice(0, 5)).toEqual([]);
}, FUZZ_TIMEOUT);
