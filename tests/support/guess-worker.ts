/*
 * A separate process guessing invite codes, for the test that proves the limit is shared between app
 * instances: `node --conditions=react-server --import tsx tests/support/guess-worker.ts <ip> <count>` with DATABASE_URL set.
 * Prints how the attempts were answered, as JSON, on its last line.
 */
import { generateCode } from "@/lib/invites/codes";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { db } from "@/lib/db";

const [ip, count] = [process.argv[2]!, Number(process.argv[3])];
const answers: Record<string, number> = {};
for (let i = 0; i < count; i++) {
  const result = await redeemInvite({ code: generateCode(), email: `guess${i}@example.test`, name: "guesser", password: "a long enough password", ip });
  const answer = result.ok ? "ok" : result.error.code;
  answers[answer] = (answers[answer] ?? 0) + 1;
}
await db.$disconnect();
console.log(JSON.stringify(answers));
