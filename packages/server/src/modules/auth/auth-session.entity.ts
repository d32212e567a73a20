import { randomUUID } from 'node:crypto';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Firm } from '../firms/firm.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { PortalMember } from '../portals/portal.entity.js';

export enum SessionAudience {
  STAFF = 'staff',
  CLIENT = 'client',
}

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored,
 * so a copy of the table does not let anyone sign in. Ending a session deletes its row.
 */
@Entity({ tableName: 'auth_session' })
@Index({ properties: ['staffUser'] })
@Index({ properties: ['clientUser'] })
export class AuthSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Enum({ items: () => SessionAudience, nativeEnumName: 'session_audience' })
  audience!: SessionAudience;

  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'cascade' })
  staffUser: Ref<StaffUser> | null = null;

  @ManyToOne(() => ClientUser, { ref: true, nullable: true, deleteRule: 'cascade' })
  clientUser: Ref<ClientUser> | null = null;

  /** Set on a read-only session a staff member opened to view the portal as one member (I13). */
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'cascade' })
  viewingStaff: Ref<StaffUser> | null = null;

  @ManyToOne(() => PortalMember, { ref: true, nullable: true, deleteRule: 'cascade' })
  viewingMember: Ref<PortalMember> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;
}
