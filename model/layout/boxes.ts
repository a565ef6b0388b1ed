/**
 * The layouts this module computes itself, without ELK: a grid for simple containers, and the VPC
 * layout an architect draws (one column per availability zone, public subnets above private ones,
 * VPC-level resources below, gateways on the edge). Doing these by hand keeps them exact and
 * fast, and leaves ELK a small graph of boxes to arrange.
 *
 * Every grid keeps its columns and rows aligned, so the gaps between them are free lanes from one
 * side of the container to the other: `routes.ts` takes edges out of a container through them.
 */
import { tryParseCidr } from '../cidr/cidr';
import { textWidth } from '../text/text-metrics';
import { DETAIL_FONT, KIND_FONT, NAME_FONT, TITLE_LEFT, TITLE_RIGHT } from '../text/container-title';
import { containerDetails, containerKindLabel, displayName } from '../edit/node-labels';
import {
  GATEWAY_GAP,
  ICON_CENTER_Y,
  LEAF_GAP,
  MAX_TITLE_ROOM,
  minContainerSize,
  PADDING,
  SUBNET_GAP,
  TITLE_ROOM,
} from './constants';
import { maxOf } from './extremes';
import { compareNodes, compareText, footprintHeight, footprintWidth, headerOf, type Box } from './tree';

type Matrix = Array<Array<Box | undefined>>;

interface GridGeometry {
  colX: number[];
  colW: number[];
  rowY: number[];
  rowH: number[];
  width: number;
  height: number;
}

/** A box's footprint includes what is mounted on its edges. */

function measureGrid(rows: Matrix, gapX: number, gapY: number, x0: number, y0: number): GridGeometry {
  const nCols = maxOf(rows, (r) => r.length, 0);
  const colW = Array.from({ length: nCols }, (_, c) => maxOf(rows, (r) => (r[c] ? footprintWidth(r[c]) : 0), 0));
  const rowH = rows.map((r) => maxOf(r, (b) => (b ? footprintHeight(b) : 0), 0));
  const colX: number[] = [];
  const rowY: number[] = [];
  let x = x0;
  for (const w of colW) {
    colX.push(x);
    x += w + gapX;
  }
  let y = y0;
  for (const h of rowH) {
    rowY.push(y);
    y += h + gapY;
  }
  const sum = (values: number[], gap: number) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) + gap * (values.length - 1));
  return { colX, colW, rowY, rowH, width: sum(colW, gapX), height: sum(rowH, gapY) };
}

/**
 * Puts each child at the top-left of its cell and records the cell. `leftReserved` and
 * `topReserved` mark where the free space before the first column and row begins (after the
 * title bar, or after gateways mounted on the edge).
 */
function placeGrid(
  parent: Box,
  rows: Matrix,
  geo: GridGeometry,
  gapX: number,
  gapY: number,
  leftReserved: number,
  topReserved: number,
  stretch: boolean,
): void {
  const nCols = geo.colW.length;
  rows.forEach((row, r) => {
    row.forEach((child, c) => {
      if (!child) return;
      const colX = geo.colX[c]!;
      const rowY = geo.rowY[r]!;
      child.x = colX + child.ext.left;
      child.y = rowY + child.ext.top;
      if (stretch) {
        child.width = geo.colW[c]! - child.ext.left;
        child.height = geo.rowH[r]! - child.ext.top;
      }
      const roomAbove = r === 0 ? Math.min(gapY, rowY - topReserved) : gapY;
      parent.cells.set(child.id, {
        colLeft: colX,
        colRight: colX + geo.colW[c]!,
        leftRoom: c === 0 ? Math.min(gapX, colX - leftReserved) : gapX,
        gap: gapX,
        lastCol: c === nCols - 1,
        laneAbove: rowY - roomAbove / 2,
      });
    });
  });
}

/** Rows of at most `cols` items, in order. */
function rowMajor(items: readonly Box[], cols: number): Matrix {
  const rows: Matrix = [];
  for (let i = 0; i < items.length; i += cols) rows.push(items.slice(i, i + cols));
  return rows;
}

