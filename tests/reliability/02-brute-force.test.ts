import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateCode } from "@/lib/invites/codes";
import { instances, postRedeem, redeemBody } from "./support";

it("the 21st invalid code from one IP is refused with 429, whichever instance it reaches", async () => {
  // Earlier files may have counted guesses from this machine; this test starts from a clean window.
  await db.rateLimit.deleteMany({});
  const urls = instances();
  const answers = [];
  for (let i = 0; i < 25; i++) {
    answers.push(await postRedeem(urls[i % 2]!, redeemBody(generateCode())));
  }
  expect(answers.slice(0, 20).map((answer) => answer.status)).toEqual(Array(20).fill(404));
  expect(answers.slice(0, 20).every((answer) => answer.json?.error?.code === "invalid")).toBe(true);
  for (const answer of answers.slice(20)) {
    expect(answer.status).toBe(429);
    expect(answer.json?.error?.code).toBe("rate_limited");
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  }
});
