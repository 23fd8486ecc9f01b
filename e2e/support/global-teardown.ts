import pg from "pg";
import { readState } from "./state";

/** Drops the e2e database once the web server is gone. */
export default async function globalTeardown() {
  const { databaseUrl } = readState();
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!name.startsWith("invites_e2e_")) return;
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
