# Build stage: the full toolchain, then only what the gateway needs at run time.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev
# Node's compile cache (src/compile-cache.ts) kept in the image: in the system's temporary
# directory it would be empty in every new container, and a start that has to fill it is slower
# than one with no cache at all. One start of the gateway, in sandbox mode and with the node flags
# of CMD (the cache is kept per set of V8 flags), fills it with every module a start-up loads.
RUN NODE_ENV=production NODE_COMPILE_CACHE=/app/.node-compile-cache PORT=3000 HOST=127.0.0.1 \
      node --max-semi-space-size=8 dist/main.js > /dev/null & gateway=$!; \
    ready=no; \
    for attempt in $(seq 150); do \
      if node -e "fetch('http://127.0.0.1:3000/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; \
      then ready=yes; break; fi; \
      sleep 0.2; \
    done; \
    kill -TERM $gateway; wait $gateway; \
    test $ready = yes && test -n "$(ls -A /app/.node-compile-cache)"

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 NODE_COMPILE_CACHE=/app/.node-compile-cache
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/.node-compile-cache ./.node-compile-cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD \
  node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The Node binary of the image runs the app directly, so SIGTERM reaches it and shutdown is clean.
# The same V8 setting as `npm start` (see the README, Performance).
CMD ["node", "--max-semi-space-size=8", "dist/main.js"]
