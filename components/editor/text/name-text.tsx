/**
 * Names as people must read them: isolated from the text around them (`<bdi>`), with each
 * invisible character drawn as its code point, so that "pr\u200bod" does not pass for "prod" and a
 * right-to-left override inside a name cannot reorder what follows. The cutting is the model's
 * (`model/text/names.ts`); this file only draws it.
 */
import { isolateNames, splitInvisible } from '../../../model/text/names';

/** One name, isolated, its invisible characters shown as `U+200B` marks. */
export function NameText({ text }: { text: string }) {
  const parts = splitInvisible(text);
  return (
    <bdi>
      {parts.length === 1 && !parts[0]!.invisible
        ? text
        : parts.map((p, i) =>
            p.invisible ? (
              <span key={i} className="vc-invisible" title={`Invisible character ${p.invisible}`}>
                {p.invisible}
              </span>
            ) : (
              p.text
            ),
          )}
    </bdi>
  );
}

/** A finding message whose quoted names that could reorder it (right-to-left letters, bidi controls) are isolated. */
export function MessageText({ message, names }: { message: string; names: Iterable<string> }) {
  const parts = isolateNames(message, names);
  if (parts.length === 1 && !parts[0]!.name) return <>{message}</>;
  return <>{parts.map((p, i) => (p.name ? <NameText key={i} text={p.text} /> : p.text))}</>;
}
