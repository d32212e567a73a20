/** Where a sealed link goes in an email's text; the worker puts the real link there when sending. */
export const LINK_SLOT = '%%ATRIUM_LINK%%';

/** Where the recipient's name goes in a body several emails share; filled in like the link. */
export const NAME_SLOT = '%%ATRIUM_NAME%%';

export interface Branding {
  firmName: string;
  accentColor: string;
  logoUrl: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Fills {{name}} placeholders; unknown ones are left as they are. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Turns plain text into a simple branded HTML email: paragraphs, with the link (or the link
 * slot) shown as a button in the firm's accent colour.
 */
export function brandedHtml(branding: Branding, text: string, linkLabel?: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (linkLabel && (block === LINK_SLOT || /^https?:\/\/\S+$/.test(block))) {
        return `<p style="margin:24px 0"><a href="${escapeHtml(block)}" style="background:${escapeHtml(branding.accentColor)};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(linkLabel)}</a></p><p style="font-size:13px;color:#555">Or paste this address into your browser: ${escapeHtml(block)}</p>`;
      }
      return `<p style="margin:0 0 16px">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
  return brandedLayout(branding, paragraphs);
}

/** The firm's branded frame (logo, name, accent colour) around HTML that is already escaped. */
export function brandedLayout(branding: Branding, bodyHtml: string): string {
  const logo = branding.logoUrl ? `<img src="${escapeHtml(branding.logoUrl)}" alt="" style="max-height:48px;margin-bottom:8px"><br>` : '';
  return `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;color:#1b1f24;line-height:1.5;background:#f5f6f8;padding:24px">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;border-top:4px solid ${escapeHtml(branding.accentColor)}">
<div style="margin-bottom:24px">${logo}<strong style="font-size:18px">${escapeHtml(branding.firmName)}</strong></div>
${bodyHtml}
</div></body></html>`;
}
