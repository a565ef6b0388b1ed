'use client';
import type { FieldProps } from './field-types';

export function EnumField({ id, label, value, fallback, onChange, values }: FieldProps<string> & { values: readonly string[] }) {
  const current = value ?? fallback ?? values[0] ?? '';
  return (
    <div className="vc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} onChange={(e) => onChange(e.target.value)}>
        {!values.includes(current) && <option value={current}>{current}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
