// Highlighted text as Preact nodes: plain pieces as text and matches in <mark>, all escaped by Preact.
import type { Highlighted } from '../highlight.ts';

export function MarkedText({ parts }: { parts: Highlighted }) {
  return <>{parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}
