// Turns a text and the passages staff chose to hide into the text the public reads: each hidden passage becomes a
// marker that carries the reason only (never a character of what it hides), which views show as a visible mark in
// the reader's language ("[Redacted: personal data]").
//
// The marker is U+FDD0, the reason's key, U+FDD1. U+FDD0–U+FDEF are Unicode "noncharacters", set aside for a
// program's internal use, so no real text needs them; still, a submitter could type them, so every one of them in
// the original text is replaced by U+FFFD before markers are added: a mark in published text was put there here.
import { isRedactionReason, type PassageRedaction, type Redaction, type RedactionReason } from './redaction.ts';

const open = '\uFDD0';
const close = '\uFDD1';
/** Only ever used through matchAll, which copies it: a global pattern's lastIndex is never left behind. */
const markerPattern = /\uFDD0([a-z-]{1,40})\uFDD1/g;
const reservedCharacters = /[\uFDD0-\uFDEF]/g;

export type RedactedPart = string | { reason: RedactionReason };

export function redactionMarker(reason: RedactionReason): string {
  return `${open}${reason}${close}`;
}

/** The original's own marker-like characters made harmless (and visible as U+FFFD). */
export function neutraliseMarkers(text: string): string {
  return text.replace(reservedCharacters, '\uFFFD');
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Clamps a range to the text and widens it so it never cuts a surrogate pair in two. */
function wholeCodePoints(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(Math.floor(start), text.length));
  let to = Math.max(from, Math.min(Math.ceil(end), text.length));
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from -= 1;
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to += 1;
  return [from, to];
}

/** Every occurrence of `passage` in `text`, overlapping ones included (they are merged afterwards). */
export function findPassage(text: string, passage: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!passage) return found;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) found.push({ start: at, end: at + passage.length });
  return found;
}

/**
 * Sorted, non-overlapping ranges. Overlapping ranges become one, with the reason of the one that starts first:
 * two marks over one passage would say nothing more, and would hint at its shape. Touching ranges with the same
 * reason become one too, so "[Redacted][Redacted]" does not tell how many words were hidden.
 */
function mergeRanges(ranges: Redaction[]): Redaction[] {
  const merged: Redaction[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && (range.start < last.end || (range.start === last.end && range.reason === last.reason))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The published version of `text`: ranges and every occurrence of each passage replaced by a marker, everything
 * else kept as it was except marker-like characters, which are neutralised. Safe to call with nothing to hide.
 */
export function applyRedactions(text: string, redactions: readonly Redaction[], passages: readonly PassageRedaction[] = []): string {
  const ranges = [
    ...redactions.map((r) => {
      const [start, end] = wholeCodePoints(text, r.start, r.end);
      return { start, end, reason: r.reason };
    }),
    ...passages.flatMap((p) => findPassage(text, p.passage).map((found) => ({ ...found, reason: p.reason }))),
  ].filter((r) => r.end > r.start && isRedactionReason(r.reason));
  let published = '';
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    published += neutraliseMarkers(text.slice(at, range.start)) + redactionMarker(range.reason);
    at = range.end;
  }
  return published + neutraliseMarkers(text.slice(at));
}

export function hasRedactions(published: string): boolean {
  return splitRedactions(published).some((part) => typeof part !== 'string');
}

/**
 * Published text as plain strings and marks, for views to render each mark as its own element. Text without marks
 * comes back as one string (or none, if empty), so it renders exactly as it did before redaction existed.
 */
export function splitRedactions(published: string): RedactedPart[] {
  const parts: RedactedPart[] = [];
  let at = 0;
  for (const match of published.matchAll(markerPattern)) {
    const reason = match[1];
    if (!isRedactionReason(reason)) continue;
    if (match.index > at) parts.push(published.slice(at, match.index));
    parts.push({ reason });
    at = match.index + match[0].length;
  }
  if (at < published.length) parts.push(published.slice(at));
  return parts;
}

/** Each mark written out as text, for places that can only show a string (a plain-text export, an e-mail). */
export function localiseRedactions(published: string, label: (reason: RedactionReason) => string): string {
  return splitRedactions(published).map((part) => (typeof part === 'string' ? part : label(part.reason))).join('');
}
