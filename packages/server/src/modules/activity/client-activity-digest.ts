import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config.js';
import type { Database } from '../../db/orm.js';
import type { Clock } from '../../graphql/context.js';
import { Firm } from '../firms/firm.entity.js';
import { brandedLayout, escapeHtml } from '../mail/email-layout.js';
import { EmailKind } from '../mail/outbox-email.entity.js';
import { queueEmails, type NewEmail, type OutboxDeps } from '../mail/outbox.service.js';
import { Matter } from '../matters/matter.entity.js';
import { PortalSettings } from '../portal-settings/portal-settings.entity.js';
import { Portal, PortalMatter } from '../portals/portal.entity.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';
import { ActivityAction, ActivityEntry } from './activity-entry.entity.js';

/** What clients do that staff are emailed about (S12). Payments are recorded by staff, so they are not here. */
export const NOTIFIED_CLIENT_ACTIONS: readonly ActivityAction[] = [
  ActivityAction.DOCUMENT_UPLOADED,
  ActivityAction.TASK_COMPLETED,
  ActivityAction.MESSAGE_SENT,
  ActivityAction.APPOINTMENT_REQUESTED,
  ActivityAction.APPOINTMENT_REQUEST_WITHDRAWN,
  ActivityAction.DETAILS_CHANGED,
];

const ACTION_WORDS: Partial<Record<ActivityAction, string>> = {
  [ActivityAction.DOCUMENT_UPLOADED]: 'Uploaded a document',
  [ActivityAction.TASK_COMPLETED]: 'Marked a to-do done',
  [ActivityAction.MESSAGE_SENT]: 'Sent a message',
  [ActivityAction.APPOINTMENT_REQUESTED]: 'Asked for an appointment',
  [ActivityAction.APPOINTMENT_REQUEST_WITHDRAWN]: 'Withdrew an appointment request',
  [ActivityAction.DETAILS_CHANGED]: 'Changed their details',
};

/** The most entries one run takes; a longer backlog goes out over the next runs. */
const ENTRIES_PER_RUN = 500;
const DEFAULT_DELAY_MINUTES = 5;

export interface DigestDeps extends OutboxDeps {
  orm: Database;
  clock: Clock;
  logger: Logger;
  config: Pick<AppConfig, 'publicUrl'>;
}

export interface DigestOptions {
  /** Only this firm's entries (tests that share a database with others). */
  firmId?: string;
}

function isActive(staff: StaffUser | null | undefined): staff is StaffUser {
  return Boolean(staff && !staff.deactivatedAt);
}

/** An address in the staff app, which is served at the root of the public address. */
function staffLink(config: Pick<AppConfig, 'publicUrl'>, path: string): string {
  const base = config.publicUrl.pathname.endsWith('/') ? config.publicUrl : new URL(`${config.publicUrl.toString()}/`);
  return new URL(path, base).toString();
}

