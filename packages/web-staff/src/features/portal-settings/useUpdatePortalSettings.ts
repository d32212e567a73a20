import { graphql } from '@atrium/schema/staff';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { runMutation, succeeded } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

const PortalSettingsPage_UpdatePortalSettingsMutation = graphql(`
  mutation PortalSettingsPage_UpdatePortalSettings($input: UpdatePortalSettingsInput!) {
    updatePortalSettings(input: $input) {
      errors {
        code
        message
        field
      }
      portalSettings {
        enabled
        membersMayInvite
        membersMayEditDetails
        notificationDelayMinutes
        invitationValidityDays
        invitationSubject
        invitationBody
        termsOfService
        termsVersion
        updatedAt
        uploadMaxMegabytes
        allowedFileTypes
        defaultPermissions {
          myDocuments
          myDetails
          secureMessaging
          appointmentRequests
          billingDocuments
          payBalance
          inviteOthers
        }
      }
    }
  }
`);

export type UpdatePortalSettingsInput = VariablesOf<typeof PortalSettingsPage_UpdatePortalSettingsMutation>['input'];

/**
 * Changes the portal settings. They are one cache entry (PortalSettings has no id), which the
 * payload updates; the activity log is dropped, as the change is recorded there.
 */
export function useUpdatePortalSettings() {
  const [mutate, { loading }] = useMutation(PortalSettingsPage_UpdatePortalSettingsMutation, {
    update(cache, { data }) {
      if (!succeeded(data?.updatePortalSettings)) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'activity' });
      cache.gc();
    },
  });
  const updatePortalSettings = useCallback(
    (input: UpdatePortalSettingsInput) => runMutation(async () => (await mutate({ variables: { input } })).data?.updatePortalSettings),
    [mutate],
  );
  return { updatePortalSettings, loading };
}
