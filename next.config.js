/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
  // forbidden() renders the nearest forbidden.tsx with HTTP 403, so a refused page is explained in place.
  experimental: { authInterrupts: true },
};

export default nextConfig;
