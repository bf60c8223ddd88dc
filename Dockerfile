# One image for every service: the all-in-one ledger (the default command) and the services
# apart, each started by its npm script (docker-compose.yml: `npm run start:prod:<name>`).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# For the native modules (better-sqlite3) when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Builds every app (ledger, agreements, recognition, projections, reactions, relay), then drops the dev dependencies.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
# The EWP validator reads its XSDs at run time; the compiled code does not carry them. A
# container's loopback is its own, so the services listen on every interface of it (HOST);
# production refuses to start without AUTH_JWT_SECRET.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    EWP_SCHEMAS_DIR=/app/libs/ewp/schemas
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/libs/ewp/schemas ./libs/ewp/schemas
# The web pages the ledger serves at / (npm run build:web), where WEB_ROOT's default finds them.
COPY --from=build /app/apps/web/dist ./apps/web/dist
# ./data holds the SQLite files of the all-in-one ledger, or the reactions service's outbox (volumes in docker-compose.yml).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# ledger 3000, agreements 3001, recognition 3002, projections 3003, relay 3004, reactions 3005
EXPOSE 3000 3001 3002 3003 3004 3005
CMD ["npm", "run", "start:prod"]
