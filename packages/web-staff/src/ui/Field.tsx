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

/** Ids for a control and the hint and error texts that describe it. */
function useFieldIds(id: string | undefined) {
  const generated = useId();
  const controlId = id ?? `f${generated}`;
  return { controlId, hintId: `${controlId}-hint`, errorId: `${controlId}-error` };
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

type TextFieldProps = FieldMeta & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, hint, error, className, id, type = 'text', 'aria-describedby': describedBy, ...input }: TextFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  return (
    <div className={cx('field', invalid && 'field--invalid', className)}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={controlId}
        type={type}
        className="input"
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, invalid && errorId, describedBy)}
        {...input}
      />
      <FieldError id={errorId} messages={messages} />
    </div>
  );
}

type TextAreaFieldProps = FieldMeta & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextAreaField({ label, hint, error, className, id, rows = 4, ...textarea }: TextAreaFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  return (
    <div className={cx('field', invalid && 'field--invalid', className)}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={controlId}
        rows={rows}
        className="input input--textarea"
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, invalid && errorId)}
        {...textarea}
      />
      <FieldError id={errorId} messages={messages} />
    </div>
  );
}

interface SelectFieldProps extends FieldMeta, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> {
  options: readonly { value: string; label: string }[];
}

export function SelectField({ label, hint, error, className, id, options, ...select }: SelectFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  return (
    <div className={cx('field', invalid && 'field--invalid', className)}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select
        id={controlId}
        className="input input--select"
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, invalid && errorId)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} messages={messages} />
    </div>
  );
}

type CheckboxFieldProps = FieldMeta & Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type'>;

export function CheckboxField({ label, hint, error, className, id, ...input }: CheckboxFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  return (
    <div className={cx('check', invalid && 'field--invalid', className)}>
      <input
        id={controlId}
        type="checkbox"
        className="check__input"
        aria-invalid={invalid || undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, invalid && errorId)}
        {...input}
      />
      <div className="check__text">
        <label className="check__label" htmlFor={controlId}>
          {label}
        </label>
        {hint ? (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        ) : null}
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
  const { controlId, hintId, errorId } = useFieldIds(undefined);
  const messages = messagesOf(error);
  const invalid = messages.length > 0;
  return (
    <fieldset className={cx('fieldset', 'radio-group', inline && 'radio-group--inline', invalid && 'field--invalid', className)}>
      <legend className="field__label">{label}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
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
