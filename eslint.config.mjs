import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/*
 * Next.js's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's recommended set. CI runs
 * `npm run lint` with --max-warnings 0, so a warning is as good as an error.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured field dropped from a spread).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures hand their value to `use`, which is not React's hook of that name.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "playwright-report/**", "test-results/**", "next-env.d.ts"]),
]);
