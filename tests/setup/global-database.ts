import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";
import { TEST_WORKERS } from "./test-workers";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrls: string[];
    poolSize: number;
  }
}

/** One database per test worker: files run two at a time, and each file may reset the database it uses. */
export default async function setup(project: TestProject) {
  const databases = await Promise.all(Array.from({ length: TEST_WORKERS }, () => createTestDatabase("unit")));
  console.log(`[tests] ${databases.length} databases: ${databases[0]!.source}`);
  project.provide(
    "databaseUrls",
    databases.map((database) => database.url),
  );
  // Wide enough that concurrency tests race on separate connections. PGlite's socket server interleaves the
  // protocol messages of concurrent connections outside transactions, so it gets one connection.
  project.provide("poolSize", databases[0]!.embedded ? 1 : 20);
  return () => Promise.all(databases.map((database) => database.drop()));
}
