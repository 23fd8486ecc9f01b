import fc from "fast-check";
import { expect, it } from "vitest";
import { REDEEM_ERROR_CODES } from "@/lib/invites/redeem-errors";
import { actionResult, callServerAction, serverAction } from "../support/server-action";
import { inParallel, instances, postRedeem } from "./support";

const RUNS = 10_000;
const TYPED = new Set<string>(REDEEM_ERROR_CODES);

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

it(`POST /api/v1/redeem answers ${RUNS} generated bodies with a typed 4xx, never a 5xx`, async () => {
  const inputs = fc.sample(body, { numRuns: RUNS, seed: 20261122 });
  const urls = instances();
  const answers = await inParallel(inputs.length, 16, (i) =>
    postRedeem(urls[i % 2]!, typeof inputs[i] === "string" ? (inputs[i] as string) : JSON.stringify(inputs[i])),
  );
  const untyped = answers.filter((answer) => answer.status >= 500 || answer.status < 400 || !TYPED.has(answer.json?.error?.code ?? ""));
  expect(untyped.slice(0, 5)).toEqual([]);
});

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
});
