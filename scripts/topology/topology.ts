import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { MIGRATIONS_DIR } from "@/tests/support/test-database";

/*
 * The production topology on loopback, from Debian's own binaries: a private PostgreSQL cluster (initdb in a
 * temporary directory, so it can be stopped and restarted without touching any other database on the
 * machine), PgBouncer in transaction-pooling mode in front of it, three instances of the production build
 * (as `npm run serve` runs them) connected through PgBouncer, and HAProxy balancing between them.
 *
 * Connection budget: INSTANCES × DB_POOL_SIZE client connections at most ≤ PgBouncer's default_pool_size
 * server connections ≤ PostgreSQL's max_connections (minus the superuser reserve and the tests' direct
 * connections). Checked below before anything starts.
 */
export type TopologyOptions = {
  /** HAProxy listens here; the instances on the next `instances` ports. */
  port: number;
  bouncerPort: number;
  postgresPort: number;
  instances: number;
  poolSize: number;
  bouncerPoolSize: number;
  log?: (line: string) => void;
};

export type Topology = {
  /** The load balancer: what clients talk to. */
  url: string;
  instanceUrls: string[];
  /** PostgreSQL itself, for migrations and for tests that inspect rows. */
  directUrl: string;
  /** Through PgBouncer: what the instances use. */
  pooledUrl: string;
  /** pg_ctl command lines that stop and start the private cluster, and the user they must run as. */
  databaseCommands: DatabaseCommands;
  logs: () => Record<string, string>;
  stop: () => Promise<void>;
};

export type DatabaseCommands = { stop: string[]; start: string[]; uid?: number; gid?: number };

export function topologyOptionsFromEnv(): TopologyOptions {
  const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return {
    port: number("TOPOLOGY_PORT", 3800),
    bouncerPort: number("TOPOLOGY_BOUNCER_PORT", 6432),
    postgresPort: number("TOPOLOGY_PG_PORT", 5440),
    instances: number("TOPOLOGY_INSTANCES", 3),
    poolSize: number("DB_POOL_SIZE", 10),
    bouncerPoolSize: number("TOPOLOGY_BOUNCER_POOL", 40),
  };
}

const PG_MAX_CONNECTIONS = 100;
const PG_BIN = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

function binary(name: string, dirs: string[] = []): string {
  for (const dir of [...dirs, "/usr/sbin", "/usr/bin", "/usr/local/bin"]) {
    try {
      execFileSync("test", ["-x", path.join(dir, name)]);
      return path.join(dir, name);
    } catch {
      // not here
    }
  }
  throw new Error(`${name} is not installed (Debian: apt-get install ${name === "initdb" || name === "pg_ctl" ? "postgresql" : name})`);
}

/** PostgreSQL and PgBouncer refuse to run as root: as root, they run as the `postgres` system user. */
function serviceUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  return { uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) };
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function haproxyConfig(port: number, instancePorts: number[]): string {
  return `global
  maxconn 8192

defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  # A health check answered late means a busy instance, not a dead one.
  timeout check 10s
  option http-server-close

frontend web
  bind 127.0.0.1:${port}
  # The load balancer is the app's one trusted proxy (TRUST_PROXY=true): it names the client in
  # X-Forwarded-For and drops whatever the client claimed. On this loopback rig the test clients play the edge
  # (a CDN in front of the balancer) and speak for many addresses, so a loopback peer's claim is believed.
  http-request set-src hdr_ip(x-forwarded-for,-1) if { src 127.0.0.0/8 } { req.hdr(x-forwarded-for) -m found }
  http-request set-header X-Forwarded-For %[src]
  default_backend app

backend app
  balance roundrobin
  # Liveness, not the database: when PostgreSQL is away every instance answers 503 itself, in the API's shape;
  # taking them all out would only replace those answers with the balancer's own error page.
  option httpchk GET /api/ping
  http-check expect status 200
${instancePorts.map((instancePort, i) => `  server app${i + 1} 127.0.0.1:${instancePort} check inter 2s fall 3 rise 1`).join("\n")}
`;
}

