import express from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { logger } from './logger';

/**
 * A GraphiQL page for developers, served from npm packages on this machine: a
 * government intranet has no CDN, so Apollo Sandbox (loaded from one) shows only
 * "you might be offline". Development only; the packages are dev dependencies, so a
 * production image has neither the page nor its files.
 *
 * `GET /graphql` from a browser (it asks for HTML) shows the page; it has a field for
 * the token, kept in the browser's local storage, and sends it with every request,
 * introspection included.
 */

/** The browser builds GraphiQL 3 ships (UMD), with React 18's. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function assetPath(asset: { pkg: string; file: string }): string | undefined {
  try {
    const path = join(dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function page(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #token-bar { display: flex; gap: 8px; align-items: center; padding: 6px 12px; background: #f3f4f6; border-bottom: 1px solid #d1d5db; font-size: 13px; }
  #token-bar input { flex: 1; font-family: monospace; font-size: 12px; padding: 4px; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="token-bar">
  <label for="token">Token</label>
  <input id="token" placeholder="paste the output of: npm run token -- --org MassMobilizationCommission:MMC-60 --role reader" autocomplete="off">
</div>
<div id="graphiql"></div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const input = document.getElementById('token');
  input.value = localStorage.getItem('dan-van-graph.token') || '';
  const fetcher = async (params) => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    const token = input.value.trim();
    if (token) headers.authorization = 'Bearer ' + token;
    const response = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify(params) });
    return response.json();
  };
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  let generation = 0;
  const render = () => root.render(React.createElement(GraphiQL, { key: generation, fetcher }));
  input.addEventListener('change', () => {
    localStorage.setItem('dan-van-graph.token', input.value.trim());
    generation += 1; // a new token: fetch the schema again
    render();
  });
  render();
</script>
</body>
</html>`;
}

/**
 * Mounts the page and its files on `app`, before the GraphQL handler. Returns false
 * (and mounts nothing) when the packages are not installed.
 */
export function mountDeveloperPage(app: express.Express, title: string): boolean {
  const files = Object.fromEntries(Object.entries(ASSETS).map(([name, asset]) => [name, assetPath(asset)]));
  if (Object.values(files).some((path) => path === undefined)) {
    logger.warn('GraphiQL is not installed (dev dependencies missing): no developer page');
    return false;
  }
  app.get('/graphiql/:file', (req, res) => {
    const file = files[req.params.file];
    if (!file) return void res.status(404).end();
    res.type(ASSETS[req.params.file].type).sendFile(file, { maxAge: '1h' });
  });
  app.get('/graphql', (req, res, next) => {
    // Only a browser's navigation (it prefers HTML); GraphQL GET requests go on to the server.
    if (req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(page(title));
  });
  return true;
}
