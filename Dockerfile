# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and build the native SQLite binding.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm ci && npm prune --omit=dev

# Runtime stage: only what runs, as a non-root user, with the store on a volume.
FROM node:20-bookworm-slim
ENV NODE_ENV=production SITREP_DB=/data/sitrep.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["run"]
