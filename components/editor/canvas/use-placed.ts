'use client';
import { useEffect, useState } from 'react';

/**
 * Whether the document is placed and may be drawn: false while it is being placed, and until the
 * task after its placing ends. The placed document arrives in a task that already parses the
 * layout's answer and commits it; working out its drawing (the outline view of thousands of nodes,
 * the picture) in the same task made it one of over 100 ms. A task later, the page has painted
 * and answered input in between.
 */
export function usePlaced(placing: boolean): boolean {
  const [placed, setPlaced] = useState(!placing);
  useEffect(() => {
    if (placing) {
      setPlaced(false);
      return;
    }
    const timer = setTimeout(() => setPlaced(true), 0);
    return () => clearTimeout(timer);
  }, [placing]);
  return placed && !placing;
}
