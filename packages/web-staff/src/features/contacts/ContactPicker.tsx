import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { plural } from '../../lib/format';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { TextField } from '../../ui/Field';
import { CONTACT_KIND_LABELS } from './labels';

const ContactPicker_ContactsQuery = graphql(`
  query ContactPicker_Contacts($first: Int!, $filter: ContactFilterInput) {
    contacts(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          displayName
          kind
          primaryEmail
        }
      }
    }
  }
`);

const RESULTS = 8;

export interface PickedContact {
  id: string;
  displayName: string;
  primaryEmail: string | null;
}

interface ContactPickerProps {
  selected: PickedContact | null;
  onSelect: (contact: PickedContact | null) => void;
  /** Contacts that cannot be chosen (already linked, already taking part). */
  excludeIds?: readonly string[];
  /** Errors about the choice, shown at the search box. */
  error?: readonly string[] | undefined;
  searchLabel?: string;
  /** Give the search box first focus in a dialog. */
  autoFocus?: boolean;
}

/** Finds a contact by name or email and picks one of the matches (radio buttons). */
export function ContactPicker({ selected, onSelect, excludeIds = [], error, searchLabel = 'Search contacts', autoFocus = false }: ContactPickerProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const groupName = useId();
  const { data, previousData, loading, error: queryError } = useQuery(ContactPicker_ContactsQuery, {
    variables: { first: RESULTS, filter: { search: debounced || null } },
  });
  const shown = data ?? previousData;
  const matches = (shown?.contacts.edges ?? []).map((edge) => edge.node).filter((node) => !excludeIds.includes(node.id));
  const total = shown?.contacts.totalCount ?? 0;

  let status: string;
  if (queryError) status = 'Contacts could not be searched. Try again.';
  else if (!shown && loading) status = 'Searching…';
  else if (total === 0) status = debounced ? `No contacts match “${debounced}”.` : 'There are no contacts yet.';
  else if (total > RESULTS) status = `${plural(total, 'contact matches', 'contacts match')}; the first few are shown. Type more to narrow the list.`;
  else if (matches.length === 0) status = 'No other contacts match.';
  else status = `${plural(matches.length, 'contact', 'contacts')} to choose from.`;

  return (
    <div className="picker">
      <TextField
        label={searchLabel}
        hint="Type part of a name or email address."
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches; it must not submit the surrounding form.
          if (event.key === 'Enter') event.preventDefault();
        }}
        error={error}
        data-autofocus={autoFocus || undefined}
      />
      <p className="picker__status" role="status">
        {status}
      </p>
      {matches.length > 0 ? (
        <fieldset className="picker__results">
          <legend className="visually-hidden">Matching contacts</legend>
          <ul>
            {matches.map((contact) => {
              const optionId = `${groupName}-${contact.id}`;
              return (
                <li key={contact.id} className={selected?.id === contact.id ? 'picker__option picker__option--selected' : 'picker__option'}>
                  <input
                    type="radio"
                    id={optionId}
                    name={groupName}
                    className="check__input"
                    checked={selected?.id === contact.id}
                    onChange={() => onSelect({ id: contact.id, displayName: contact.displayName, primaryEmail: contact.primaryEmail })}
                  />
                  <label htmlFor={optionId}>
                    <span className="picker__name">{contact.displayName}</span>
                    <span className="picker__detail">
                      {CONTACT_KIND_LABELS[contact.kind]}
                      {contact.primaryEmail ? ` · ${contact.primaryEmail}` : ''}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      {selected ? (
        <p className="picker__selected">
          Chosen: <strong>{selected.displayName}</strong>{' '}
          <button type="button" className="link-button" onClick={() => onSelect(null)}>
            Clear choice
          </button>
        </p>
      ) : null}
    </div>
  );
}
