'use client';
/**
 * The outline level of a large network drawn as one SVG picture in the canvas's coordinates
 * (picture-model.ts says why). It looks as the outline level's nodes do (editor.css, "Outline
 * picture"): a container's border and fill, a leaf's coloured square, a VPC's insides, lines
 * styled by kind; selection and marks are drawn a few screen pixels wide whatever the zoom. It
 * takes no pointer events: the nodes under the pointer are React Flow's (use-picture.ts).
 */
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { nodeClassName } from '../../kind-views';
import { bothWays } from '../edges/edge-class';
import { InteriorRects, leafSquare } from '../nodes/vpc-interior';
import type { Picture, PictureLine, PictureShape } from './picture-model';

/** Half the width of a container's border (editor.css `.vc-group`: 2 px inside the box). */
const HALF_BORDER = 1;

const ShapeView = memo(function ShapeView({ shape }: { shape: PictureShape }) {
  const { node, x, y, width, height, container, interior, selected, mark } = shape;
  const box = container ? { x: x + HALF_BORDER, y: y + HALF_BORDER, width: Math.max(0, width - 2 * HALF_BORDER), height: Math.max(0, height - 2 * HALF_BORDER) } : leafSquare(x, y, width);
  const ring = selected ? 'selected' : mark;
  return (
    <g className={`vc-picture-shape ${container ? 'vc-picture-group' : 'vc-picture-leaf'} ${nodeClassName(node)}${selected ? ' selected' : ''}`} data-id={node.id} data-kind={node.kind}>
      <rect className="vc-picture-box" {...box} {...(container ? {} : { rx: 6 })} />
      {interior && <InteriorRects items={interior} x={x} y={y} />}
      {ring && <rect className={`vc-picture-ring vc-picture-ring-${ring}`} {...box} />}
    </g>
  );
});

const LineView = memo(function LineView({ line }: { line: PictureLine }) {
  const flow = line.connection.kind === 'flow';
  return (
    <path
      className={`react-flow__edge-path ${line.className}`}
      d={line.d}
      data-id={line.id}
      {...(flow ? { markerEnd: 'url(#vc-arrow)', ...(bothWays(line.connection) ? { markerStart: 'url(#vc-arrow-start)' } : {}) } : {})}
    />
  );
});

export interface OutlinePictureProps {
  picture: Picture;
  /** The shapes drawn so far (a large picture is drawn in slices; null: all of them). */
  shown: ReadonlySet<string> | null;
  /** The shapes whose lines are drawn so far (null: all). */
  linesShown: ReadonlySet<string> | null;
}

/**
 * The picture is cut into SVG elements of this many shapes or lines: the browser paints again only
 * the pieces that changed (a slice of the drawing, a drag step, a selection), not one SVG of
 * thousands of elements each time.
 */
const SHAPES_PER_PIECE = 64;
const LINES_PER_PIECE = 128;

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

const NONE: readonly never[] = [];

/** One piece of the picture: some of its lines, or some of its shapes. */
const Piece = memo(
  function Piece({ lines = NONE, shapes = NONE }: { lines?: readonly PictureLine[]; shapes?: readonly PictureShape[] }) {
    return (
      <svg className="vc-picture" aria-hidden="true">
        {lines.map((line) => (
          <LineView key={line.id} line={line} />
        ))}
        {shapes.map((shape) => (
          <ShapeView key={shape.id} shape={shape} />
        ))}
      </svg>
    );
  },
  (a, b) => sameList(a.lines ?? NONE, b.lines ?? NONE) && sameList(a.shapes ?? NONE, b.shapes ?? NONE),
);

/** `items` in pieces of `size`, by their place in the whole list (so a piece keeps its members as more are shown), each holding those `keep` allows. */
function pieces<T>(items: readonly T[], size: number, keep: (item: T) => boolean): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    const piece: T[] = [];
    for (let i = start; i < Math.min(items.length, start + size); i++) if (keep(items[i]!)) piece.push(items[i]!);
    out.push(piece);
  }
  return out;
}

/**
 * One over the zoom, to the nearest power of √2: what makes a ring a few screen pixels wide
 * (`--vc-picture-scale`, editor.css). In steps, so that a zoom gesture restyles the picture a
 * few times rather than on every frame. (`vector-effect: non-scaling-stroke` does not see the
 * viewport's CSS transform.)
 */
const scaleOf = (s: ReactFlowState) => Math.SQRT2 ** -Math.round(Math.log2(s.transform[2]) * 2);

export const OutlinePicture = memo(function OutlinePicture({ picture, shown, linesShown }: OutlinePictureProps) {
  const scale = useStore(scaleOf);
  const linePieces = pieces(picture.lines, LINES_PER_PIECE, (line) => !linesShown || (linesShown.has(line.from) && linesShown.has(line.to)));
  const shapePieces = pieces(picture.shapes, SHAPES_PER_PIECE, (shape) => !shown || shown.has(shape.id));
  return (
    <ViewportPortal>
      <div className="vc-picture-layer" data-testid="outline-picture" style={{ '--vc-picture-scale': scale } as React.CSSProperties}>
        {linePieces.map((lines, i) => (
          <Piece key={`l${i}`} lines={lines} />
        ))}
        {shapePieces.map((shapes, i) => (
          <Piece key={`s${i}`} shapes={shapes} />
        ))}
      </div>
    </ViewportPortal>
  );
});
