// A d3-geo path context that writes SVG path data in relative coordinates rounded to tenths, and drops points
// that rounding makes identical to the previous one. The 110m world in absolute coordinates is ~110 KB; this keeps
// a map's SVG well under 100 KB without simplifying the outlines further.

/** The subset of CanvasRenderingContext2D that d3-geo's geoPath draws polygons and lines with. */
export interface PathContext {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
}

export class CompactPath implements PathContext {
  private parts: string[] = [];
  // Positions in whole tenths, so deltas add up exactly and the outline cannot drift.
  private x = 0;
  private y = 0;
  private start: [number, number] = [0, 0];
  private lastCommand = '';

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.step('m', x, y);
    this.start = [this.x, this.y];
  }

  lineTo(x: number, y: number): void {
    if (Math.round(x * 10) === this.x && Math.round(y * 10) === this.y) return;
    this.step('l', x, y);
  }

  closePath(): void {
    this.parts.push('z');
    this.lastCommand = 'z';
    // SVG puts the pen back at the ring's start after "z"; the next relative "m" starts from there.
    [this.x, this.y] = this.start;
  }

  /** Point geometries only; a world of countries has none, so they are drawn as nothing. */
  arc(): void {}

  /** The path data so far; the next path starts again from the origin, as a path's first "m" is absolute. */
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    this.x = this.y = 0;
    this.lastCommand = '';
    return d;
  }

  private step(command: 'm' | 'l', x: number, y: number): void {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
    const dx = tx - this.x;
    const dy = ty - this.y;
    // A repeated "l" needs no letter, only a separator when the number has no minus sign to separate it.
    const head = command === this.lastCommand && command === 'l' ? (dx < 0 ? '' : ' ') : command;
    this.parts.push(`${head}${tenths(dx)}${dy < 0 ? '' : ','}${tenths(dy)}`);
    [this.x, this.y] = [tx, ty];
    this.lastCommand = command;
  }
}

function tenths(value: number): string {
  const text = String(Math.abs(value) / 10).replace(/^0\./, '.');
  return value < 0 ? `-${text}` : text;
}
