import { expect, it } from "vitest";
import { generateCode } from "@/lib/invites/codes";
import { instances, postRedeem, redeemBody } from "./support";

it("the 21st invalid code from one IP is refused with 429, whichever instance it reaches", async () => {
  const urls = instances();
  const answers = [];
  for (let i = 0; i < 25; i++) {
    answers.push(await postRedeem(urls[i % urls.length]!, redeemBody(generateCode()), { "x-forwarded-for": "203.0.113.7" }));
  }
  expect(answers.slice(0, 20).map((answer) => answer.status)).toEqual(Array(20).fill(404));
  expect(answers.slice(0, 20).every((answer) => answer.json?.error?.code === "invalid")).toBe(true);
  for (const answer of answers.slice(20)) {
    expect(answer.status).toBe(429);
    expect(answer.json?.error?.code).toBe("rate_limited");
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  }
});
