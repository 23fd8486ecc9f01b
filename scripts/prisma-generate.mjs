// Runs `prisma generate` on install. Prisma 7's CLI insists on a schema engine binary it would download, but
// generate never executes it: pointing the variable at any existing file lets generate run offline.
import { execFileSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
