'use client';
import { cidrProblem } from './cidr-field';
import type { FieldProps } from './field-types';

/**
 * A list of strings (address blocks, region codes), one input per entry. Entries are stored as
 * typed; with `family`, each is checked as a CIDR block and its error shown under it.
 */
export function ListField({
  id,
  label,
  value,
  fallback,
  onChange,
  family,
  itemLabel,
  placeholder,
}: FieldProps<readonly string[]> & { family?: 4 | 6; itemLabel: string; placeholder?: string }) {
  const items = value ?? fallback ?? [];
  const set = (next: string[]) => onChange(next);
  return (
    <fieldset className="vc-field vc-list-field">
      <legend>{label}</legend>
      {items.map((item, i) => {
        const problem = family ? cidrProblem(item, family) : undefined;
        const inputId = `${id}-${i}`;
        return (
          <div key={i} className="vc-list-row">
            <div className="vc-list-input">
              <input
                id={inputId}
                type="text"
                aria-label={`${itemLabel} ${i + 1}`}
                className={problem ? 'is-invalid' : undefined}
                aria-invalid={problem ? true : undefined}
                value={item}
                placeholder={placeholder}
                spellCheck={false}
                onChange={(e) => set(items.map((v, j) => (j === i ? e.target.value : v)))}
              />
              <button type="button" className="vc-icon-button" aria-label={`Remove ${itemLabel} ${i + 1}`} onClick={() => set(items.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
            {problem && (
              <p className="vc-field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" className="vc-link-button" onClick={() => set([...items, ''])}>
        + Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
