/** The smallest rectangle around the rectangles added to it (an export's picture, the view's fit). */
import type { Rect } from './geometry';

export class BoundsBuilder {
  private x1 = Infinity;
  private y1 = Infinity;
  private x2 = -Infinity;
  private y2 = -Infinity;

  add(r: Rect): void {
    this.x1 = Math.min(this.x1, r.x);
    this.y1 = Math.min(this.y1, r.y);
    this.x2 = Math.max(this.x2, r.x + r.width);
    this.y2 = Math.max(this.y2, r.y + r.height);
  }

  /** Undefined when nothing was added. */
  result(): Rect | undefined {
    return this.x1 === Infinity ? undefined : { x: this.x1, y: this.y1, width: this.x2 - this.x1, height: this.y2 - this.y1 };
  }
}
