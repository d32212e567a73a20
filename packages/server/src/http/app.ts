import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/orm.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { FileStorage } from '../storage/file-storage.js';
import { systemClock, type Clock, type GraphQLContext } from '../graphql/context.js';
import { PUBLIC_ERROR_CODES } from '../graphql/errors.js';
import { rejectNulCharacters } from '../graphql/reject-nul.js';
import { buildAtriumSchema } from '../graphql/schema.js';
import { Firm } from '../modules/firms/firm.entity.js';
import { fileRoutes } from './files.js';
import { mountBillingRoutes } from './billing-routes.js';
import { mountMessageRoutes } from './message-routes.js';
import { buildRequestContext } from './request-session.js';

export interface AppDependencies {
  config: AppConfig;
  orm: Database;
  logger: Logger;
  jobs: JobQueue;
  secrets: SecretBox;
  storage: FileStorage;
  clock?: Clock;
}

export interface RunningApp {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = resolve(here, '..', '..', '..');
const staffAppDir = join(packagesDir, 'web-staff', 'dist');
const clientAppDir = join(packagesDir, 'web-client', 'dist');

/** Hides everything but deliberate, user-facing errors; the rest is logged and reported as a generic error. */
function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code && PUBLIC_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return { message: 'Something went wrong on our side. Please try again.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function requestLogger(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse() {
          logger.debug({ operation: request.operationName, ms: Math.round(performance.now() - started) }, 'graphql');
        },
      };
    },
  };
}

/** Builds the HTTP server: the GraphQL API, health check and both web apps, on one port. */
export async function createApp(deps: AppDependencies): Promise<{ app: express.Express; server: Server; apollo: ApolloServer<GraphQLContext> }> {
  const { config, orm, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const requestDeps = { ...deps, clock };
  const app = express();
  app.disable('x-powered-by');
  // Answers are per person and mostly to POSTs, so an entity tag (a hash of every body) buys nothing.
  // Static files keep theirs: express.static sets its own.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const server = createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildAtriumSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (main.ts): it stops HTTP, then the job queue, then the database.
    stopOnTerminationSignals: false,
    formatError: errorFormatter(logger),
    // No HTTP caching of answers (they are per person), so no per-field cache hints to compute.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: 3000 }), rejectNulCharacters<GraphQLContext>(), requestLogger(logger)],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  app.use(fileRoutes((req, res, portalSlug) => buildRequestContext(req, res, requestDeps, { portalSlug })));

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => buildRequestContext(req, res, requestDeps),
    }),
  );

  mountBillingRoutes(app, requestDeps);
  mountMessageRoutes(app, requestDeps);

  if (config.serveApps) serveWebApps(app, orm);
  return { app, server, apollo };
}

/** The staff app at /, the client app at /p/{slug}; an unknown firm's address answers 404 with the client app's page for it. */
function serveWebApps(app: express.Express, orm: Database): void {
  // Read on each request (a few kilobytes), so a rebuilt app is served without a restart.
  const sendIndex = (res: Response, dir: string, which: string, status = 200) => {
    const file = join(dir, 'index.html');
    if (!existsSync(file)) {
      res.status(503).type('text/plain').send(`The ${which} app is not built. Run \`npm start\` (or \`pnpm build\`) first.`);
      return;
    }
    res.status(status).type('html').set('Cache-Control', 'no-cache').send(readFileSync(file, 'utf8'));
  };

  app.use('/p/assets', express.static(join(clientAppDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.get(['/p/:slug', '/p/:slug/{*rest}'], async (req, res) => {
    const slug = String(req.params.slug).toLowerCase();
    const firm = await orm.em.fork().findOne(Firm, { slug }, { fields: ['id'] });
    sendIndex(res, clientAppDir, 'client', firm ? 200 : 404);
  });
  app.use(express.static(staffAppDir, { index: false, maxAge: '1h' }));
  app.get('/{*rest}', (_req, res) => sendIndex(res, staffAppDir, 'staff'));
}

/** Starts listening; resolves once the port is bound. */
export async function startApp(deps: AppDependencies): Promise<RunningApp> {
  const { server, apollo } = await createApp(deps);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(deps.config.port, deps.config.host, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await apollo.stop();
    },
  };
}
