import { graphql } from '@atrium/schema/staff';
import { useCallback } from 'react';
import { succeeded, usePayloadMutation } from '../../lib/mutation';
import type { VariablesOf } from '../../lib/operations';

/** What staff see of an appointment or request; every appointment mutation answers with it. */
export const MatterAppointments_appointmentFragment = graphql(`
  fragment MatterAppointments_appointment on Appointment {
    id
    title
    status
    startsAt
    endsAt
    location
    details
    preferredTimes
    decisionNote
    decidedAt
    decidedByName
    shared
    sharedByName
    isRequest
    portalName
    requestedByName
    canDecide
    createdAt
    matter {
      id
      number
      name
    }
  }
`);

const MatterAppointments_CreateAppointmentMutation = graphql(`
  mutation MatterAppointments_CreateAppointment($input: CreateAppointmentInput!) {
    createAppointment(input: $input) {
      errors {
        code
        message
        field
      }
      appointment {
        ...MatterAppointments_appointment
      }
    }
  }
`);

const MatterAppointments_UpdateAppointmentMutation = graphql(`
  mutation MatterAppointments_UpdateAppointment($input: UpdateAppointmentInput!) {
    updateAppointment(input: $input) {
      errors {
        code
        message
        field
      }
      appointment {
        ...MatterAppointments_appointment
      }
    }
  }
`);

const MatterAppointments_DeleteAppointmentMutation = graphql(`
  mutation MatterAppointments_DeleteAppointment($input: AppointmentIdInput!) {
    deleteAppointment(input: $input) {
      errors {
        code
        message
        field
      }
      deletedId
    }
  }
`);

const MatterAppointments_SetAppointmentSharedMutation = graphql(`
  mutation MatterAppointments_SetAppointmentShared($input: SetAppointmentSharedInput!) {
    setAppointmentShared(input: $input) {
      errors {
        code
        message
        field
      }
      appointment {
        ...MatterAppointments_appointment
      }
    }
  }
`);

const AppointmentRequests_AcceptMutation = graphql(`
  mutation AppointmentRequests_Accept($input: AcceptAppointmentRequestInput!) {
    acceptAppointmentRequest(input: $input) {
      errors {
        code
        message
        field
      }
      appointment {
        ...MatterAppointments_appointment
      }
    }
  }
`);

const AppointmentRequests_DeclineMutation = graphql(`
  mutation AppointmentRequests_Decline($input: DeclineAppointmentRequestInput!) {
    declineAppointmentRequest(input: $input) {
      errors {
        code
        message
        field
      }
      appointment {
        ...MatterAppointments_appointment
      }
    }
  }
`);

export type CreateAppointmentInput = VariablesOf<typeof MatterAppointments_CreateAppointmentMutation>['input'];
export type UpdateAppointmentInput = VariablesOf<typeof MatterAppointments_UpdateAppointmentMutation>['input'];
export type AcceptAppointmentRequestInput = VariablesOf<typeof AppointmentRequests_AcceptMutation>['input'];

/** Lists that show appointments or requests, refetched after a change that moves items between them. */
const LISTS = ['MatterAppointments_Appointments', 'AppointmentRequestsPage_Requests'];
const refetchOnSuccess = (payload: { errors: readonly unknown[] } | null | undefined) => (succeeded(payload) ? LISTS : []);

/** Adds an appointment to a matter. */
export function useCreateAppointment() {
  const { run, loading } = usePayloadMutation(MatterAppointments_CreateAppointmentMutation, 'createAppointment', {
    refetchQueries: ({ data }) => refetchOnSuccess(data?.createAppointment),
    awaitRefetchQueries: true,
  });
  const createAppointment = useCallback((input: CreateAppointmentInput) => run({ variables: { input } }), [run]);
  return { createAppointment, loading };
}

/** Changes a scheduled appointment; it updates from the payload, the order refetches. */
export function useUpdateAppointment() {
  const { run, loading } = usePayloadMutation(MatterAppointments_UpdateAppointmentMutation, 'updateAppointment', {
    refetchQueries: ({ data }) => refetchOnSuccess(data?.updateAppointment),
  });
  const updateAppointment = useCallback((input: UpdateAppointmentInput) => run({ variables: { input } }), [run]);
  return { updateAppointment, loading };
}

/** Deletes an appointment or request and drops it from the cache. */
export function useDeleteAppointment() {
  const { run, loading } = usePayloadMutation(MatterAppointments_DeleteAppointmentMutation, 'deleteAppointment', {
    update(cache, { data }) {
      const id = data?.deleteAppointment.deletedId;
      if (succeeded(data?.deleteAppointment) && id) {
        cache.evict({ id: cache.identify({ __typename: 'Appointment', id }) });
        cache.gc();
      }
    },
  });
  const deleteAppointment = useCallback((appointmentId: string) => run({ variables: { input: { appointmentId } } }), [run]);
  return { deleteAppointment, loading };
}

/** Shares a scheduled appointment or stops sharing it. */
export function useSetAppointmentShared() {
  const { run } = usePayloadMutation(MatterAppointments_SetAppointmentSharedMutation, 'setAppointmentShared');
  return useCallback((appointmentId: string, shared: boolean) => run({ variables: { input: { appointmentId, shared } } }), [run]);
}

/** Accepts a request at a time; the request lists refetch (it leaves the open ones). */
export function useAcceptAppointmentRequest() {
  const { run, loading } = usePayloadMutation(AppointmentRequests_AcceptMutation, 'acceptAppointmentRequest', {
    refetchQueries: ({ data }) => refetchOnSuccess(data?.acceptAppointmentRequest),
    awaitRefetchQueries: true,
  });
  const accept = useCallback((input: AcceptAppointmentRequestInput) => run({ variables: { input } }), [run]);
  return { accept, loading };
}

/** Declines a request with a note; the request lists refetch. */
export function useDeclineAppointmentRequest() {
  const { run, loading } = usePayloadMutation(AppointmentRequests_DeclineMutation, 'declineAppointmentRequest', {
    refetchQueries: ({ data }) => refetchOnSuccess(data?.declineAppointmentRequest),
    awaitRefetchQueries: true,
  });
  const decline = useCallback((appointmentId: string, note: string) => run({ variables: { input: { appointmentId, note } } }), [run]);
  return { decline, loading };
}
