'use client';
import { memo } from 'react';
import type { Badge } from '../../findings/badges';

const WORD = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The count of findings about an element, coloured by the worst severity. */
export const FindingBadge = memo(function FindingBadge({ badge, className }: { badge: Badge; className?: string }) {
  const label = `${badge.count} ${WORD[badge.severity]}${badge.count === 1 ? '' : 's'}`;
  return (
    <span className={`vc-badge vc-badge-${badge.severity} ${className ?? ''}`} title={label} aria-label={label}>
      {badge.count}
    </span>
  );
});
