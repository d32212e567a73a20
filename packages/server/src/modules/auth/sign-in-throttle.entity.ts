import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed sign-in attempts per key (an email or an address) in the current window.
 * Kept in the database so that every server behind a load balancer counts the same attempts.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'string', length: 400 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
