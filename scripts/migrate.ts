import path from "node:path";
import { runMigrations } from "@/lib/migrations/run-migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@localhost:5432/invites npm run db:migrate");
  process.exit(1);
}

runMigrations(url, path.join(process.cwd(), "prisma", "migrations"))
  .then((report) => {
    for (const name of report.applied) console.log(`applied  ${name}`);
    console.log(`${report.applied.length} applied, ${report.alreadyApplied.length} already up to date`);
  })
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