export function pgbouncerConfig(dir: string, bouncerPort: number, postgresPort: number, poolSize: number): string {
  return `[databases]
invites = host=127.0.0.1 port=${postgresPort} dbname=invites

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${bouncerPort}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/userlist.txt
pool_mode = transaction
default_pool_size = ${poolSize}
max_client_conn = 1000
; A restarted server is retried quickly, and a client waits at most this long for one.
server_login_retry = 1
query_wait_timeout = 15
ignore_startup_parameters = extra_float_digits,options
`;
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const say = options.log ?? ((line: string) => console.log(`[topology] ${line}`));
  const budget = options.instances * options.poolSize;
  if (budget > options.bouncerPoolSize) {
    throw new Error(`connection budget: ${options.instances} instances × pool ${options.poolSize} = ${budget} > PgBouncer's pool of ${options.bouncerPoolSize}`);
  }
  if (options.bouncerPoolSize + 10 > PG_MAX_CONNECTIONS) throw new Error(`PgBouncer's pool (${options.bouncerPoolSize}) leaves PostgreSQL too few connections`);

  const initdb = binary("initdb", PG_BIN);
  const pgCtl = binary("pg_ctl", PG_BIN);
  const pgbouncer = binary("pgbouncer");
  const haproxy = binary("haproxy");
  const user = serviceUser();

  const dir = mkdtempSync(path.join(os.tmpdir(), "invites-topology-"));
  const dataDir = path.join(dir, "pgdata");
  chmodSync(dir, 0o755);
  if (user) chownSync(dir, user.uid, user.gid);
  const asService = user ? { uid: user.uid, gid: user.gid } : {};
  const children: { name: string; child: ChildProcess; output: () => string }[] = [];
  const servers: AppServer[] = [];
  let stopped = false;

  const run = (name: string, command: string, args: string[], service: boolean) => {
    let output = "";
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...(service ? asService : {}) });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    children.push({ name, child, output: () => output });
    return child;
  };
  const pgctl = (...args: string[]) => [pgCtl, "-D", dataDir, "-w", "-t", "60", ...args];
  const databaseCommands: DatabaseCommands = {
    stop: pgctl("stop", "-m", "fast"),
    start: pgctl("start", "-l", path.join(dir, "postgres.log"), "-o", `-p ${options.postgresPort} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${PG_MAX_CONNECTIONS}`),
    ...asService,
  };
  const exec = ([command, ...args]: string[]) => execFileSync(command!, args, { stdio: ["ignore", "ignore", "inherit"], ...asService });
  const stopDatabase = () => exec(databaseCommands.stop);
  const startDatabase = () => exec(databaseCommands.start);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(servers.map((server) => server.stop()));
    for (const { child } of children.reverse()) {
      if (child.exitCode === null) child.kill("SIGTERM");
    }
    try {
      stopDatabase();
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onExit = () => {
    for (const { child } of children) if (child.exitCode === null) child.kill("SIGKILL");
    for (const server of servers) process.kill(server.pid, "SIGKILL");
    try {
      exec(pgctl("stop", "-m", "immediate"));
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  try {
    say(`PostgreSQL: initdb in ${dataDir}, port ${options.postgresPort}`);
    execFileSync(initdb, ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], { stdio: "ignore", ...asService });
    startDatabase();
    const directUrl = `postgresql://postgres@127.0.0.1:${options.postgresPort}/invites`;
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${options.postgresPort}/postgres` });
    await admin.connect();
    await admin.query("CREATE DATABASE invites");
    await admin.end();
    await runMigrations(directUrl, MIGRATIONS_DIR);

    say(`PgBouncer (transaction pooling, server pool ${options.bouncerPoolSize}) on ${options.bouncerPort}`);
    writeFileSync(path.join(dir, "userlist.txt"), '"postgres" ""\n');
    writeFileSync(path.join(dir, "pgbouncer.ini"), pgbouncerConfig(dir, options.bouncerPort, options.postgresPort, options.bouncerPoolSize));
    if (user) {
      for (const file of ["userlist.txt", "pgbouncer.ini"]) chownSync(path.join(dir, file), user.uid, user.gid);
    }
    run("pgbouncer", pgbouncer, [path.join(dir, "pgbouncer.ini")], true);
    const pooledUrl = `postgresql://postgres@127.0.0.1:${options.bouncerPort}/invites`;
    await waitFor("PgBouncer", () => answers(pooledUrl));

    const instancePorts = Array.from({ length: options.instances }, (_, i) => options.port + 1 + i);
    const url = `http://localhost:${options.port}`;
    say(`${options.instances} instances (pool ${options.poolSize} each: ${budget} ≤ ${options.bouncerPoolSize}) on ${instancePorts.join(", ")}`);
    servers.push(
      ...(await Promise.all(
        instancePorts.map((port) =>
          startAppServer({
            port,
            databaseUrl: pooledUrl,
            env: { DB_POOL_SIZE: String(options.poolSize), TRUST_PROXY: "true", NEXTAUTH_URL: url },
          }),
        ),
      )),
    );

    say(`HAProxy on ${options.port}`);
    writeFileSync(path.join(dir, "haproxy.cfg"), haproxyConfig(options.port, instancePorts));
    run("haproxy", haproxy, ["-db", "-f", path.join(dir, "haproxy.cfg")], false);
    await waitFor("HAProxy", async () => (await fetch(`${url}/api/health`)).ok);

    return {
      url,
      instanceUrls: servers.map((server) => server.url),
      directUrl,
      pooledUrl,
      databaseCommands,
      logs: () => ({
        ...Object.fromEntries(servers.map((server, i) => [`instance-${i + 1}`, server.logs()])),
        ...Object.fromEntries(children.map(({ name, output }) => [name, output()])),
      }),
      stop: async () => {
        process.removeListener("exit", onExit);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    process.removeListener("exit", onExit);
    throw error;
  }
}
