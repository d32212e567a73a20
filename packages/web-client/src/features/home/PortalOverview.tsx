import { useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { Link } from 'react-router';
import { formatMoney } from '../billing/money';
import { formatDateTime } from '../todos/dates';
import { useFirm } from '../firm/FirmContext';
import { sectionPath } from './useCurrentPortal';
import type { ClientPortal } from './portals';

/** What the home's section cards summarise: the same lists the section pages show. */
export const PortalOverview_Summary = graphql(`
  query PortalOverview_Summary {
    myPortals {
      id
      tasks {
        id
        done
        overdue
      }
      documents {
        id
      }
      unreadMessageCount
      billing {
        balance {
          amountMinor
          currency
        }
      }
      appointments {
        id
        title
        startsAt
        upcoming
        isRequest
        status
      }
    }
  }
`);

type Summary = NonNullable<ReturnType<typeof useSummary>>;

function useSummary(portalId: string) {
  const { data } = useQuery(PortalOverview_Summary, { fetchPolicy: 'cache-and-network' });
  return data?.myPortals.find((portal) => portal.id === portalId) ?? null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function todoText(summary: Summary | null): string {
  if (!summary) return 'Things the firm asks of you.';
  const open = summary.tasks.filter((task) => !task.done);
  const overdue = open.filter((task) => task.overdue).length;
  if (open.length === 0) return 'All done: nothing is waiting for you.';
  return `${plural(open.length, 'to-do', 'to-dos')} open${overdue ? `, ${overdue} overdue` : ''}.`;
}

function billingText(summary: Summary | null): string {
  const balance = summary?.billing?.balance.filter((amount) => amount.amountMinor > 0) ?? [];
  if (!summary) return 'Invoices and payments.';
  if (balance.length === 0) return 'Nothing is owed.';
  return `Balance due: ${balance.map((amount) => formatMoney(amount.amountMinor, amount.currency)).join(' and ')}.`;
}

function appointmentText(summary: Summary | null): string {
  if (!summary) return 'Meetings with the firm.';
  const next = summary.appointments.find((appointment) => appointment.upcoming && appointment.startsAt);
  if (next?.startsAt) return `Next: ${next.title}, ${formatDateTime(next.startsAt)}.`;
  const requests = summary.appointments.filter((appointment) => appointment.isRequest && appointment.status === 'REQUESTED').length;
  return requests ? `${plural(requests, 'request', 'requests')} waiting for the firm's answer.` : 'No upcoming appointments.';
}

/**
 * The home's cards (S4): one per section of the portal that has something shared and that the
 * member may use, with what is waiting there.
 */
export function PortalOverview({ portal, several, headingId }: { portal: ClientPortal; several: boolean; headingId: string }) {
  const firm = useFirm();
  const summary = useSummary(portal.id);
  const cards = [
    portal.sections.todos ? { path: 'todos', title: 'To-dos', text: todoText(summary) } : null,
    portal.sections.files ? { path: 'files', title: 'Files', text: summary ? `${plural(summary.documents.length, 'file', 'files')} shared with you.` : 'Documents shared with you, and yours.' } : null,
    portal.sections.billing ? { path: 'billing', title: 'Billing', text: billingText(summary) } : null,
    portal.sections.messages
      ? { path: 'messages', title: 'Messages', text: summary ? (summary.unreadMessageCount ? `${plural(summary.unreadMessageCount, 'unread message', 'unread messages')}.` : 'No unread messages.') : 'Secure messages with the firm.' }
      : null,
    portal.sections.appointments ? { path: 'appointments', title: 'Appointments', text: appointmentText(summary) } : null,
    portal.sections.myDetails ? { path: 'details', title: 'My details', text: 'Your contact details as the firm has them.' } : null,
  ].filter((card) => card !== null);
  if (cards.length === 0) return null;
  return (
    <ul className="cards overview" aria-labelledby={headingId}>
      {cards.map((card) => (
        <li key={card.path} className="card overview__card">
          <Link className="overview__link" to={sectionPath(firm.slug, card.path, portal, several)}>
            {card.title}
          </Link>
          <p className="overview__text">{card.text}</p>
        </li>
      ))}
    </ul>
  );
}
