/**
 * Keyboard shortcuts written as text ("Mod+Z", "Shift+Mod+Z", "?"): matched against key events,
 * and shown in the toolbar's tooltips and the help dialog. "Mod" is Cmd on macOS, Ctrl elsewhere.
 */

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: string): Parsed {
  const parts = shortcut.split('+');
  // "Mod++" or a lone "+": the key itself is a plus sign.
  const key = shortcut.endsWith('++') || shortcut === '+' ? '+' : parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, shortcut.endsWith('++') ? -2 : -1));
  return { mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt'), key };
}

/** Keys whose character already implies Shift on common layouts; Shift is not checked for them. */
const SHIFTED = new Set(['?', '+', '!', '@', '#']);

export function matches(shortcut: string, event: KeyboardEvent): boolean {
  const s = parse(shortcut);
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (s.mod !== mod || s.alt !== event.altKey) return false;
  if (!SHIFTED.has(s.key) && s.shift !== event.shiftKey) return false;
  if (s.key.length === 1) {
    // With Shift+Mod, some browsers report the digit's symbol; compare letters and digits by code too.
    if (event.key.toLowerCase() === s.key.toLowerCase()) return true;
    if (/^[a-z]$/i.test(s.key)) return event.code === `Key${s.key.toUpperCase()}`;
    if (/^[0-9]$/.test(s.key)) return event.code === `Digit${s.key}`;
    return false;
  }
  return event.key === s.key;
}

const NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', Delete: 'Del', Backspace: '⌫' };

/** How a shortcut is shown to the user on this platform. */
export function formatShortcut(shortcut: string): string {
  const s = parse(shortcut);
  const mac = isMac();
  const parts: string[] = [];
  if (s.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) parts.push(mac ? '⌥' : 'Alt');
  if (s.shift) parts.push(mac ? '⇧' : 'Shift');
  parts.push(NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key));
  return mac ? parts.join('') : parts.join('+');
}
