'use client';
import { parseCidr } from '../../../../model';
import type { FieldProps } from './field-types';

/** Why a CIDR text is not a block of the family, or undefined when it is. */
export function cidrProblem(text: string, family: 4 | 6): string | undefined {
  if (text.trim() === '') return `Type an IPv${family} block, e.g. ${family === 4 ? '10.0.0.0/24' : '2600:1f18::/64'}.`;
  const parsed = parseCidr(text, family);
  if (!parsed.ok) return `${text} ${parsed.reason}.`;
  if (parsed.block.hostBitsSet) return `${text} has host bits set; AWS stores ${parsed.block.canonical}.`;
  return undefined;
}

/**
 * One address block. What is typed is stored as typed, even when it does not parse: the error is
 * shown here and reported by validation, and nothing is lost.
 */
export function CidrField({ id, label, value, onChange, family, required }: FieldProps<string> & { family: 4 | 6; required: boolean }) {
  const text = value ?? '';
  const problem = text === '' && !required ? undefined : cidrProblem(text, family);
  return (
    <div className="vc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className={problem ? 'is-invalid' : undefined}
        value={text}
        placeholder={family === 4 ? '10.0.1.0/24' : '2600:1f18::/64'}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      {problem && (
        <p id={`${id}-error`} className="vc-field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
