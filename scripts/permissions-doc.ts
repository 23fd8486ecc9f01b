import { writeFileSync } from "node:fs";
import { permissionsDocument } from "@/lib/auth/permissions-doc";

// `npm run docs:permissions`: rewrites docs/permissions.md from the policy's tables.
writeFileSync("docs/permissions.md", permissionsDocument());
console.log("wrote docs/permissions.md");
