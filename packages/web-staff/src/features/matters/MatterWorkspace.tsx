import { useId, useRef, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { MatterActivity } from '../activity/MatterActivity';
import { MatterAppointments } from '../appointments/MatterAppointments';
import { MatterBilling } from '../billing/MatterBilling';
import { MatterDocuments } from '../documents/MatterDocuments';
import { MatterNotes } from '../notes/MatterNotes';
import { MatterSharedItems } from '../sharing/MatterSharedItems';
import { MatterTasks } from '../tasks/MatterTasks';

const TABS = [
  { key: 'documents', label: 'Documents', Panel: MatterDocuments },
  { key: 'tasks', label: 'To-dos', Panel: MatterTasks },
  { key: 'notes', label: 'Notes and fields', Panel: MatterNotes },
  { key: 'appointments', label: 'Appointments', Panel: MatterAppointments },
  { key: 'billing', label: 'Billing', Panel: MatterBilling },
  { key: 'shared', label: 'Shared with client', Panel: MatterSharedItems },
  { key: 'activity', label: 'Activity', Panel: MatterActivity },
] as const;

type TabKey = (typeof TABS)[number]['key'];

/**
 * The work on a matter, one tab per kind of item; the open tab is kept in the address (`?tab=`)
 * so a link or Back returns to it. Arrow keys move between tabs, as in any tab list.
 */
export function MatterWorkspace({ matterId }: { matterId: string }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const current: TabKey = TABS.some((tab) => tab.key === requested) ? (requested as TabKey) : 'documents';
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (key: TabKey, focus = false) => {
    const next = new URLSearchParams(params);
    next.set('tab', key);
    setParams(next, { replace: true });
    if (focus) tabRefs.current[TABS.findIndex((tab) => tab.key === key)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = TABS.length - 1;
    const target = event.key === 'ArrowRight' ? (index === last ? 0 : index + 1) : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    if (target === null) return;
    event.preventDefault();
    select(TABS[target]!.key, true);
  };

  return (
    <section className="section workspace" aria-label="Work on this matter">
      <div role="tablist" aria-label="Work on this matter" className="tabs">
        {TABS.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === current}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => select(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.filter((tab) => tab.key === current).map(({ key, Panel }) => (
        <div key={key} role="tabpanel" id={`${id}-panel-${key}`} aria-labelledby={`${id}-tab-${key}`} className="tabs__panel" tabIndex={0}>
          <Panel matterId={matterId} />
        </div>
      ))}
    </section>
  );
}
