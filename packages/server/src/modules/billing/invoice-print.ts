import type { Firm } from '../firms/firm.entity.js';
import type { InvoiceView } from './billing.types.js';
import { InvoiceStatus, PaymentMethod } from './invoice.entity.js';
import { formatMoney } from './invoice-totals.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STATUS_WORDS: Record<InvoiceStatus, string> = {
  [InvoiceStatus.DRAFT]: 'Draft — not issued',
  [InvoiceStatus.ISSUED]: 'Issued',
  [InvoiceStatus.PAID]: 'Paid',
  [InvoiceStatus.VOID]: 'Void',
};

const METHOD_WORDS: Record<PaymentMethod, string> = {
  [PaymentMethod.CARD]: 'Card',
  [PaymentMethod.BANK_TRANSFER]: 'Bank transfer',
  [PaymentMethod.CHECK]: 'Check',
  [PaymentMethod.CASH]: 'Cash',
  [PaymentMethod.OTHER]: 'Other',
};

function longDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function quantity(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function percent(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;
}

/** Only a plain http(s) address may become an image source on the page. */
function safeLogo(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A self-contained, printable invoice page in the firm's colours. The nonce lets the one inline
 * script (the Print button) run under a strict Content-Security-Policy.
 */
export function renderInvoiceHtml(invoice: InvoiceView, firm: Firm, options: { nonce: string; backHref: string }): string {
  const money = (minor: number) => escapeHtml(formatMoney(minor, invoice.currency));
  const accent = /^#[0-9a-fA-F]{6}$/.test(firm.accentColor) ? firm.accentColor : '#1f5f8b';
  const logo = safeLogo(firm.logoUrl);
  const rows = invoice.lines
    .map(
      (line) => `<tr>
        <td>${escapeHtml(line.description)}</td>
        <td class="num">${quantity(line.quantity)}</td>
        <td class="num">${money(line.unitPriceMinor)}</td>
        <td class="num">${percent(line.taxRateBasisPoints)}</td>
        <td class="num">${money(line.taxMinor)}</td>
        <td class="num">${money(line.amountMinor)}</td>
      </tr>`,
    )
    .join('');
  const payments = invoice.payments.length
    ? `<h2>Payments</h2>
      <div class="table-scroll" role="region" aria-label="Payments received" tabindex="0">
      <table><caption class="sr">Payments received</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Method</th><th scope="col">Reference</th><th scope="col" class="num">Amount</th></tr></thead>
        <tbody>${invoice.payments
          .map((p) => `<tr><td>${escapeHtml(longDate(p.receivedOn))}</td><td>${METHOD_WORDS[p.method]}</td><td>${escapeHtml(p.reference ?? '')}</td><td class="num">${money(p.amountMinor)}</td></tr>`)
          .join('')}</tbody>
      </table>
      </div>`
    : '';
  const title = `Invoice ${invoice.number} · ${firm.name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  :root { --accent: ${accent}; }
  * { box-sizing: border-box; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 0; background: #f4f5f7; }
  main { max-width: 860px; margin: 24px auto; background: #fff; padding: 40px; border-top: 6px solid var(--accent); }
  header { display: flex; justify-content: space-between; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
  header img { max-height: 64px; max-width: 220px; }
  h1 { margin: 0 0 4px; font-size: 1.6rem; }
  h2 { font-size: 1.1rem; margin: 32px 0 8px; }
  .firm { font-weight: 600; font-size: 1.15rem; color: var(--accent); }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 16px 0 0; }
  dt { color: #555; } dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; margin-top: 16px; }
  th, td { text-align: left; padding: 8px 6px; border-bottom: 1px solid #dcdfe3; vertical-align: top; }
  th { font-size: .85rem; color: #444; }
  .num { text-align: right; white-space: nowrap; }
  /* A table too wide for a phone scrolls on its own (and can be scrolled from the keyboard); the page does not. */
  .table-scroll { overflow-x: auto; }
  .table-scroll:focus-visible { outline: 3px solid #1b1f24; outline-offset: 2px; }
  .totals { margin-left: auto; width: min(100%, 340px); }
  .totals th { font-size: 1rem; color: inherit; font-weight: normal; }
  .totals tr.strong th, .totals tr.strong td { font-weight: 700; border-bottom: 2px solid #1b1f24; }
  .status { display: inline-block; padding: 2px 10px; border: 2px solid currentColor; border-radius: 4px; font-weight: 700; }
  .status.void, .status.draft { color: #a11; }
  .note { white-space: pre-wrap; margin-top: 24px; }
  .actions { max-width: 860px; margin: 16px auto 0; display: flex; gap: 16px; align-items: center; padding: 0 8px; }
  .actions button { font: inherit; padding: 8px 18px; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  .actions button:focus-visible, .actions a:focus-visible { outline: 3px solid #1b1f24; outline-offset: 2px; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  @media (max-width: 600px) { main { padding: 20px; margin: 0; } th, td { padding: 6px 3px; font-size: .85rem; } }
  @media print {
    body { background: #fff; font-size: 11pt; }
    main { margin: 0; padding: 0; max-width: none; border-top: 0; }
    .actions { display: none; }
    .table-scroll { overflow: visible; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    @page { margin: 18mm; }
  }
</style>
</head>
<body>
<nav class="actions" aria-label="Invoice actions">
  <button type="button" id="print">Print</button>
  <a href="${escapeHtml(options.backHref)}">Back</a>
</nav>
<main>
  <header>
    <div>
      ${logo ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(firm.name)}">` : ''}
      <div class="firm">${escapeHtml(firm.name)}</div>
    </div>
    <div>
      <h1>Invoice ${escapeHtml(invoice.number)}</h1>
      <span class="status ${invoice.status.toLowerCase()}">${STATUS_WORDS[invoice.status]}${invoice.overdue ? ' — overdue' : ''}</span>
    </div>
  </header>
  <dl>
    ${invoice.billedTo ? `<dt>Billed to</dt><dd>${escapeHtml(invoice.billedTo)}</dd>` : ''}
    <dt>Matter</dt><dd>${escapeHtml(invoice.matterNumber)} — ${escapeHtml(invoice.matterName)}</dd>
    <dt>Invoice date</dt><dd>${escapeHtml(longDate(invoice.issuedOn))}</dd>
    <dt>Due date</dt><dd>${escapeHtml(longDate(invoice.dueOn))}</dd>
    <dt>Currency</dt><dd>${escapeHtml(invoice.currency)}</dd>
  </dl>
  <h2>Details</h2>
  <div class="table-scroll" role="region" aria-label="Invoice lines" tabindex="0">
  <table>
    <caption class="sr">Invoice lines</caption>
    <thead><tr><th scope="col">Description</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Tax rate</th><th scope="col" class="num">Tax</th><th scope="col" class="num">Amount</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="6">No lines.</td></tr>'}</tbody>
  </table>
  </div>
  <table class="totals">
    <caption class="sr">Totals</caption>
    <tbody>
      <tr><th scope="row">Subtotal</th><td class="num">${money(invoice.totals.subtotal)}</td></tr>
      <tr><th scope="row">Tax</th><td class="num">${money(invoice.totals.tax)}</td></tr>
      <tr class="strong"><th scope="row">Total</th><td class="num">${money(invoice.totals.total)}</td></tr>
      <tr><th scope="row">Paid</th><td class="num">${money(invoice.totals.paid)}</td></tr>
      <tr class="strong"><th scope="row">Balance due</th><td class="num">${money(invoice.totals.balance)}</td></tr>
    </tbody>
  </table>
  ${payments}
  ${invoice.note ? `<p class="note">${escapeHtml(invoice.note)}</p>` : ''}
</main>
<script nonce="${options.nonce}">document.getElementById('print').addEventListener('click', function () { window.print(); });</script>
</body>
</html>`;
}

/** A small page for refusals (not found, sign in), in the same style. */
export function renderNoticeHtml(title: string, text: string, link?: { href: string; label: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;color:#1b1f24}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}</main></body></html>`;
}
