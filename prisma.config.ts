import { defineConfig } from "prisma/config";

// DATABASE_URL is read directly: Prisma's env() throws when it is unset, and `prisma generate` needs no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
