import pg from "pg";
import { codePrefix, formatCode, generateCode } from "@/lib/invites/codes";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { startTopology, topologyOptionsFromEnv } from "@/scripts/topology/topology";
import { httpLoad, type HttpLoad } from "./http-load";

/** Fresh one-use invites written straight into the topology's own database. */
async function insertCodes(databaseUrl: string, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, () => generateCode());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO invites (code_hash, prefix, role, max_uses, expires_at, note)
     SELECT h, p, 'MEMBER', 1, now() + interval '1 day', 'bench scale-out' FROM unnest($1::bytea[], $2::text[]) AS t (h, p)`,
    [codes.map((code) => hashSecret(code)), codes.map((code) => codePrefix(code))],
  );
  await client.end();
  return codes.map((code) => formatCode(code));
}

/**
 * Redemption throughput through the production topology (scripts/topology): one instance addressed directly,
 * then three behind HAProxy, all through PgBouncer. On a 2-core machine the three share the same two cores
 * as the database and the load generator, so this shows that the topology works and what it costs, not how
 * it would scale on separate machines.
 */
export async function benchScaleOut(args: { seconds: number; connections: number; codes: number; say: (line: string) => void }): Promise<{ one: HttpLoad; three: HttpLoad }> {
  const topology = await startTopology({ ...topologyOptionsFromEnv(), log: (line) => args.say(`topology: ${line}`) });
  try {
    const run = async (url: string, label: string) => {
      const codes = await insertCodes(topology.directUrl, args.codes);
      let next = 0;
      args.say(`POST /api/v1/redeem via ${label}, ${args.connections} connections for ${args.seconds} s`);
      return httpLoad(
        url,
        { method: "POST", path: "/api/v1/redeem", body: () => ({ code: codes[next++ % codes.length], email: `${label.length}-${next}@bench.test`, name: "Bench", password: "bench password 0123456789" }) },
        { connections: args.connections, seconds: args.seconds, okStatus: 201 },
      );
    };
    const one = await run(topology.instanceUrls[0]!, "one instance");
    const three = await run(topology.url, "HAProxy, three instances");
    return { one, three };
  } finally {
    await topology.stop();
  }
}
