// Values → up to five colour classes for a choropleth. Equal intervals from the smallest positive value to the
// largest, so a reader can read a class as "between a and b"; counts get whole-number bounds.

/** Viridis in 5 steps, light to dark: sequential, safe for the common colour-vision deficiencies, and its lightest
 * class (yellow) stands apart from the grey of zero, which a pale first class would not. */
export const sequentialPalette = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;
/** Zero and no data: a grey lighter than any class, so absence never reads as "a little". */
export const emptyFill = '#e4e4e4';

export interface ColourClass {
  /** Inclusive bounds of the values in this class. */
  from: number;
  to: number;
  fill: string;
}

export function colourClasses(values: readonly number[], palette: readonly string[] = sequentialPalette): ColourClass[] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [];
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const counts = positive.every(Number.isInteger);
  const wanted = palette.length;
  const step = (max - min) / wanted;
  const classes: { from: number; to: number }[] = [];
  let from = min;
  for (let i = 1; i <= wanted && from <= max; i++) {
    const to = i === wanted ? max : counts ? Math.max(from, Math.floor(min + step * i)) : min + step * i;
    classes.push({ from, to });
    from = counts ? to + 1 : to;
  }
  // Fewer classes than colours (few distinct counts): spread them over the palette so the largest is the darkest.
  return classes.map((range, i) => ({
    ...range,
    fill: palette[classes.length === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (classes.length - 1))]!,
  }));
}

export function fillFor(value: number | undefined, classes: readonly ColourClass[]): string {
  if (value === undefined || !(value > 0)) return emptyFill;
  return classes.find((range) => value <= range.to)?.fill ?? classes[classes.length - 1]?.fill ?? emptyFill;
}
