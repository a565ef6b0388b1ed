'use client';
/**
 * Why pairs are blocked, for readers without a pointer and for paper: each rule once, each of its
 * messages once, with the pairs it blocks. Closed on screen (the matrix's hover says it per cell),
 * open when printed.
 */
import { useState } from 'react';
import type { ReachabilityMatrix } from '../../model/review/reach-matrix';
import { usePrinting } from './use-printing';
import { groupDigits } from '../../model/text/group-digits';

interface Reason {
  rule: string;
  message: string;
  pairs: string[];
}

function reasonsOf(matrix: ReachabilityMatrix): { reasons: Reason[]; pairs: number } {
  const byKey = new Map<string, Reason>();
  let pairs = 0;
  matrix.rows.forEach((from, i) =>
    matrix.columns.forEach((to, j) => {
      const cell = matrix.cells[i]?.[j];
      if (!cell || cell.reachable) return;
      pairs++;
      for (const blocker of cell.blockedBy) {
        const key = `${blocker.rule}\u0000${blocker.message}`;
        let reason = byKey.get(key);
        if (!reason) {
          reason = { rule: blocker.rule, message: blocker.message, pairs: [] };
          byKey.set(key, reason);
        }
        reason.pairs.push(`${from.name} → ${to.name}`);
      }
    }),
  );
  // Grouped by rule, in the order rules are first met.
  const rules = [...new Set([...byKey.values()].map((r) => r.rule))];
  return { reasons: rules.flatMap((rule) => [...byKey.values()].filter((r) => r.rule === rule)), pairs };
}

export function BlockedReasons({ matrix }: { matrix: ReachabilityMatrix }) {
  const printing = usePrinting();
  const [open, setOpen] = useState(false);
  const { reasons, pairs } = reasonsOf(matrix);
  if (reasons.length === 0) return null;
  return (
    <details className="vc-reach-why" open={open || printing} onToggle={(e) => !printing && setOpen(e.currentTarget.open)}>
      <summary>
        Why pairs are blocked: {groupDigits(reasons.length)} reason{reasons.length === 1 ? '' : 's'} for {groupDigits(pairs)} pair
        {pairs === 1 ? '' : 's'}
      </summary>
      <ul className="vc-reach-reasons">
        {reasons.map((reason) => (
          <li key={`${reason.rule}:${reason.message}`}>
            <code>{reason.rule}</code>: {reason.message}
            <span className="vc-reach-pairs"> {reason.pairs.join(', ')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
