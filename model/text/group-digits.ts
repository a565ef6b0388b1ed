/**
 * A number as English text sets it, with its thousands grouped ("5,121"), as
 * `toLocaleString('en-US')` would: the first call to that in a page starts ICU's number formatting,
 * measured at 30–85 ms on this machine, and the first call happens while a large document opens.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = String(Math.round(n * 1000) / 1000).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
