import type { GraphQLContext } from '../../graphql/context.js';

/**
 * Runs work in a transaction holding a lock on the firm's row, so that checks which span several
 * rows of one firm (the next matter number, "another active admin remains") cannot be passed by
 * two requests at once. Everything inside must use the context given to `work`: with a pool of
 * one connection, a query on the outer entity manager would wait for this transaction forever.
 */
export function withFirmLock<T>(ctx: GraphQLContext, firmId: string, work: (tx: GraphQLContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (em) => {
    await em.execute('select id from firm where id = ? for update', [firmId]);
    return work({ ...ctx, em });
  });
}
