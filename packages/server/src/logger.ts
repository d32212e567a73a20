import { pino, type Logger } from 'pino';

/** Structured logs; secrets (cookies, passwords, tokens) are removed wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'atrium' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        '*.password',
        '*.token',
        '*.passwordHash',
        'input.password',
      ],
      censor: '[redacted]',
    },
  });
}
