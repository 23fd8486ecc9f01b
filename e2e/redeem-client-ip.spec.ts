import { generateCode } from "@/lib/invites/codes";
import { expect, test, uniqueEmail } from "./support/fixtures";

// The e2e server does not trust a proxy, so only the socket's address counts. One invalid code is spent on
// the shared loopback address: far below the limit of 20, so the other specs are not affected.
test("a forged X-Forwarded-For does not move the client's guesses onto another address", async ({ request, guessesCounted }) => {
  const forged = "203.0.113.99";
  const response = await request.post("/api/v1/redeem", {
    headers: { "x-forwarded-for": forged },
    data: { code: generateCode(), email: uniqueEmail("forger"), name: "Forger", password: "a long enough password" },
  });
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ error: { code: "invalid" } });
  expect(await guessesCounted(forged)).toBe(0);
  expect((await guessesCounted("127.0.0.1")) + (await guessesCounted("::1"))).toBeGreaterThan(0);
});
