import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useNotice } from '../../app/notice';
import { describeError } from '../../lib/mutation';
import { Alert } from '../../ui/Alert';
import { Loading, Page } from '../../ui/Page';
import { useViewer } from '../auth/viewer';
import { MatterForm } from './MatterForm';
import { useCreateMatter } from './useCreateMatter';
import { useUpdateMatter } from './useUpdateMatter';

const NewMatterPage_StaffMembersQuery = graphql(`
  query NewMatterPage_StaffMembers {
    staffMembers(includeDeactivated: false) {
      id
      name
    }
  }
`);

const EditMatterPage_MatterQuery = graphql(`
  query EditMatterPage_Matter($id: ID!) {
    matter(id: $id) {
      id
      number
      name
      description
      status
      responsibleStaff {
        id
        name
        active
      }
    }
    staffMembers(includeDeactivated: false) {
      id
      name
    }
  }
`);

export function NewMatterPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const { createMatter, loading: saving } = useCreateMatter();
  const { data, loading, error } = useQuery(NewMatterPage_StaffMembersQuery);
  const staff = data?.staffMembers ?? [];
  const defaultStaff = staff.find((member) => member.id === viewer.id) ?? staff[0];

  return (
    <Page title="New matter" back={{ to: '/matters', label: 'Matters' }}>
      {loading && !data ? <Loading>Loading…</Loading> : null}
      {error && !data ? (
        <Alert tone="error" role="alert" title="The form could not be prepared">
          <p>{describeError(error)}</p>
        </Alert>
      ) : null}
      {data ? (
        <MatterForm
          mode="create"
          initial={() => ({ name: '', number: '', description: '', responsibleStaffId: defaultStaff?.id ?? '', status: 'OPEN', participants: [] })}
          staffOptions={staff.map((member) => ({ value: member.id, label: member.id === viewer.id ? `${member.name} (you)` : member.name }))}
          submitLabel="Create matter"
          cancelTo="/matters"
          saving={saving}
          onSubmit={async (result) => {
            const outcome = await createMatter({
              name: result.name,
              number: result.number,
              description: result.description,
              responsibleStaffId: result.responsibleStaffId,
              participants: result.participants,
            });
            if (!outcome.ok) return outcome.errors;
            const matter = outcome.payload.matter;
            const path = matter ? `/matters/${matter.id}` : '/matters';
            notify(matter ? `Matter ${matter.number} was opened.` : 'The matter was opened.', path);
            await navigate(path);
            return [];
          }}
        />
      ) : null}
    </Page>
  );
}

export function EditMatterPage() {
  const { matterId = '' } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const { updateMatter, loading: saving } = useUpdateMatter();
  const { data, loading, error } = useQuery(EditMatterPage_MatterQuery, { variables: { id: matterId } });
  const matter = data?.matter;
  const detailPath = `/matters/${matterId}`;

  const staffOptions = (data?.staffMembers ?? []).map((member) => ({ value: member.id, label: member.id === viewer.id ? `${member.name} (you)` : member.name }));
  // A deactivated responsible staff member stays visible (and must be replaced to save).
  if (matter && !staffOptions.some((option) => option.value === matter.responsibleStaff.id)) {
    staffOptions.unshift({ value: matter.responsibleStaff.id, label: `${matter.responsibleStaff.name} (deactivated)` });
  }

  return (
    <Page title={matter ? `Edit ${matter.number}` : 'Edit matter'} back={{ to: matter ? detailPath : '/matters', label: matter ? `${matter.number} ${matter.name}` : 'Matters' }}>
      {loading && !data ? <Loading>Loading matter…</Loading> : null}
      {error && !data ? (
        <Alert tone="error" role="alert" title="The matter could not be loaded">
          <p>{describeError(error)}</p>
        </Alert>
      ) : null}
      {data && !matter ? (
        <Alert tone="warning" title="Matter not found">
          <p>There is no matter at this address. It may have been removed, or the link is wrong.</p>
        </Alert>
      ) : null}
      {matter ? (
        <MatterForm
          key={matter.id}
          mode="edit"
          initial={() => ({
            name: matter.name,
            number: matter.number,
            description: matter.description ?? '',
            responsibleStaffId: matter.responsibleStaff.id,
            status: matter.status,
            participants: [],
          })}
          staffOptions={staffOptions}
          currentNumber={matter.number}
          submitLabel="Save changes"
          cancelTo={detailPath}
          saving={saving}
          onSubmit={async (result) => {
            const outcome = await updateMatter({
              id: matter.id,
              name: result.name,
              number: result.number,
              description: result.description,
              responsibleStaffId: result.responsibleStaffId,
              status: result.status,
            });
            if (!outcome.ok) return outcome.errors;
            notify('Your changes were saved.', detailPath);
            await navigate(detailPath);
            return [];
          }}
        />
      ) : null}
    </Page>
  );
}
