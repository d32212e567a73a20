import type { AppConfig } from '../../config.js';
import type { Firm } from '../firms/firm.entity.js';

/** What an email needs of a firm: its name, address and branding. */
export type BrandedFirm = Pick<Firm, 'name' | 'slug' | 'accentColor' | 'logoUrl'>;
import { LINK_SLOT, brandedHtml, fillPlaceholders, type RenderedEmail } from '../mail/email-layout.js';
import type { PortalSettings } from '../portal-settings/portal-settings.entity.js';
import { LINK_PLACEHOLDER } from '../portal-settings/portal-settings.entity.js';

/** The firm's own login address: /p/{slug} under the configured public address. */
export function loginAddress(config: AppConfig, firm: BrandedFirm): string {
  return new URL(`p/${firm.slug}`, ensureSlash(config.publicUrl)).toString();
}

/** The registration link; the token travels in the fragment, which browsers never send to a server. */
export function invitationLink(config: AppConfig, firm: BrandedFirm, token: string): string {
  return `${new URL(`p/${firm.slug}/accept`, ensureSlash(config.publicUrl)).toString()}#${token}`;
}

export function passwordResetLink(config: AppConfig, firm: BrandedFirm, token: string): string {
  return `${new URL(`p/${firm.slug}/reset-password`, ensureSlash(config.publicUrl)).toString()}#${token}`;
}

function ensureSlash(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.toString()}/`);
}

export function branding(firm: BrandedFirm) {
  return { firmName: firm.name, accentColor: firm.accentColor, logoUrl: firm.logoUrl };
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface InvitationEmailInput {
  name: string;
  expiresAt: Date;
  message: string | null;
  subject?: string | null;
  body?: string | null;
}

/** The invitation email from the firm's template (or the staff member's edited copy), with the link slot. */
export function renderInvitationEmail(firm: BrandedFirm, settings: PortalSettings, input: InvitationEmailInput): RenderedEmail {
  const values = {
    firmName: firm.name,
    name: input.name,
    expiresOn: formatDate(input.expiresAt),
    message: input.message ?? '',
    link: LINK_SLOT,
  };
  const subject = fillPlaceholders(input.subject ?? settings.invitationSubject, values).replace(/\s+/g, ' ').trim();
  const body = (input.body ?? settings.invitationBody).replace(LINK_PLACEHOLDER, `\n\n${LINK_PLACEHOLDER}\n\n`);
  const text = fillPlaceholders(body, values).replace(/\n{3,}/g, '\n\n').trim();
  return { subject, text, html: brandedHtml(branding(firm), text, 'Set up your portal access') };
}

export function renderAccessGrantedEmail(config: AppConfig, firm: BrandedFirm, name: string, portalName: string): RenderedEmail {
  const login = loginAddress(config, firm);
  const text = [
    `Hello ${name},`,
    `${firm.name} has given you access to the portal of ${portalName}. Sign in with your existing email and password at:`,
    login,
    firm.name,
  ].join('\n\n');
  return { subject: `${firm.name}: you now have access to ${portalName}`, text, html: brandedHtml(branding(firm), text, 'Sign in') };
}

export function renderLoginReminderEmail(config: AppConfig, firm: BrandedFirm, name: string, email: string): RenderedEmail {
  const login = loginAddress(config, firm);
  const text = [
    `Hello ${name},`,
    `You already have an account on the ${firm.name} client portal. Sign in with your email address (${email}) at:`,
    login,
    'If you have forgotten your password, choose "Forgot your password?" on that page.',
    firm.name,
  ].join('\n\n');
  return { subject: `${firm.name}: your client portal sign-in address`, text, html: brandedHtml(branding(firm), text, 'Sign in') };
}

export function renderAccountCreatedEmail(config: AppConfig, firm: BrandedFirm, name: string, email: string): RenderedEmail {
  const login = loginAddress(config, firm);
  const text = [
    `Hello ${name},`,
    `Your account on the ${firm.name} client portal is ready.`,
    `Your login name: ${email}`,
    'Sign in at this address (you may want to bookmark it):',
    login,
    firm.name,
  ].join('\n\n');
  return { subject: `${firm.name}: your client portal account is ready`, text, html: brandedHtml(branding(firm), text, 'Sign in') };
}

export function renderStaffNotificationEmail(firm: BrandedFirm, staffName: string, clientName: string, clientEmail: string, portalName: string, matters: string[]): RenderedEmail {
  const text = [
    `Hello ${staffName},`,
    `${clientName} (${clientEmail}) accepted the invitation and created an account on the client portal of ${portalName}.`,
    matters.length ? `Matters shared with this portal that you are responsible for:\n${matters.map((m) => `- ${m}`).join('\n')}` : '',
    'Atrium',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: `${clientName} joined the client portal`, text, html: brandedHtml(branding(firm), text) };
}

export function renderPasswordResetEmail(firm: BrandedFirm, name: string, expiresAt: Date): RenderedEmail {
  const text = [
    `Hello ${name},`,
    `Someone asked to reset the password of your ${firm.name} client portal account. To choose a new password, open:`,
    LINK_SLOT,
    `The link works once, until ${expiresAt.toISOString().slice(11, 16)} UTC on ${formatDate(expiresAt)}. If you did not ask for this, ignore this email; your password stays as it is.`,
    firm.name,
  ].join('\n\n');
  return { subject: `${firm.name}: reset your client portal password`, text, html: brandedHtml(branding(firm), text, 'Choose a new password') };
}