function formatWhen(date: Date): string {
  return `${date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

interface DigestLine {
  when: string;
  who: string;
  what: string;
  summary: string;
  linkLabel: string;
  link: string;
}

function renderDigest(firm: Firm, staff: StaffUser, lines: DigestLine[], delayMinutes: number): Pick<NewEmail, 'subject' | 'text' | 'html'> {
  const count = lines.length;
  const subject = count === 1 ? `${firm.name}: a client acted in the portal` : `${firm.name}: ${count} client actions in the portal`;
  const intro = `Hello ${staff.name},`;
  const lead = count === 1 ? 'A client did this in the client portal:' : `Clients did these ${count} things in the client portal:`;
  const gathering = delayMinutes > 0 ? `Actions within ${delayMinutes} minutes of each other come together in one email like this.` : '';
  const text = [
    intro,
    lead,
    ...lines.map((line) => `${line.when}: ${line.who}. ${line.what}.\n${line.summary}\n${line.linkLabel}: ${line.link}`),
    gathering,
    'Atrium',
  ]
    .filter(Boolean)
    .join('\n\n');
  const items = lines
    .map(
      (line) =>
        `<li style="margin:0 0 16px"><strong>${escapeHtml(line.what)}</strong>: ${escapeHtml(line.who)}<br><span style="color:#555;font-size:13px">${escapeHtml(line.when)}</span><br>${escapeHtml(line.summary)}<br><a href="${escapeHtml(line.link)}">${escapeHtml(line.linkLabel)}</a></li>`,
    )
    .join('\n');
  const html = brandedLayout(
    { firmName: firm.name, accentColor: firm.accentColor, logoUrl: firm.logoUrl },
    [
      `<p style="margin:0 0 16px">${escapeHtml(intro)}</p>`,
      `<p style="margin:0 0 16px">${escapeHtml(lead)}</p>`,
      `<ul style="padding-left:20px;margin:0 0 16px">${items}</ul>`,
      gathering ? `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(gathering)}</p>` : '',
      '<p style="margin:0 0 16px">Atrium</p>',
    ].join('\n'),
  );
  return { subject, text, html };
}

/**
 * S12: emails each responsible staff member ONE digest of what clients did, once the oldest
 * action waiting for them is as old as the firm's notification delay, and marks those actions
 * notified in the same transaction. Who hears of an action: the responsible staff member of its
 * matter; without a matter, those responsible for the portal's shared matters, else whoever made
 * the portal, else the firm's admins. Rows are taken with `for update skip locked`, so servers
 * running this at once never mail an action twice. Returns how many emails were queued.
 */
export async function sendClientActivityDigests(deps: DigestDeps, options: DigestOptions = {}): Promise<number> {
  const now = deps.clock.now();
  return deps.orm.em.fork().transactional(async (em) => {
    const where: FilterQuery<ActivityEntry> = {
      actorClient: { $ne: null },
      notifiedAt: null,
      action: { $in: [...NOTIFIED_CLIENT_ACTIONS] },
      occurredAt: { $lte: now },
      ...(options.firmId ? { firm: options.firmId } : {}),
    };
    const entries = await em.find(ActivityEntry, where, { orderBy: { occurredAt: 'asc', id: 'asc' }, limit: ENTRIES_PER_RUN, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (entries.length === 0) return 0;

    const firmIds = [...new Set(entries.map((e) => e.firm.id))];
    const matterIds = [...new Set(entries.flatMap((e) => (e.matter ? [e.matter.id] : [])))];
    const portalIds = [...new Set(entries.flatMap((e) => (e.portal ? [e.portal.id] : [])))];
    const firms = await em.find(Firm, { id: { $in: firmIds } });
    const settings = await em.find(PortalSettings, { firm: { $in: firmIds } });
    const admins = await em.find(StaffUser, { firm: { $in: firmIds }, role: StaffRole.ADMIN, deactivatedAt: null }, { orderBy: { name: 'asc' } });
    const matters = matterIds.length ? await em.find(Matter, { id: { $in: matterIds } }, { populate: ['responsibleStaff'] }) : [];
    const portals = portalIds.length ? await em.find(Portal, { id: { $in: portalIds } }, { populate: ['contact', 'createdBy'] }) : [];
    const shares = portalIds.length
      ? await em.find(PortalMatter, { portal: { $in: portalIds }, matter: { archivedAt: null } }, { populate: ['matter', 'matter.responsibleStaff'] })
      : [];

    const firmById = new Map(firms.map((f) => [f.id, f]));
    const delayOf = (firmId: string) => settings.find((s) => s.firm.id === firmId)?.notificationDelayMinutes ?? DEFAULT_DELAY_MINUTES;
    const matterById = new Map(matters.map((m) => [m.id, m]));
    const portalById = new Map(portals.map((p) => [p.id, p]));

    const recipientsOf = (entry: ActivityEntry): StaffUser[] => {
      const responsible = entry.matter ? matterById.get(entry.matter.id)?.responsibleStaff.getEntity() : null;
      if (isActive(responsible)) return [responsible];
      const portal = entry.portal ? portalById.get(entry.portal.id) : undefined;
      if (portal) {
        const ofShares = shares.filter((s) => s.portal.id === portal.id).map((s) => s.matter.getEntity().responsibleStaff.getEntity()).filter(isActive);
        if (ofShares.length) return [...new Map(ofShares.map((s) => [s.id, s])).values()];
        const creator = portal.createdBy?.getEntity();
        if (isActive(creator)) return [creator];
      }
      return admins.filter((admin) => admin.firm.id === entry.firm.id);
    };

    const recipients = new Map<string, StaffUser>();
    const entriesOf = new Map<string, ActivityEntry[]>();
    const recipientIdsOf = new Map<ActivityEntry, string[]>();
    for (const entry of entries) {
      const staff = recipientsOf(entry);
      recipientIdsOf.set(entry, staff.map((s) => s.id));
      for (const s of staff) {
        recipients.set(s.id, s);
        entriesOf.set(s.id, [...(entriesOf.get(s.id) ?? []), entry]);
      }
    }

    // A recipient is due once their oldest waiting action is as old as their firm's delay.
    const due = new Set(
      [...entriesOf].filter(([staffId, list]) => {
        const oldest = list[0]!.occurredAt.getTime();
        return now.getTime() - oldest >= delayOf(recipients.get(staffId)!.firm.id) * 60_000;
      }).map(([staffId]) => staffId),
    );
    // An action is marked once, so everyone who hears of it is mailed in the same run.
    for (let grew = true; grew; ) {
      grew = false;
      for (const ids of recipientIdsOf.values()) {
        if (ids.some((id) => due.has(id)) && ids.some((id) => !due.has(id))) {
          ids.forEach((id) => due.add(id));
          grew = true;
        }
      }
    }
    // An action nobody can be told of (no responsible staff, no admin) is not kept waiting forever.
    const untold = entries.filter((entry) => recipientIdsOf.get(entry)?.length === 0);
    untold.forEach((entry) => (entry.notifiedAt = now));
    if (due.size === 0) {
      await em.flush();
      return 0;
    }

    const emails: NewEmail[] = [];
    for (const staffId of due) {
      const staff = recipients.get(staffId)!;
      const firm = firmById.get(staff.firm.id)!;
      const lines = entriesOf.get(staffId)!.map((entry): DigestLine => {
        const portal = entry.portal ? portalById.get(entry.portal.id) : undefined;
        const matter = entry.matter ? matterById.get(entry.matter.id) : undefined;
        const portalName = portal?.contact.getEntity().displayName;
        return {
          when: formatWhen(entry.occurredAt),
          who: portalName && portalName !== entry.actorName ? `${entry.actorName} (portal of ${portalName})` : entry.actorName,
          what: ACTION_WORDS[entry.action] ?? entry.action,
          summary: entry.summary,
          linkLabel: matter ? `Matter ${matter.number} ${matter.name}` : portalName ? `Contact page of ${portalName}` : 'Activity log',
          link: matter ? staffLink(deps.config, `matters/${matter.id}`) : portal ? staffLink(deps.config, `contacts/${portal.contact.id}`) : staffLink(deps.config, 'activity'),
        };
      });
      emails.push({ firmId: firm.id, kind: EmailKind.CLIENT_ACTIVITY_DIGEST, to: staff.email, toName: staff.name, ...renderDigest(firm, staff, lines, delayOf(firm.id)) });
    }
    for (const entry of entries) {
      if (recipientIdsOf.get(entry)!.some((id) => due.has(id))) entry.notifiedAt = now;
    }
    await queueEmails(em, deps, emails);
    deps.logger.info({ emails: emails.length }, 'queued client activity digests');
    return emails.length;
  });
}
