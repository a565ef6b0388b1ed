'use client';
/** The row under a route table that adds a static route: a destination checked as it is typed, and a target among those allowed. */
import { useState } from 'react';
import { parseCidr } from '../../../../model';

export interface TargetChoice {
  id: string;
  label: string;
}

/** Why the typed destination cannot be added, or undefined when it can. */
export function destinationProblem(text: string, taken: readonly string[]): string | undefined {
  const typed = text.trim();
  if (typed === '') return 'Type a destination block, e.g. 10.0.0.0/8 or 0.0.0.0/0.';
  const parsed = parseCidr(typed);
  if (!parsed.ok) return `${typed} ${parsed.reason}.`;
  if (parsed.block.hostBitsSet) return `${typed} has host bits set; AWS stores ${parsed.block.canonical}.`;
  if (taken.includes(parsed.block.canonical) || taken.includes(typed)) return `The table already has a route to ${typed}; remove it first.`;
  return undefined;
}

export function AddRouteForm({ id, targets, taken, onAdd, noTargets }: { id: string; targets: readonly TargetChoice[]; taken: readonly string[]; onAdd(destination: string, target: string): void; noTargets: string }) {
  const [destination, setDestination] = useState('');
  const [target, setTarget] = useState('');
  const [tried, setTried] = useState(false);
  const chosen = targets.some((t) => t.id === target) ? target : (targets[0]?.id ?? '');
  const problem = destination === '' && !tried ? undefined : destinationProblem(destination, taken);
  if (targets.length === 0) return <p className="vc-muted vc-rt-note">{noTargets}</p>;
  const submit = () => {
    setTried(true);
    if (destinationProblem(destination, taken) || !chosen) return;
    const parsed = parseCidr(destination.trim());
    onAdd(parsed.ok ? parsed.block.canonical : destination.trim(), chosen);
    setDestination('');
    setTried(false);
  };
  return (
    <form
      className="vc-rt-add"
      aria-label="Add a route"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="vc-rt-add-row">
        <input
          id={`${id}-destination`}
          type="text"
          aria-label="New route destination"
          placeholder="10.0.0.0/8"
          spellCheck={false}
          value={destination}
          className={problem ? 'is-invalid' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(e) => setDestination(e.target.value)}
        />
        <select id={`${id}-target`} aria-label="New route target" value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="submit" className="vc-button">
          Add
        </button>
      </div>
      {problem && (
        <p id={`${id}-error`} className="vc-field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
