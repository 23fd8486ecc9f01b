import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("unit");
  console.log(`[tests] database: ${database.source}`);
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
