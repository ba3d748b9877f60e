# syntax=docker/dockerfile:1
# Build stage: compile TypeScript; better-sqlite3 takes its prebuilt binding, or builds it where none fits.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/language-table.ts ./scripts/
# npm ci builds better-sqlite3 and runs `prepare` (`npm run build`: tsc → dist/, and eld's table as JSON).
RUN npm ci && npm prune --omit=dev

# Runtime stage: the compiled app, production dependencies, seeds, a non-root user, /data.
FROM node:24-bookworm-slim
ENV NODE_ENV=production DIGESTBOT_DATA_DIR=/data PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["start"]
