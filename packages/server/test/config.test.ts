// Unit tests of the configuration: defaults, the choice of database, and one clear line per bad variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactDatabaseUrl } from '../src/config.js';

const CWD = '/srv/atrium';
const KEY = 'k'.repeat(32);

/** The problems loadConfig reports for an environment; fails the test when it accepts it. */
function problemsOf(environment: Record<string, string>): { problems: string[]; message: string } {
  try {
    loadConfig(environment, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    return { problems: configError.problems, message: configError.message };
  }
  throw new Error(`accepted ${JSON.stringify(environment)}`);
}

describe('defaults', () => {
  it('runs on port 4000 with the embedded database under .data when nothing is set', () => {
    const config = loadConfig({}, CWD);
    expect({ ...config, publicUrl: config.publicUrl.href }).toEqual({
      port: 4000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:4000/',
      database: { kind: 'embedded', dataDir: '/srv/atrium/.data/pglite' },
      dataDir: '/srv/atrium/.data',
      logLevel: 'info',
      serveApps: true,
      seedDemo: true,
      demoPassword: 'atrium-demo-password',
      secureCookies: false,
      trustProxy: false,
      mail: { kind: 'kept', from: 'Atrium <no-reply@atrium.localhost>' },
      secretKey: null,
      s3: null,
    });
  });

  it('reads only the environment it is given', () => {
    const config = loadConfig({ PORT: '4100' }, CWD);
    expect(config.port).toBe(4100);
    expect(config.publicUrl.href).toBe('http://localhost:4100/');
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', HOST: '', DATABASE_URL: '', DATA_DIR: '', LOG_LEVEL: '', SERVE_APPS: '', DEMO_PASSWORD: '' }, CWD);
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '/srv/atrium/.data/pglite' });
    expect(config.logLevel).toBe('info');
    expect(config.serveApps).toBe(true);
    expect(config.demoPassword).toBe('atrium-demo-password');
  });

  it('takes every variable when set', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        PUBLIC_URL: 'https://portal.example.com',
        DATA_DIR: '/var/lib/atrium',
        LOG_LEVEL: 'warn',
        SERVE_APPS: 'no',
        SEED_DEMO: '0',
        DEMO_PASSWORD: 'a demo password here',
        TRUST_PROXY: 'yes',
        SMTP_URL: 'smtp://mailer:pw@mail.example.com:587',
        MAIL_FROM: 'Donnell & Dole <portal@example.com>',
        SECRET_KEY: KEY,
      },
      CWD,
    );
    expect({ ...config, publicUrl: config.publicUrl.href }).toEqual({
      port: 8080,
      host: '127.0.0.1',
      publicUrl: 'https://portal.example.com/',
      database: { kind: 'embedded', dataDir: '/var/lib/atrium/pglite' },
      dataDir: '/var/lib/atrium',
      logLevel: 'warn',
      serveApps: false,
      seedDemo: false,
      demoPassword: 'a demo password here',
      secureCookies: true,
      trustProxy: true,
      mail: { kind: 'smtp', url: 'smtp://mailer:pw@mail.example.com:587', from: 'Donnell & Dole <portal@example.com>' },
      secretKey: KEY,
      s3: null,
    });
  });

  it('keeps files in S3-compatible storage when a bucket and its keys are given', () => {
    const config = loadConfig(
      { S3_BUCKET: 'atrium-files', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' },
      CWD,
    );
    expect(config.s3).toEqual({ bucket: 'atrium-files', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', accessKeyId: 'key', secretAccessKey: 'secret', forcePathStyle: true });
  });

  it('refuses a bucket without keys, keys without a bucket, and a bad bucket name', () => {
    expect(() => loadConfig({ S3_BUCKET: 'atrium-files' }, CWD)).toThrow(/S3_ACCESS_KEY_ID must be set when S3_BUCKET is[\s\S]*S3_SECRET_ACCESS_KEY must be set/);
    expect(() => loadConfig({ S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }, CWD)).toThrow(/S3_BUCKET must be set when other S3_ settings are/);
    expect(() => loadConfig({ S3_BUCKET: 'Not_A_Bucket', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }, CWD)).toThrow(/S3_BUCKET must be a bucket name/);
    expect(() => loadConfig({ S3_BUCKET: 'files', S3_ENDPOINT: 'ftp://x', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }, CWD)).toThrow(/S3_ENDPOINT must be an absolute/);
  });

  it('reads true and false flags in their usual spellings', () => {
    for (const [value, expected] of [
      ['true', true],
      ['1', true],
      ['yes', true],
      ['false', false],
      ['0', false],
      ['no', false],
    ] as const) {
      const config = loadConfig({ SERVE_APPS: value, SEED_DEMO: value, TRUST_PROXY: value }, CWD);
      expect([config.serveApps, config.seedDemo, config.trustProxy], value).toEqual([expected, expected, expected]);
    }
  });

  it('marks cookies Secure only behind an https address', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://atrium.example.org/' }, CWD).secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://atrium.internal:4000' }, CWD).secureCookies).toBe(false);
  });
});

