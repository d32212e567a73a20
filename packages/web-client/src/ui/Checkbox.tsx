import { useId, type InputHTMLAttributes, type Ref } from 'react';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-describedby' | 'aria-invalid'> {
  label: string;
  /** The field's error, shown above the box and tied to it with aria-describedby. */
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label to the right (the whole label is a click target) and its error. */
export function CheckboxField({ label, error, ref, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={['checkbox-field', error ? 'checkbox-field--invalid' : null, className].filter(Boolean).join(' ')}>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="checkbox-field__row">
        <input
          {...input}
          ref={ref}
          id={id}
          type="checkbox"
          className="checkbox-field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <label className="checkbox-field__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
