// The Express application: security headers, bounded JSON bodies, the API routes, the built client,
// and one error shape for everything that goes wrong.
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { ApiContext } from './context';
import { ApiError, errorHandler, notFoundHandler } from './errors';
import { ConcurrencyLimit } from './limits';
import { openApiDocument } from './openapi';
import { rateLimit } from './rate-limit';
import { RESPONSE_MAX_BYTES_SETTING } from './route';
import { startTiming } from './timing';
import { registerAlliances } from './routes/alliances';
import { registerArticles } from './routes/articles';
import { registerCypher } from './routes/cypher';
import { registerEntities } from './routes/entities';
import { registerExport } from './routes/export';
import { registerGraph } from './routes/graph';
import { registerMeta } from './routes/meta';

export interface AppOptions { logger?: Logger; clientDir?: string }

export function createApp(ctx: ApiContext, o: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // req.ip (what the rate limit keys on) comes from X-Forwarded-For only through trusted proxies.
  app.set('trust proxy', ctx.cfg.TRUST_PROXY);
  app.set(RESPONSE_MAX_BYTES_SETTING, ctx.cfg.RESPONSE_MAX_BYTES);
  app.use('/api', startTiming);
  if (o.logger) {
    app.use(pinoHttp({
      logger: o.logger,
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
      // Successful requests are noise at the default level; client errors are worth a line.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
    }));
  }
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'"],
      },
    },
  }));
  if (ctx.cfg.CORS_ORIGIN) {
    const origin = ctx.cfg.CORS_ORIGIN;
    app.use('/api', (req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        res.status(204).end();
        return;
      }
      next();
    });
  }
  // Per-address token bucket on the expensive endpoints, before the body is read (a flood costs little).
  app.use(['/api/cypher', '/api/export', '/api/subgraph', '/api/paths', '/api/articles'],
    rateLimit({ perMinute: ctx.cfg.RATE_LIMIT_PER_MINUTE, burst: ctx.cfg.RATE_LIMIT_BURST }));
  // JSON bodies only, bounded; anything else posted to the API is a 415.
  app.use('/api', express.json({ limit: ctx.cfg.BODY_LIMIT, strict: true }));
  app.use('/api', (req, _res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) next(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json'));
    else next();
  });

  const registry = new OpenAPIRegistry();
  const router = express.Router();
  const cypherLimit = new ConcurrencyLimit(ctx.cfg.CYPHER_MAX_CONCURRENT, 'Cypher queries');
  registerMeta(router, registry, ctx);
  registerEntities(router, registry, ctx);
  registerGraph(router, registry, ctx);
  registerAlliances(router, registry, ctx);
  registerCypher(router, registry, ctx, cypherLimit);
  registerExport(router, registry, ctx, cypherLimit);
  registerArticles(router, registry, ctx, new ConcurrencyLimit(2, 'article extractions'));
  const doc = openApiDocument(registry);
  router.get('/api/openapi.json', (_req, res) => { res.json(doc); });
  app.use(router);
  app.use('/api', notFoundHandler);

  const clientDir = o.clientDir ?? path.join(ctx.cfg.root, 'dist', 'client');
  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (a shared view URL) all load the app.
    app.get(/^(?!\/api\/).*/, (_req, res) => { res.sendFile(path.join(clientDir, 'index.html')); });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The API is up (see /api/openapi.json), but the browser client is not built: run `npm run build`.');
    });
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
