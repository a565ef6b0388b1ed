'use client';
import type { FieldProps } from './field-types';

/** A free-text prop, with suggestions when the registry lists some. */
export function TextField({ id, label, value, fallback, onChange, placeholder, suggestions }: FieldProps<string> & { placeholder?: string; suggestions?: readonly string[] }) {
  return (
    <div className="vc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value ?? ''}
        placeholder={placeholder ?? fallback ?? ''}
        list={suggestions ? `${id}-suggestions` : undefined}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
