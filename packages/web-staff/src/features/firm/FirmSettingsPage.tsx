import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useNotice } from '../../app/notice';
import type { FormError } from '../../lib/mutation';
import type { ResultOf } from '../../lib/operations';
import { FormAlert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { Loading, Page } from '../../ui/Page';
import { BrandingPreview } from './BrandingPreview';
import { isHexColor } from './color';
import { useUpdateFirm } from './useUpdateFirm';

const FirmSettingsPage_FirmQuery = graphql(`
  query FirmSettingsPage_Firm {
    firm {
      id
      name
      slug
      accentColor
      logoUrl
      updatedAt
    }
  }
`);

type Firm = ResultOf<typeof FirmSettingsPage_FirmQuery>['firm'];

export function FirmSettingsPage() {
  const { data, loading, error, refetch } = useQuery(FirmSettingsPage_FirmQuery);
  return (
    <Page title="Firm settings">
      <p className="lead">Your firm’s name and branding, as clients see them on the portal and in emails.</p>
      {loading && !data ? <Loading>Loading settings…</Loading> : null}
      {error && !data ? (
        <LoadErrorAlert title="The settings could not be loaded" error={error} onRetry={refetch} />
      ) : null}
      {data ? <FirmSettingsForm key={data.firm.id} firm={data.firm} /> : null}
    </Page>
  );
}

const keyOf = keyFromKnown(['name', 'accentColor', 'logoUrl']);

function FirmSettingsForm({ firm }: { firm: Firm }) {
  const { notify } = useNotice();
  const { updateFirm, loading } = useUpdateFirm();
  const [name, setName] = useState(firm.name);
  const [accentColor, setAccentColor] = useState(firm.accentColor);
  const [logoUrl, setLogoUrl] = useState(firm.logoUrl ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);
  // The colour picker only takes #rrggbb; while the text is something else it shows the last good colour.
  const [pickerColor, setPickerColor] = useState(isHexColor(firm.accentColor) ? firm.accentColor : '#1d5b86');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const outcome = await updateFirm({ name, accentColor, logoUrl });
    if (outcome.ok) {
      setErrors([]);
      const saved = outcome.payload.firm;
      if (saved) {
        setAccentColor(saved.accentColor);
        setLogoUrl(saved.logoUrl ?? '');
        setName(saved.name);
      }
      notify('The firm settings were saved.');
    } else {
      setErrors(outcome.errors);
    }
  }

  return (
    <div className="settings-layout">
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormAlert errors={sorted} />
        <TextField label="Firm name" autoComplete="organization" value={name} onChange={(event) => setName(event.target.value)} error={sorted.fields.get('name')} required />
        <div className="color-field">
          <TextField
            label="Accent colour"
            hint="A colour like #1f5f8b, used for buttons and links on the client portal."
            autoComplete="off"
            spellCheck={false}
            value={accentColor}
            onChange={(event) => {
              setAccentColor(event.target.value);
              if (isHexColor(event.target.value)) setPickerColor(event.target.value.trim().toLowerCase());
            }}
            error={sorted.fields.get('accentColor')}
            className="color-field__text"
          />
          <div className="field color-field__picker">
            <label className="field__label" htmlFor="firm-accent-picker">
              Pick a colour
            </label>
            <input
              id="firm-accent-picker"
              type="color"
              className="input input--color"
              value={pickerColor}
              onChange={(event) => {
                setPickerColor(event.target.value);
                setAccentColor(event.target.value);
              }}
            />
          </div>
        </div>
        <TextField
          label="Logo address (optional)"
          hint="An https:// address of an image. Leave blank for no logo."
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={logoUrl}
          onChange={(event) => setLogoUrl(event.target.value)}
          error={sorted.fields.get('logoUrl')}
        />
        <p className="muted">Client portal address: /p/{firm.slug}</p>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
            Save settings
          </Button>
        </div>
      </form>
      <BrandingPreview name={name} accentColor={isHexColor(accentColor) ? accentColor : pickerColor} logoUrl={logoUrl} slug={firm.slug} />
    </div>
  );
}
