import { useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useId } from 'react';
import type { ResultOf } from '../../app/operations';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import { formatDateTime } from '../todos/dates';
import '../todos/items.css';

const SharedNotes_Items = graphql(`
  query SharedNotes_Items {
    myPortals {
      id
      notes {
        id
        title
        body
        updatedAt
        matter {
          id
          name
          number
        }
      }
      customFields {
        id
        label
        value
        matter {
          id
          name
          number
        }
      }
    }
  }
`);

interface MatterGroup<T> {
  matter: { id: string; name: string; number: string };
  items: T[];
}

/** Items in the order the server gives (by matter), gathered per matter. */
function byMatter<T extends { matter: { id: string; name: string; number: string } }>(items: readonly T[]): MatterGroup<T>[] {
  const groups: MatterGroup<T>[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.matter.id === item.matter.id);
    if (group) group.items.push(item);
    else groups.push({ matter: item.matter, items: [item] });
  }
  return groups;
}

/**
 * "Matter details": the notes and facts (custom fields such as "Court date") the firm shares
 * about the matters of one portal. Shown on the To-dos page; it can be placed on any page.
 */
export function SharedNotes({ portalId, headingLevel = 2 }: { portalId: string; headingLevel?: 2 | 3 }) {
  const firm = useFirm();
  const id = useId();
  const sessionEnded = useSessionEnded();
  const { data, error } = useQuery(SharedNotes_Items, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
  const portal = data?.myPortals.find((p) => p.id === portalId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section className="item-group" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Matter details</Heading>
      {!portal ? (
        error ? (
          <Alert title="The matter details could not be loaded">{describeRequestError(error)}</Alert>
        ) : (
          <Loading label="Loading matter details…" />
        )
      ) : portal.notes.length === 0 && portal.customFields.length === 0 ? (
        <p className="muted">Notes and key facts about your matters, such as a court date, appear here when {firm.name} shares them with you.</p>
      ) : (
        <MatterDetails fields={portal.customFields} notes={portal.notes} SubHeading={SubHeading} />
      )}
    </section>
  );
}

type SharedPortal = ResultOf<typeof SharedNotes_Items>['myPortals'][number];
type Fields = SharedPortal['customFields'];
type Notes = SharedPortal['notes'];

function MatterDetails({ fields, notes, SubHeading }: { fields: Fields; notes: Notes; SubHeading: 'h3' | 'h4' }) {
  const matters = new Map<string, { matter: { id: string; name: string; number: string }; fields: Fields; notes: Notes }>();
  for (const group of byMatter(fields)) matters.set(group.matter.id, { matter: group.matter, fields: group.items, notes: [] });
  for (const group of byMatter(notes)) {
    const entry = matters.get(group.matter.id);
    if (entry) entry.notes = group.items;
    else matters.set(group.matter.id, { matter: group.matter, fields: [], notes: group.items });
  }
  return (
    <ul className="items">
      {[...matters.values()].map(({ matter, fields: matterFields, notes: matterNotes }) => (
        <li key={matter.id} className="item">
          <SubHeading className="item__title">
            <span className="item__meta">{matter.number}</span> {matter.name}
          </SubHeading>
          {matterFields.length > 0 ? (
            <dl className="field-list">
              {matterFields.map((field) => (
                <div key={field.id}>
                  <dt>{field.label}</dt>
                  <dd>{field.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {matterNotes.map((note) => (
            <article key={note.id} aria-label={note.title}>
              <p className="item__title">{note.title}</p>
              <p className="item__meta">Updated {formatDateTime(note.updatedAt)}</p>
              {note.body ? <p className="item__text">{note.body}</p> : null}
            </article>
          ))}
        </li>
      ))}
    </ul>
  );
}
