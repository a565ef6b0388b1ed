/**
 * Small inline styles for the picture. html-to-image 1.11.11 copies every computed property of
 * every element (about 560 in Chromium 156): for a 100-node diagram that is 3.6 s of copying on
 * these machines and a 7.5 MB SVG that then takes as long again to draw. Its clone uses a computed
 * style's `cssText` when it has one (Chromium's is always empty), so while it copies the stage,
 * `withLeanStyles` answers `getComputedStyle` for the stage's elements with a declaration whose
 * `cssText` lists only the properties below, and only where they differ from what the element
 * would get anyway: for an inherited property its parent's value, otherwise the browser's default
 * for its tag; and it answers that there are no ::before and ::after elements, as the canvas draws
 * none. The picture is the same; for 100 nodes the copy went from 3.6 s to 0.4 s and the SVG
 * from 7.5 MB to 0.36 MB.
 */

/** Every CSS property that draws something in the diagram, longhand, and whether it inherits. lean-styles.test.ts keeps it in step with the style sheets. */
export const DRAWN_PROPERTIES: ReadonlyArray<readonly [name: string, inherited: boolean]> = [
  // Box and layout.
  ['display', false],
  ['position', false],
  ['top', false],
  ['right', false],
  ['bottom', false],
  ['left', false],
  ['width', false],
  ['height', false],
  ['min-width', false],
  ['min-height', false],
  ['max-width', false],
  ['max-height', false],
  ['box-sizing', false],
  ['margin-top', false],
  ['margin-right', false],
  ['margin-bottom', false],
  ['margin-left', false],
  ['padding-top', false],
  ['padding-right', false],
  ['padding-bottom', false],
  ['padding-left', false],
  ['overflow-x', false],
  ['overflow-y', false],
  ['z-index', false],
  ['float', false],
  ['vertical-align', false],
  ['transform', false],
  ['translate', false],
  ['flex-direction', false],
  ['flex-wrap', false],
  ['flex-grow', false],
  ['flex-shrink', false],
  ['flex-basis', false],
  ['align-items', false],
  ['align-self', false],
  ['align-content', false],
  ['justify-content', false],
  ['justify-items', false],
  ['justify-self', false],
  ['row-gap', false],
  ['column-gap', false],
  ['grid-template-columns', false],
  ['grid-template-rows', false],
  // Paint.
  ['background-color', false],
  ['background-image', false],
  ['background-size', false],
  ['background-position', false],
  ['border-top-width', false],
  ['border-right-width', false],
  ['border-bottom-width', false],
  ['border-left-width', false],
  ['border-top-style', false],
  ['border-right-style', false],
  ['border-bottom-style', false],
  ['border-left-style', false],
  ['border-top-color', false],
  ['border-right-color', false],
  ['border-bottom-color', false],
  ['border-left-color', false],
  ['border-top-left-radius', false],
  ['border-top-right-radius', false],
  ['border-bottom-right-radius', false],
  ['border-bottom-left-radius', false],
  ['outline-width', false],
  ['outline-style', false],
  ['outline-color', false],
  ['outline-offset', false],
  ['box-shadow', false],
  ['opacity', false],
  ['filter', false],
  ['text-decoration-line', false],
  ['text-decoration-style', false],
  ['text-decoration-color', false],
  ['text-overflow', false],
  // Text (inherited).
  ['color', true],
  ['font-family', true],
  ['font-size', true],
  ['font-weight', true],
  ['font-style', true],
  ['line-height', true],
  ['letter-spacing', true],
  ['text-align', true],
  ['text-transform', true],
  ['white-space', true],
  ['word-break', true],
  ['overflow-wrap', true],
  ['direction', true],
  // Names are isolated so that a bidirectional control in one cannot reorder the text after it.
  ['unicode-bidi', false],
  ['visibility', true],
  ['list-style-type', true],
  ['border-collapse', true],
  // SVG (inherited).
  ['fill', true],
  ['fill-opacity', true],
  ['stroke', true],
  ['stroke-width', true],
  ['stroke-dasharray', true],
  ['stroke-dashoffset', true],
  ['stroke-linecap', true],
  ['stroke-linejoin', true],
  ['stroke-opacity', true],
];

const indexOf = (name: string) => DRAWN_PROPERTIES.findIndex(([property]) => property === name);
const TRANSFORM = indexOf('transform');

/**
 * Properties that draw only when another one is not `none`, and whose computed value then depends
 * on it: a border's computed width is 0 while its style is `none`, yet `medium` (3 px) is what a
 * bare `border-style: solid` gets. They are written exactly when their controller is not `none`.
 */
