import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Firm } from '../firms/firm.entity.js';

/** A single-use link to choose a new password; only the token's hash is kept. */
@Entity({ tableName: 'password_reset' })
@Index({ properties: ['clientUser'] })
export class PasswordReset extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => ClientUser, { ref: true, deleteRule: 'cascade' })
  clientUser!: Ref<ClientUser>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