describe('the database', () => {
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const url = 'postgres://atrium:secret@db.internal:5432/atrium';
    expect(loadConfig({ DATABASE_URL: url, SECRET_KEY: KEY }, CWD).database).toEqual({ kind: 'postgres', url, poolSize: 10, preparedStatements: true });
    const other = 'postgresql://db.internal/atrium';
    expect(loadConfig({ DATABASE_URL: other, SECRET_KEY: KEY, DATABASE_POOL_SIZE: '25', DATABASE_PREPARED_STATEMENTS: 'false', DATA_DIR: 'elsewhere' }, CWD).database).toEqual({
      kind: 'postgres',
      url: other,
      poolSize: 25,
      preparedStatements: false,
    });
  });

  it('asks for SECRET_KEY with DATABASE_URL, since every server of a deployment must share it', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://db.internal/atrium' }).problems).toEqual([
      'SECRET_KEY must be set when DATABASE_URL is (every server of one deployment shares it)',
    ]);
    expect(problemsOf({ SECRET_KEY: 'too short' }).problems).toEqual([expect.stringMatching(/^SECRET_KEY must be at least 32 characters/)]);
  });

  it('uses the embedded database in DATA_DIR when DATABASE_URL is not set', () => {
    expect(loadConfig({ DATA_DIR: 'state' }, CWD).database).toEqual({ kind: 'embedded', dataDir: '/srv/atrium/state/pglite' });
    expect(loadConfig({ DATA_DIR: '/data' }, CWD).database).toEqual({ kind: 'embedded', dataDir: '/data/pglite' });
    // The pool size only matters for PostgreSQL.
    expect(loadConfig({ DATABASE_POOL_SIZE: '5' }, CWD).database.kind).toBe('embedded');
  });

  it('hides the password when printing a database address', () => {
    expect(redactDatabaseUrl('postgres://atrium:secret@db.internal:5432/atrium')).toBe('postgres://atrium:***@db.internal:5432/atrium');
    expect(redactDatabaseUrl('postgres://db.internal/atrium')).toBe('postgres://db.internal/atrium');
    expect(redactDatabaseUrl('not a url at all')).not.toContain('not a url');
  });
});

describe('bad variables', () => {
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ PORT: 'abc' }, 'PORT', /must be a number/],
    [{ PORT: '70000' }, 'PORT', /between 0 and 65535/],
    [{ PORT: '-1' }, 'PORT', /between 0 and 65535/],
    [{ PORT: '80.5' }, 'PORT', /whole number/],
    [{ PUBLIC_URL: 'atrium.firm.test' }, 'PUBLIC_URL', /absolute http\(s\) address/],
    [{ PUBLIC_URL: 'ftp://portal.example.com' }, 'PUBLIC_URL', /absolute http\(s\) address/],
    [{ DATABASE_URL: 'mysql://atrium:secret@db/atrium' }, 'DATABASE_URL', /postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL: 'db.internal:5432' }, 'DATABASE_URL', /postgres:\/\//],
    [{ DATABASE_POOL_SIZE: 'many' }, 'DATABASE_POOL_SIZE', /must be a number/],
    [{ DATABASE_URL: 'postgres://db/atrium', DATABASE_PREPARED_STATEMENTS: 'sometimes' }, 'DATABASE_PREPARED_STATEMENTS', /must be true or false/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /info/],
    [{ SERVE_APPS: 'maybe' }, 'SERVE_APPS', /must be true or false/],
    [{ SEED_DEMO: 'TRUE' }, 'SEED_DEMO', /must be true or false/],
    [{ TRUST_PROXY: '2' }, 'TRUST_PROXY', /must be true or false/],
    [{ DEMO_PASSWORD: 'tiny-pw' }, 'DEMO_PASSWORD', /at least 12 characters/],
  ];

  for (const [environment, variable, says] of cases) {
    it(`${variable}=${Object.values(environment)[0]} gives one line naming ${variable}`, () => {
      const { problems, message } = problemsOf(environment);
      expect(problems).toHaveLength(1);
      const [line = ''] = problems;
      expect(line.startsWith(`${variable} `)).toBe(true);
      expect(line).toMatch(says);
      expect(line).not.toContain('\n');
      expect(message).toContain(`\n  - ${line}`);
      // The value itself is not repeated: it may be a secret.
      expect(line).not.toContain(Object.values(environment)[0]);
    });
  }

  it('reports several bad variables on a line each', () => {
    const { problems, message } = problemsOf({
      PORT: 'abc',
      SERVE_APPS: 'maybe',
      DATABASE_URL: 'mysql://atrium:secret@db/atrium',
      DEMO_PASSWORD: 'tiny-pw',
      LOG_LEVEL: 'info',
    });
    expect(problems.map((line) => line.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'DEMO_PASSWORD', 'PORT', 'SERVE_APPS']);
    expect(message.split('\n')).toEqual(['Configuration is not valid:', ...problems.map((line) => `  - ${line}`)]);
    expect(message).not.toContain('secret');
  });

  it('says DATABASE_POOL_SIZE must be a whole number from 1 to 200', () => {
    for (const value of ['0', '201', '1.5']) {
      expect(problemsOf({ DATABASE_POOL_SIZE: value }).problems).toEqual(['DATABASE_POOL_SIZE must be a whole number from 1 to 200']);
    }
  });

  it('treats a PORT of only spaces as unset, not as port 0', () => {
    expect(loadConfig({ PORT: '   ' }, CWD).port).toBe(4000);
  });

  it('reports a PUBLIC_URL with another protocol together with the other bad variables', () => {
    const { problems } = problemsOf({ PUBLIC_URL: 'ftp://files.example.com', PORT: 'abc' });
    expect(problems.map((line) => line.split(' ')[0]).sort()).toEqual(['PORT', 'PUBLIC_URL']);
  });
});
