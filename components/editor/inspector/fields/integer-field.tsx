'use client';
import { useEffect, useState } from 'react';
import type { FieldProps } from './field-types';

/**
 * A whole number. A number out of range cannot be stored (the file format refuses it), so the
 * typed text stays in the field with its error until it is fixed; clearing it removes the prop.
 */
export function IntegerField({ id, label, value, fallback, onChange, min, max }: FieldProps<number> & { min: number; max: number }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const trimmed = text.trim();
  const n = Number(trimmed);
  const problem =
    trimmed === '' ? undefined : !/^-?\d+$/.test(trimmed) ? 'Type a whole number.' : n < min || n > max ? `Type a whole number from ${min} to ${max}.` : undefined;
  return (
    <div className="vc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className={problem ? 'is-invalid' : undefined}
        aria-invalid={problem ? true : undefined}
        value={text}
        placeholder={fallback === undefined ? '' : String(fallback)}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const t = next.trim();
          const v = Number(t);
          if (t === '') onChange(undefined);
          else if (/^-?\d+$/.test(t) && v >= min && v <= max) onChange(v);
        }}
      />
      {problem && (
        <p className="vc-field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
