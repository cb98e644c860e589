# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and build the native SQLite binding.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
# The build compiles the engine's data files too (dist/extract/engine-data.bin), so it needs them.
COPY config ./config
# npm ci runs the "prepare" script, which compiles to dist/; then the dev tools go.
RUN npm ci && npm prune --omit=dev

# Runtime stage: only what runs, as a non-root user, with the store on a volume.
FROM node:20-bookworm-slim
# The health and metrics listener is on in the image (the HEALTHCHECK needs it), on all of the
# container's interfaces so that a Prometheus outside can scrape it once the port is published.
# MALLOC_ARENA_MAX: glibc keeps two malloc arenas, not one per thread; MALLOC_MMAP_THRESHOLD_: blocks
# of 32 KB or more get pages of their own, returned when freed (dist/cli.js's first line sets both
# too; glibc reads them before Node starts, so they cannot be set from inside).
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=32768 \
    SITREP_DB=/data/sitrep.db \
    SITREP_HTTP_PORT=9464 \
    SITREP_HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json LICENSE ./
# The shipped config and its data (gazetteer, actors, attack terms). Your own config: mount it and
# point SITREP_CONFIG at it (compose.yaml does), e.g. -v ./config:/config:ro -e SITREP_CONFIG=/config/sitrep.yaml
COPY config ./config
# /data is the only writable place. ./data (the default when SITREP_DB is unset or empty, e.g. from
# an --env-file) is the same folder, so the store always lands on the volume.
RUN mkdir -p /data && chown node:node /data && ln -s /data /app/data
USER node
VOLUME ["/data"]
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.SITREP_HTTP_PORT || 9464) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The Node flag is the one in dist/cli.js's first line (see src/cli.ts): V8 takes it only at start.
ENTRYPOINT ["node", "--max-semi-space-size=2", "dist/cli.js"]
CMD ["run"]
