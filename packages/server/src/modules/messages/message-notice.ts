import type { AppConfig } from '../../config.js';
import { executeNative } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Firm } from '../firms/firm.entity.js';
import { branding, loginAddress, type BrandedFirm } from '../invitations/invitation-email.js';
import { brandedHtml, type RenderedEmail } from '../mail/email-layout.js';
import { EmailKind } from '../mail/outbox-email.entity.js';
import { queueEmails } from '../mail/outbox.service.js';

/**
 * The notice a member gets when staff write to them. It names the conversation and who wrote,
 * never the message: that stays behind the portal's sign-in.
 */
export function renderNewMessageEmail(config: AppConfig, firm: BrandedFirm, memberName: string, staffName: string, subject: string, threadId: string): RenderedEmail {
  const link = `${loginAddress(config, firm)}/messages/${threadId}`;
  const text = [
    `Hello ${memberName},`,
    `${staffName} of ${firm.name} sent you a secure message in “${subject}”. Read it and reply in your portal:`,
    link,
    'For your privacy the message itself is not in this email.',
    firm.name,
  ].join('\n\n');
  return { subject: `${firm.name}: new secure message`, text, html: brandedHtml(branding(firm), text, 'Read the message') };
}

interface Recipient {
  name: string;
  email: string;
}

/**
 * Emails the portal's members who may use secure messaging that staff wrote in a thread, in the
 * caller's transaction. A member hears once per conversation until they have read it: one who
 * still has an earlier unread message there is not emailed again.
 */
export async function noticeMembersOfMessage(ctx: GraphQLContext, em: Em, input: { firmId: string; portalId: string; threadId: string; messageId: string; subject: string; staffName: string }): Promise<void> {
  const recipients = (await executeNative(
    em,
    `select m.name, m.email
       from portal_member m
       join portal_settings ps on ps.firm_id = m.firm_id and ps.enabled
      where m.portal_id = $1 and m.firm_id = $2 and m.status = 'ACTIVE' and m.perm_secure_messaging and m.client_user_id is not null
        and not exists (
          select 1 from message x
            left join thread_read_state r on r.thread_id = x.thread_id and r.member_id = m.id
           where x.thread_id = $3 and x.id <> $4 and x.author_member_id is distinct from m.id
             and (r.last_read_at is null or x.created_at > r.last_read_at))
      order by m.name, m.email`,
    [input.portalId, input.firmId, input.threadId, input.messageId],
  )) as Recipient[];
  if (recipients.length === 0) return;
  const firm = await em.findOneOrFail(Firm, { id: input.firmId });
  await queueEmails(
    em,
    ctx,
    recipients.map((member) => ({
      firmId: input.firmId,
      kind: EmailKind.NEW_MESSAGE,
      to: member.email,
      toName: member.name,
      ...renderNewMessageEmail(ctx.config, firm, member.name, input.staffName, input.subject, input.threadId),
    })),
  );
}
