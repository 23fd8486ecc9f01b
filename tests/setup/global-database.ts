import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    poolSize: number;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("unit");
  console.log(`[tests] database: ${database.source}`);
  project.provide("databaseUrl", database.url);
  // Wide enough that concurrency tests race on separate connections. PGlite's socket server interleaves the
  // protocol messages of concurrent connections outside transactions, so it gets one connection.
  project.provide("poolSize", database.embedded ? 1 : 40);
  return () => database.drop();
}
