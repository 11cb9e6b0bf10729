# Sitrep in a container: `serve` by default, `worker` for a queue worker (see compose.yaml).
#
#   docker build -t sitrep .
#   docker run -p 8080:8080 -v sitrep-data:/data sitrep
#
# Everything Sitrep needs is installed from the npm registry at build time (the gazetteer, the
# web view and the compiled command line are built by `npm ci`); nothing is downloaded at run time.

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles its native module when no prebuilt one fits this platform, against the
# headers the Node image ships (so node-gyp fetches none).
ENV npm_config_nodedir=/usr/local
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci && npm prune --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SITREP_HOST=0.0.0.0 \
    SITREP_PORT=8080 \
    SITREP_DB=/data/sitrep.db
WORKDIR /app
# The application stays owned by root, read-only to the user it runs as; only /data is writable.
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
# A worker serves no HTTP: run it with --no-healthcheck (compose.yaml turns the check off for it).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["node", "bin/healthcheck.js"]
ENTRYPOINT ["node", "bin/sitrep.js"]
CMD ["serve"]
