'use client';
/** The head of a route table in the inspector, VPC or transit gateway: its name, what the owner adds (the main radio), delete, and its id. */
import type { ReactNode } from 'react';

export function RouteTableHead({
  table,
  name,
  onRename,
  onDelete,
  deleteRefusal,
  children,
}: {
  table: { id: string; name?: string };
  /** How the table is named in labels: its name, else its id. */
  name: string;
  onRename(name: string): void;
  onDelete(): void;
  /** Why the table cannot be deleted, when it cannot (the button is then disabled and says why). */
  deleteRefusal?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="vc-rt-head">
        <input
          id={`rt-${table.id}-name`}
          type="text"
          className="vc-rt-name"
          aria-label="Route table name"
          value={table.name ?? ''}
          placeholder={table.id}
          onChange={(e) => onRename(e.target.value)}
        />
        {children}
        <button
          type="button"
          className="vc-link-button vc-rt-delete"
          aria-label={`Delete route table ${name}`}
          title={deleteRefusal ?? `Delete route table ${name}`}
          disabled={deleteRefusal !== undefined}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
      <p className="vc-muted vc-rt-id">
        <code>{table.id}</code>
      </p>
    </>
  );
}