/** A grid of the children, about as wide as tall, below the title bar. */
export function arrangeGrid(box: Box): void {
  box.cells.clear();
  const items = box.children;
  const cols = items.length === 0 ? 0 : Math.ceil(Math.sqrt(items.length));
  const rows = rowMajor(items, cols);
  const min = minContainerSize(box.kind);
  // The width comes from the columns alone; the title bar at that width says where the rows start.
  const width = Math.max(min.width, PADDING + measureGrid(rows, LEAF_GAP, LEAF_GAP, PADDING, 0).width + PADDING);
  const header = headerOf(box, width);
  const top = header + LEAF_GAP;
  const geo = measureGrid(rows, LEAF_GAP, LEAF_GAP, PADDING, top);
  placeGrid(box, rows, geo, LEAF_GAP, LEAF_GAP, 0, header, false);
  box.width = width;
  box.height = Math.max(min.height, top + geo.height + PADDING);
  box.ext = { left: 0, top: 0 };
}

/**
 * The width a VPC keeps at the left of its top edge before the gateways on that edge: its title on
 * one line (name, and kind with details), so the gateways' labels never cover it; at least
 * `TITLE_ROOM`, at most `MAX_TITLE_ROOM`.
 */
function titleRoom(box: Box): number {
  const node = box.node;
  if (!node) return TITLE_ROOM;
  const details = containerDetails(node);
  const line = Math.max(
    textWidth(displayName(node), NAME_FONT),
    textWidth(containerKindLabel(node), KIND_FONT) + (details ? textWidth(` · ${details}`, DETAIL_FONT) : 0),
  );
  return Math.min(MAX_TITLE_ROOM, Math.max(TITLE_ROOM, Math.ceil(TITLE_LEFT + line + TITLE_RIGHT)));
}

/** The availability zone a subnet declares; '' when it has none. */
function subnetAz(box: Box): string {
  const az = box.node?.props?.az;
  return typeof az === 'string' ? az.trim() : '';
}

/** True for a subnet marked public. */
function subnetIsPublic(box: Box): boolean {
  return box.node?.props?.public === true;
}

function subnetStart(box: Box): bigint | undefined {
  const cidr = box.node?.props?.cidr;
  return typeof cidr === 'string' ? tryParseCidr(cidr, 4)?.first : undefined;
}

/** Within an AZ column: by address (subnets without a valid CIDR last), then name and id. */
function compareSubnets(a: Box, b: Box): number {
  const sa = subnetStart(a);
  const sb = subnetStart(b);
  if (sa !== undefined && sb !== undefined && sa !== sb) return sa < sb ? -1 : 1;
  if ((sa === undefined) !== (sb === undefined)) return sa === undefined ? 1 : -1;
  return compareNodes(a.node!, b.node!);
}

/**
 * The VPC layout:
 * - subnets in a grid with one column per availability zone (in AZ order, subnets without an AZ
 *   last); public subnets fill the top rows, private ones the rows below, so that every AZ's public
 *   subnets sit above its private ones and rows line up across AZs. Subnets are stretched to
 *   their cell so the columns read as AZs;
 * - other children (load balancers, endpoints, endpoint services) in rows under the subnets;
 * - internet and egress-only gateways straddle the top edge, right-aligned so the title stays
 *   readable; virtual private gateways straddle the left edge, facing on-premises.
 */
