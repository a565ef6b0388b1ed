'use client';
import { useEffect, useState } from 'react';

/** True while the page is being printed (or print media is emulated), so closed sections can open for paper. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const print = window.matchMedia('print');
    const update = () => setPrinting(print.matches);
    const on = () => setPrinting(true);
    print.addEventListener('change', update);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', update);
    return () => {
      print.removeEventListener('change', update);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}
