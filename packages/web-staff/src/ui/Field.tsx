import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cx } from '../lib/cx';

/** What every labelled control shares: a visible label, an optional hint, and its errors. */
interface FieldMeta {
  label: ReactNode;
  hint?: ReactNode;
  error?: readonly string[] | string | undefined;
  /** Extra class on the wrapper. */
  className?: string;
}

function messagesOf(error: FieldMeta['error']): readonly string[] {
  if (!error) return [];
  return typeof error === 'string' ? [error] : error;
}

function joinIds(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** What a labelled control carries so that its label, hint and errors reach assistive technology. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * Ids for a control and the hint and error texts that describe it, its error messages, and the
 * attributes that tie them to the control (`describedBy` adds the caller's own descriptions).
 */
function useFieldState({ id, hint, error, describedBy }: { id: string | undefined; hint: ReactNode; error: FieldMeta['error']; describedBy?: string | undefined }) {
  const generated = useId();
  const controlId = id ?? `f${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  const control: ControlProps = {
    id: controlId,
    'aria-invalid': invalid || undefined,
    'aria-describedby': joinIds(hint ? hintId : undefined, invalid && errorId, describedBy),
  };
  return { controlId, hintId, errorId, messages, invalid, control };
}

/** The error text of a field; screen readers hear it through the control's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">Error: </span>
      {messages.join(' ')}
    </p>
  );
}

function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p className="field__hint" id={id}>
      {hint}
    </p>
  ) : null;
}

/** A field laid out as label, hint, control and errors; `children` renders the control with the props it is given. */
function LabelledField({
  label,
  hint,
  error,
  className,
  id,
  describedBy,
  children,
}: FieldMeta & { id: string | undefined; describedBy: string | undefined; children: (control: ControlProps) => ReactNode }) {
  const { controlId, hintId, errorId, messages, invalid, control } = useFieldState({ id, hint, error, describedBy });
  return (
    <div className={cx('field', invalid && 'field--invalid', className)}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      {children(control)}
      <FieldError id={errorId} messages={messages} />
    </div>
  );
}

type TextFieldProps = FieldMeta & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, hint, error, className, id, type = 'text', 'aria-describedby': describedBy, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className} id={id} describedBy={describedBy}>
      {(control) => <input {...control} type={type} className="input" {...input} />}
    </LabelledField>
  );
}

type TextAreaFieldProps = FieldMeta & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextAreaField({ label, hint, error, className, id, rows = 4, 'aria-describedby': describedBy, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className} id={id} describedBy={describedBy}>
      {(control) => <textarea {...control} rows={rows} className="input input--textarea" {...textarea} />}
    </LabelledField>
  );
}

interface SelectFieldProps extends FieldMeta, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> {
  options: readonly { value: string; label: string }[];
}

export function SelectField({ label, hint, error, className, id, options, 'aria-describedby': describedBy, ...select }: SelectFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className} id={id} describedBy={describedBy}>
      {(control) => (
        <select {...control} className="input input--select" {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

type CheckboxFieldProps = FieldMeta & Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type'>;

export function CheckboxField({ label, hint, error, className, id, 'aria-describedby': describedBy, ...input }: CheckboxFieldProps) {
  const { controlId, hintId, errorId, messages, invalid, control } = useFieldState({ id, hint, error, describedBy });
  return (
    <div className={cx('check', invalid && 'field--invalid', className)}>
      <input {...control} type="checkbox" className="check__input" {...input} />
      <div className="check__text">
        <label className="check__label" htmlFor={controlId}>
          {label}
        </label>
        <FieldHint id={hintId} hint={hint} />
        <FieldError id={errorId} messages={messages} />
      </div>
    </div>
  );
}

interface RadioGroupProps<T extends string> extends FieldMeta {
  name: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
  /** Lay the options out in a row. */
  inline?: boolean;
}

export function RadioGroup<T extends string>({ label, hint, error, className, name, value, options, onChange, inline = false }: RadioGroupProps<T>) {
  const { controlId, hintId, errorId, messages, invalid } = useFieldState({ id: undefined, hint, error });
  return (
    <fieldset className={cx('fieldset', 'radio-group', inline && 'radio-group--inline', invalid && 'field--invalid', className)}>
      <legend className="field__label">{label}</legend>
      <FieldHint id={hintId} hint={hint} />
      <div className="radio-group__options">
        {options.map((option) => {
          const optionId = `${controlId}-${option.value}`;
          const optionHintId = `${optionId}-hint`;
          return (
            <div className="check" key={option.value}>
              <input
                id={optionId}
                type="radio"
                className="check__input"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-invalid={invalid || undefined}
                aria-describedby={joinIds(option.hint ? optionHintId : undefined, hint ? hintId : undefined, invalid && errorId)}
              />
              <div className="check__text">
                <label className="check__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <p className="field__hint" id={optionHintId}>
                    {option.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} messages={messages} />
    </fieldset>
  );
}
