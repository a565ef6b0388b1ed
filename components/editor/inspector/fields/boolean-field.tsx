'use client';
import type { FieldProps } from './field-types';

export function BooleanField({ id, label, value, fallback, onChange }: FieldProps<boolean>) {
  return (
    <div className="vc-field vc-check-field">
      <input id={id} type="checkbox" checked={value ?? fallback ?? false} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
