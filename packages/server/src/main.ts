// Atrium's server: checks the configuration, opens and migrates the database, seeds a demo
// firm into an empty one, and serves the API and both apps until told to stop.
import 'reflect-metadata';
import { ConfigError, loadConfig, redactDatabaseUrl } from './config.js';
import { DatabaseUnavailableError, openDatabase } from './db/orm.js';
import { createLogger } from './logger.js';
import { DEMO, seedDemoIfEmpty } from './modules/demo/demo-seed.js';
import { startAtrium } from './runtime.js';

function fatal(message: string): never {
  process.stderr.write(`atrium: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fatal(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const where = config.database.kind === 'postgres' ? redactDatabaseUrl(config.database.url) : `embedded PGlite in ${config.database.dataDir}`;
  logger.info({ database: where }, 'opening the database');
  let orm;
  try {
    orm = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fatal(error.message);
    throw error;
  }
  let atrium;
  try {
    atrium = await startAtrium({
      config,
      logger,
      orm,
      beforeServe: async (db, storage) => {
        if (config.seedDemo && (await seedDemoIfEmpty(db.em.fork(), config.demoPassword, storage))) {
          logger.info({ firm: DEMO.firmSlug }, 'seeded the demo firm into the empty database');
        }
      },
    });
  } catch (error) {
    await orm.close(true);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fatal(`port ${config.port} is in use; set PORT to another port.`);
    throw error;
  }
  if (atrium.appliedMigrations.length) logger.info({ migrations: atrium.appliedMigrations }, 'applied migrations');
  const base = config.publicUrl.toString().replace(/\/$/, '');
  const lines = [
    '',
    `Atrium is running on ${where}.`,
    `  Staff app:       ${base}/`,
    `  Client portal:   ${base}/p/${DEMO.firmSlug}`,
    `  GraphQL API:     ${base}/graphql`,
    `  Health:          ${base}/healthz`,
    config.mail.kind === 'smtp'
      ? '  Mail:            sent through SMTP_URL'
      : '  Mail:            kept, not sent (no SMTP_URL); read it on the staff app\'s Sent mail page',
  ];
  if (config.seedDemo) {
    lines.push(
      '',
      'Demo sign-in (seeded into an empty database):',
      `  staff admin:  ${DEMO.adminEmail}`,
      `  client:       ${DEMO.clientEmail} at ${base}/p/${DEMO.firmSlug}`,
      `  password:     the DEMO_PASSWORD setting (default: atrium-demo-password)`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => fatal('shutdown took longer than 10 s; exiting.'), 10_000);
    force.unref();
    await atrium.close();
    await orm.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`atrium: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
