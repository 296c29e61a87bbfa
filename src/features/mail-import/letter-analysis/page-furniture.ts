// What a PDF or DOCX extraction leaves of each page's frame: "Page 2 of 4", "SBI submission – page 2", "- 3 -". It
// belongs to no answer, so the mapping cuts it out of the passages it falls in. (A running header without a page
// number is left alone: a repeated short line may as well be a list's introduction.)
import { parseHeading } from './headings.ts';
import { isBlank, type Line } from './lines.ts';

const pageNumber = /\b(?:page|p[áa]gina|p[áa]g\.)\s*\d+\s*(?:(?:of|de|sur|\/)\s*\d+)?\s*$|^\s*[-–—]\s*\d+\s*[-–—]\s*$|^\s*\d+\s*\/\s*\d+\s*$/iu;

export function pageFurniture(lines: readonly Line[]): Line[] {
  return lines.filter((line) => !isBlank(line) && line.text.trim().length <= 100 && pageNumber.test(line.text.trim()) && !parseHeading(line.text));
}
