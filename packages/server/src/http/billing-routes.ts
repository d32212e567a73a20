import { randomBytes } from 'node:crypto';
import type { Express, Response } from 'express';
import type { GraphQLContext } from '../graphql/context.js';
import { clientInvoice, findInvoiceView } from '../modules/billing/billing.service.js';
import type { InvoiceView } from '../modules/billing/billing.types.js';
import { renderInvoiceHtml, renderNoticeHtml } from '../modules/billing/invoice-print.js';
import { Firm } from '../modules/firms/firm.entity.js';
import { MemberStatus, PortalMember } from '../modules/portals/portal.entity.js';
import { buildRequestContext, type RequestDependencies } from './request-session.js';

function sendPage(res: Response, status: number, html: string, nonce?: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': `default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; script-src ${nonce ? `'nonce-${nonce}'` : "'none'"}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    })
    .send(html);
}

async function sendInvoice(res: Response, ctx: GraphQLContext, invoice: InvoiceView, firmId: string, backHref: string): Promise<void> {
  const firm = await ctx.em.findOneOrFail(Firm, { id: firmId });
  const nonce = randomBytes(16).toString('base64');
  sendPage(res, 200, renderInvoiceHtml(invoice, firm, { nonce, backHref }), nonce);
}

const NOT_FOUND = renderNoticeHtml('Invoice not found', 'There is no invoice here, or you do not have access to it.');

/** Printable invoices: staff see any invoice of their firm, clients only issued invoices they may see in their portal. */
export function mountBillingRoutes(app: Express, deps: RequestDependencies): void {
  app.get('/billing/invoices/:id/print', async (req, res) => {
    const ctx = await buildRequestContext(req, res, deps);
    if (!ctx.staff) {
      sendPage(res, 401, renderNoticeHtml('Sign in', 'Sign in to the staff app to see this invoice.', { href: '/', label: 'Sign in' }));
      return;
    }
    const invoice = await findInvoiceView(ctx, ctx.staff.firm.id, String(req.params.id));
    if (!invoice) return sendPage(res, 404, NOT_FOUND);
    await sendInvoice(res, ctx, invoice, ctx.staff.firm.id, `/matters/${invoice.matterId}?tab=billing`);
  });

  app.get('/p/:slug/billing/invoices/:id/print', async (req, res) => {
    const slug = String(req.params.slug).toLowerCase();
    const ctx = await buildRequestContext(req, res, deps, { portalSlug: slug });
    const client = ctx.client;
    if (!client) {
      sendPage(res, 401, renderNoticeHtml('Sign in', 'Sign in to your portal to see this invoice.', { href: `/p/${slug}`, label: 'Sign in' }));
      return;
    }
    // The member's portals where billing documents may be seen (the viewed member's only, in a staff view).
    const where = ctx.viewingAs ? { id: ctx.viewingAs.memberId } : { clientUser: client.id, status: MemberStatus.ACTIVE };
    const memberships = (await ctx.em.find(PortalMember, { ...where, firm: client.firm.id })).filter((m) => m.permissions.billingDocuments);
    for (const member of memberships) {
      const invoice = await clientInvoice(ctx.em, member.firm.id, member.portal.id, String(req.params.id), ctx.clock.now());
      if (invoice) return sendInvoice(res, ctx, invoice, member.firm.id, `/p/${slug}/billing`);
    }
    sendPage(res, 404, NOT_FOUND);
  });
}
