# syntax=docker/dockerfile:1
# The production image: Next's standalone output (only the files the server needs, traced at build time),
# served by scripts/serve-next.mjs as `npm run serve` serves it, as the unprivileged `node` user.
#   docker build -t invite-codes .                      (the app)
#   docker build --target migrate -t invite-codes-migrate .   (one-shot: npm run db:migrate)
# docker-compose.yml's `production` profile runs both behind HAProxy and PgBouncer.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# postinstall generates the Prisma client from the schema, so the schema comes in with the lockfile.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN NEXT_OUTPUT=standalone npm run build

# Migrations need the full dependencies (tsx, the runner); they run once per deploy, against PostgreSQL
# itself rather than through PgBouncer.
FROM build AS migrate
USER node
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/scripts/serve-next.mjs ./scripts/serve-next.mjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/serve-next.mjs"]
