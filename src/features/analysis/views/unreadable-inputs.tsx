// Inputs this member holds no key for: named by reference (a link to the input page says why), never opened.
import type { InputMetadata } from '../answers.repository.ts';

export function UnreadableInputs({ message, inputs }: { message: string; inputs: readonly InputMetadata[] }) {
  if (!inputs.length) return null;
  return (
    <div class="warning">
      <p>{message}</p>
      <ul class="links">{inputs.map((input) => <li><a href={`/staff/inputs/${input.id}`}>{input.reference}</a></li>)}</ul>
    </div>
  );
}
