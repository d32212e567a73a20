import type { VariablesOf } from '../../lib/operations';
import type { MatterDetailPage_UpdateParticipantMutation } from './useUpdateMatterParticipant';
import type { MatterDetailPage_UpdateMatterMutation } from './useUpdateMatter';

export type ParticipantRole = VariablesOf<typeof MatterDetailPage_UpdateParticipantMutation>['input']['role'];
export type MatterStatus = VariablesOf<typeof MatterDetailPage_UpdateMatterMutation>['input']['status'];

export const PARTICIPANT_ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  CLIENT: 'Client',
  OPPOSING_PARTY: 'Opposing party',
  OPPOSING_COUNSEL: 'Opposing counsel',
  WITNESS: 'Witness',
  EXPERT: 'Expert',
  OTHER: 'Other',
};

export const MATTER_STATUS_LABELS: Readonly<Record<MatterStatus, string>> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};
