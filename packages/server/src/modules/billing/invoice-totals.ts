/**
 * The one place invoice amounts are computed. Everything is an integer in the currency's minor
 * unit; quantities are thousandths of a unit. Each line's amount and tax are rounded half-up
 * (amounts are never negative, so half-up and half-away-from-zero agree), then summed.
 */

export interface LineFigures {
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
}

export interface LineAmounts {
  amount: number;
  tax: number;
}

export interface InvoiceTotals {
  subtotal: number;
  tax: number;
  total: number;
  paid: number;
  balance: number;
}

/** numerator / denominator rounded half-up, for non-negative integers, without floating point. */
function divideHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

export function lineAmounts(line: LineFigures): LineAmounts {
  const amount = divideHalfUp(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), 1000n);
  const tax = divideHalfUp(BigInt(amount) * BigInt(line.taxRateBasisPoints), 10_000n);
  return { amount, tax };
}

export function invoiceTotals(lines: readonly LineFigures[], payments: readonly { amountMinor: number }[]): InvoiceTotals {
  let subtotal = 0;
  let tax = 0;
  for (const line of lines) {
    const figures = lineAmounts(line);
    subtotal += figures.amount;
    tax += figures.tax;
  }
  const total = subtotal + tax;
  const paid = payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
  return { subtotal, tax, total, paid, balance: total - paid };
}

/** How many minor units a currency has (2 for USD, 0 for JPY), as Intl knows it. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units as people read it, e.g. "$1,234.50". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}
