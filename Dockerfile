# One image for the four subgraphs and the gateway; docker-compose.yml picks the
# entry point of each service. Build: docker build -t dan-van-graph .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Production dependencies only: no embedded PostgreSQL, compilers or test tools.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY data ./data
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "dist/gateway/main.js"]