export function arrangeVpc(box: Box): void {
  box.cells.clear();
  const topGateways = box.children.filter((c) => c.mount === 'top');
  const leftGateways = box.children.filter((c) => c.mount === 'left');
  const subnets = box.children.filter((c) => !c.mount && c.kind === 'subnet');
  const others = box.children.filter((c) => !c.mount && c.kind !== 'subnet');

  const leftInset = leftGateways.length > 0 ? maxOf(leftGateways, (g) => g.width / 2) : 0;
  const padLeft = PADDING + leftInset;
  const topIntrusion = topGateways.length > 0 ? maxOf(topGateways, (g) => g.height - ICON_CENTER_Y) : 0;

  // One column per AZ; public rows first.
  const byAz = new Map<string, Box[]>();
  for (const s of subnets) {
    const az = subnetAz(s);
    const list = byAz.get(az);
    if (list) list.push(s);
    else byAz.set(az, [s]);
  }
  const azs = [...byAz.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareText(a, b)));
  const columns = azs.map((az) => {
    const list = byAz.get(az)!;
    return {
      pub: list.filter(subnetIsPublic).sort(compareSubnets),
      priv: list.filter((s) => !subnetIsPublic(s)).sort(compareSubnets),
    };
  });
  const pubRows = maxOf(columns, (c) => c.pub.length, 0);
  const privRows = maxOf(columns, (c) => c.priv.length, 0);
  const rows: Matrix = [];
  for (let r = 0; r < pubRows; r++) rows.push(columns.map((c) => c.pub[r]));
  for (let r = 0; r < privRows; r++) rows.push(columns.map((c) => c.priv[r]));
  // VPC-level resources in rows under the subnets, about as wide as the subnet grid.
  const gridWidth = measureGrid(rows, SUBNET_GAP, SUBNET_GAP, padLeft, 0).width;
  const widest = maxOf(others, footprintWidth, 0);
  const fit = Math.floor((gridWidth + LEAF_GAP) / (widest + LEAF_GAP));
  const serviceCols = others.length === 0 ? 0 : Math.max(1, Math.min(others.length, Math.max(fit, Math.ceil(Math.sqrt(others.length)))));
  const serviceRows = rowMajor(others, serviceCols);
  const servicesWidth = measureGrid(serviceRows, LEAF_GAP, LEAF_GAP, padLeft, 0).width;

  // The width comes from the columns (and the gateways on the top edge, right of the title); the
  // title bar at that width says where the rows start.
  const topWidth = topGateways.reduce((sum, g) => sum + g.width, 0) + GATEWAY_GAP * Math.max(0, topGateways.length - 1);
  const leftHeight = leftGateways.reduce((sum, g) => sum + g.height, 0) + GATEWAY_GAP * Math.max(0, leftGateways.length - 1);
  const min = minContainerSize(box.kind);
  box.width = Math.max(min.width, padLeft + Math.max(gridWidth, servicesWidth) + PADDING, topGateways.length > 0 ? titleRoom(box) + topWidth + PADDING : 0);
  const topReserved = Math.max(headerOf(box, box.width), topIntrusion);
  const contentTop = topReserved + SUBNET_GAP;

  const grid = measureGrid(rows, SUBNET_GAP, SUBNET_GAP, padLeft, contentTop);
  placeGrid(box, rows, grid, SUBNET_GAP, SUBNET_GAP, leftInset, topReserved, true);
  const servicesTop = subnets.length > 0 ? contentTop + grid.height + SUBNET_GAP : contentTop;
  const services = measureGrid(serviceRows, LEAF_GAP, LEAF_GAP, padLeft, servicesTop);
  placeGrid(box, serviceRows, services, LEAF_GAP, LEAF_GAP, leftInset, subnets.length > 0 ? servicesTop - SUBNET_GAP : topReserved, false);

  let contentBottom = topReserved;
  if (subnets.length > 0) contentBottom = contentTop + grid.height;
  if (others.length > 0) contentBottom = servicesTop + services.height;
  box.height = Math.max(min.height, contentBottom + PADDING, leftGateways.length > 0 ? contentTop + leftHeight + PADDING : 0);

  let x = box.width - PADDING - topWidth;
  for (const g of topGateways) {
    g.x = x;
    g.y = -ICON_CENTER_Y;
    x += g.width + GATEWAY_GAP;
  }
  let y = contentTop;
  for (const g of leftGateways) {
    g.x = -g.width / 2;
    g.y = y;
    y += g.height + GATEWAY_GAP;
  }
  box.ext = { left: leftInset, top: topGateways.length > 0 ? ICON_CENTER_Y : 0 };
}

/** Arranges every grid and VPC inside `box` (deepest first), and `box` itself when it is one. */
export function arrangeSubtree(box: Box): void {
  // Post-order with an explicit stack (containment may be thousands deep): reversing a pre-order that
  // visits children last to first gives children first, in order, before their parent.
  const preorder: Box[] = [];
  const stack = [box];
  for (let b = stack.pop(); b; b = stack.pop()) {
    preorder.push(b);
    for (const child of b.children) stack.push(child);
  }
  for (let i = preorder.length - 1; i >= 0; i--) {
    const b = preorder[i]!;
    if (b.strategy === 'grid') arrangeGrid(b);
    else if (b.strategy === 'vpc') arrangeVpc(b);
  }
}
