import type { Em } from '../../db/orm.js';
import { Appointment, AppointmentStatus } from '../appointments/appointment.entity.js';
import type { Firm } from '../firms/firm.entity.js';
import type { Matter } from '../matters/matter.entity.js';
import { CustomField, Note } from '../notes/note.entity.js';
import type { Portal, PortalMember } from '../portals/portal.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Task } from './task.entity.js';

const DAY = 86_400_000;

function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * Demo content for one matter shared with a portal: to-dos (one overdue, one done by the
 * member, one not shared), a shared note, custom fields, a shared appointment and an open
 * request from the member. Written with the caller's next flush.
 */
export function seedMatterItems(em: Em, on: { firm: Firm; matter: Matter; staff: StaffUser; portal: Portal; member: PortalMember; now: Date }): void {
  const { firm, matter, staff, portal, member, now } = on;
  const shared = { sharedAt: now, sharedBy: staff };
  em.create(Task, { firm, matter, title: 'Sign and return the engagement letter', dueDate: dayFrom(now, -2), createdBy: staff, ...shared });
  em.create(Task, { firm, matter, title: 'Upload a copy of your current will', description: 'A scan or a clear photo of every page is fine.', dueDate: dayFrom(now, 10), createdBy: staff, ...shared });
  em.create(Task, { firm, matter, title: 'Fill in the family details form', createdBy: staff, completedAt: new Date(now.getTime() - DAY), completedByMember: member, ...shared });
  em.create(Task, { firm, matter, title: 'Check the property records (internal)', createdBy: staff });
  em.create(Note, { firm, matter, title: 'What happens next', body: 'Once we have your current will, we prepare a first draft within two weeks and send it here for you to read.', createdBy: staff, ...shared });
  em.create(Note, { firm, matter, title: 'Internal: conflict check', body: 'No conflicts found.', createdBy: staff });
  em.create(CustomField, { firm, matter, label: 'Signing target', value: dayFrom(now, 30), ...shared });
  em.create(CustomField, { firm, matter, label: 'Fee arrangement', value: 'Fixed fee' });
  const start = new Date(Math.ceil((now.getTime() + 5 * DAY) / (60 * 60 * 1000)) * 60 * 60 * 1000);
  em.create(Appointment, {
    firm,
    matter,
    title: 'First draft review',
    startsAt: start,
    endsAt: new Date(start.getTime() + 60 * 60 * 1000),
    location: 'Our office, 2nd floor',
    status: AppointmentStatus.SCHEDULED,
    createdBy: staff,
    ...shared,
  });
  em.create(Appointment, {
    firm,
    matter,
    portal,
    title: 'Question about guardianship',
    preferredTimes: 'Weekday afternoons',
    status: AppointmentStatus.REQUESTED,
    requestedByMember: member,
  });
}
