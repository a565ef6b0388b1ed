'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * Whether the document is placed and may be drawn: false while it is being placed, and for two
 * tasks after its placing ends. The placed document arrives in a task that already parses the
 * layout's answer and commits it; working out its drawing in that task too made it one of over
 * 100 ms. The next task runs `prepare` (what the drawing will need, worked out ahead: the outline
 * view of thousands of nodes), and the one after draws.
 */
export function usePlaced(placing: boolean, prepare: () => void): boolean {
  const [placed, setPlaced] = useState(!placing);
  const latest = useRef(prepare);
  latest.current = prepare;
  useEffect(() => {
    if (placing) {
      setPlaced(false);
      return;
    }
    let timer = setTimeout(() => {
      latest.current();
      timer = setTimeout(() => setPlaced(true), 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [placing]);
  return placed && !placing;
}
