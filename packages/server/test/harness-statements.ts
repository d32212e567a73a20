// Counts the SQL statements the app's ORM runs while some work is done, to check that a list
// costs the same number of statements whatever its length. (Statements sent with executeNative
// bypass the ORM's log and are not counted; they are fixed in number where they are used.)
import type { TestApp } from './harness.js';

export async function statementsDuring(app: TestApp, work: () => Promise<unknown>): Promise<number> {
  const logger = app.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (context) => {
    count += 1;
    original(context);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