const CONTROLLED_BY: ReadonlyMap<number, number> = new Map(
  [
    ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
      [`border-${side}-width`, `border-${side}-style`],
      [`border-${side}-color`, `border-${side}-style`],
    ]),
    ['outline-width', 'outline-style'],
    ['outline-color', 'outline-style'],
    ['outline-offset', 'outline-style'],
    ['text-decoration-style', 'text-decoration-line'],
    ['text-decoration-color', 'text-decoration-line'],
  ].map(([property, controller]) => [indexOf(property!), indexOf(controller!)] as const),
);

/** A stand-in for a computed style: html-to-image reads `cssText` and `transformOrigin`. */
interface LeanDeclaration {
  cssText: string;
  transformOrigin: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What html-to-image reads of a pseudo-element's style: `content: none` means there is none. */
const NO_PSEUDO_ELEMENT = { cssText: '', getPropertyValue: () => 'none' } as unknown as CSSStyleDeclaration;

/** An empty standards-mode page: what an element's properties are when nothing but the browser styles it. */
async function blankPage(): Promise<{ doc: Document; remove(): void }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:100px;height:100px;border:0;visibility:hidden';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = '<!DOCTYPE html><html><head><title>defaults</title></head><body><svg></svg></body></html>';
  document.body.appendChild(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('no page to read default styles from');
  return { doc, remove: () => frame.remove() };
}

class LeanStyleReader {
  private readonly values = new Map<Element, string[]>();
  private readonly defaults = new Map<string, string[]>();

  constructor(
    private readonly root: Element,
    private readonly blank: Document,
    private readonly computed: (element: Element) => CSSStyleDeclaration,
  ) {}

  private read(style: CSSStyleDeclaration): string[] {
    return DRAWN_PROPERTIES.map(([name]) => style.getPropertyValue(name));
  }

  private valuesOf(element: Element): string[] {
    let values = this.values.get(element);
    if (!values) {
      values = this.read(this.computed(element));
      this.values.set(element, values);
    }
    return values;
  }

  private defaultsOf(element: Element): string[] {
    const svg = element.namespaceURI === SVG_NS;
    const key = `${svg ? 'svg:' : ''}${element.localName}`;
    let values = this.defaults.get(key);
    if (!values) {
      const body = this.blank.body;
      const host = svg && element.localName !== 'svg' ? body.querySelector('svg')! : body;
      const probe = svg ? this.blank.createElementNS(SVG_NS, element.localName) : this.blank.createElement(element.localName);
      host.appendChild(probe);
      values = this.read(this.blank.defaultView!.getComputedStyle(probe));
      probe.remove();
      this.defaults.set(key, values);
    }
    return values;
  }

  declaration(element: Element): LeanDeclaration {
    const own = this.valuesOf(element);
    const parent = element === this.root ? null : element.parentElement;
    const inheritedFrom = parent && this.root.contains(parent) ? this.valuesOf(parent) : undefined;
    const defaults = this.defaultsOf(element);
    const parts: string[] = [];
    DRAWN_PROPERTIES.forEach(([name, inherited], i) => {
      const value = own[i];
      if (!value) return;
      const controller = CONTROLLED_BY.get(i);
      if (controller !== undefined) {
        if (own[controller] !== 'none') parts.push(`${name}: ${value}`);
        return;
      }
      // The root inherits from the SVG around it, which has only initial values: it says everything.
      const expected = inherited ? inheritedFrom?.[i] : defaults[i];
      if (value !== expected) parts.push(`${name}: ${value}`);
    });
    const transformed = own[TRANSFORM] !== 'none';
    return { cssText: parts.join('; '), transformOrigin: transformed ? this.computed(element).transformOrigin : '' };
  }
}

/**
 * Runs `copy` (html-to-image's copy of `root`) with lean computed styles for `root` and its
 * descendants; every other call of getComputedStyle, and pseudo-element styles, go to the browser.
 */
export async function withLeanStyles<T>(root: Element, copy: () => Promise<T>): Promise<T> {
  const blank = await blankPage();
  const original = window.getComputedStyle;
  const computed = (element: Element) => original.call(window, element);
  const reader = new LeanStyleReader(root, blank.doc, computed);
  window.getComputedStyle = function leanComputedStyle(element: Element, pseudo?: string | null) {
    if (!root.contains(element)) return original.call(window, element, pseudo);
    // The canvas style sheets draw no ::before or ::after (lean-styles.test.ts checks), so there is none to copy.
    if (pseudo) return NO_PSEUDO_ELEMENT;
    return reader.declaration(element) as unknown as CSSStyleDeclaration;
  };
  try {
    return await copy();
  } finally {
    window.getComputedStyle = original;
    blank.remove();
  }
}
