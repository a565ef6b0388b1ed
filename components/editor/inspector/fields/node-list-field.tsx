'use client';
import type { TopologyNode } from '../../../../model';
import { displayName } from '../../canvas/nodes/labels';
import type { FieldProps } from './field-types';

/** A set of nodes chosen among candidates (a load balancer's subnets). */
export function NodeListField({ id, label, value, fallback, onChange, candidates }: FieldProps<readonly string[]> & { candidates: readonly TopologyNode[] }) {
  const chosen = new Set(value ?? fallback ?? []);
  const missing = [...chosen].filter((c) => !candidates.some((n) => n.id === c));
  const toggle = (nodeId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(nodeId);
    else next.delete(nodeId);
    onChange([...next]);
  };
  return (
    <fieldset className="vc-field vc-list-field">
      <legend>{label}</legend>
      {candidates.length === 0 && <p className="vc-muted">No candidates in this VPC yet.</p>}
      {candidates.map((n) => (
        <div key={n.id} className="vc-check-field">
          <input id={`${id}-${n.id}`} type="checkbox" checked={chosen.has(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} />
          <label htmlFor={`${id}-${n.id}`}>{displayName(n)}</label>
        </div>
      ))}
      {missing.map((m) => (
        <div key={m} className="vc-check-field">
          <input id={`${id}-${m}`} type="checkbox" checked onChange={() => toggle(m, false)} />
          <label htmlFor={`${id}-${m}`}>{m} (not in this VPC)</label>
        </div>
      ))}
    </fieldset>
  );
}
