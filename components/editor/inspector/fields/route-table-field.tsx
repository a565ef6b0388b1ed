'use client';
/** Choosing among the route tables of the element's VPC (document version 2). */
import type { VpcRouteTable } from '../../../../model';
import type { FieldProps } from './field-types';

const tableLabel = (table: VpcRouteTable) => (table.name ? `${table.name} (${table.id})` : table.id);

/** A subnet's route table: the main table unless one is named. */
export function RouteTableField({ id, label, value, onChange, tables }: FieldProps<string> & { tables: readonly VpcRouteTable[] }) {
  const known = value === undefined || tables.some((t) => t.id === value);
  return (
    <div className="vc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">Main table</option>
        {!known && <option value={value}>{value} (not a table of this VPC)</option>}
        {tables.map((t) => (
          <option key={t.id} value={t.id}>
            {tableLabel(t)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A gateway endpoint's associated route tables. */
export function RouteTableListField({ id, label, value, fallback, onChange, tables }: FieldProps<readonly string[]> & { tables: readonly VpcRouteTable[] }) {
  const chosen = new Set(value ?? fallback ?? []);
  const toggle = (tableId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(tableId);
    else next.delete(tableId);
    onChange([...next]);
  };
  return (
    <fieldset className="vc-field vc-list-field">
      <legend>{label}</legend>
      {tables.map((t) => (
        <div key={t.id} className="vc-check-field">
          <input id={`${id}-${t.id}`} type="checkbox" checked={chosen.has(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
          <label htmlFor={`${id}-${t.id}`}>{tableLabel(t)}</label>
        </div>
      ))}
    </fieldset>
  );
}
