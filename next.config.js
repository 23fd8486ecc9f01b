/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Docker image ships Next's standalone output (NEXT_OUTPUT=standalone in its build stage only).
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // .ci/run checks the types with tsc beside the lint before it builds; checking them again is half the build.
  ...(process.env.BUILD_TYPES_CHECKED === "true" ? { typescript: { ignoreBuildErrors: true } } : {}),
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg", "pg-boss", "nodemailer"],
  // forbidden() renders the nearest forbidden.tsx with HTTP 403, so a refused page is explained in place.
  experimental: { authInterrupts: true },
};

export default nextConfig;
