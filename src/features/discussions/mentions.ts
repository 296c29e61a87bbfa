// Mentions: `@Amina K.` or `@Blue Heron 42` (a pseudonym's label). Display names may hold spaces and need not be
// unique, so each `@` yields candidate names, longest first; the first candidate that names somebody who can read
// the thread wins, and a name shared by two such people mentions nobody (better silent than a mail to a stranger).

const maxWords = 5;

/** Folds case and Unicode forms so `@amina` finds "Amina" and a composed "é" finds a decomposed one. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/** For each `@` that starts a word, the names it may stand for, longest first (folded). */
export function mentionCandidates(body: string): string[][] {
  const found: string[][] = [];
  for (const match of body.matchAll(/(?<![\p{L}\p{N}_.@])@(?=[\p{L}\p{N}])/gu)) {
    const words = body.slice(match.index + 1, match.index + 1 + 120).split(/\s+/).slice(0, maxWords);
    const candidates: string[] = [];
    for (let count = words.length; count >= 1; count -= 1) {
      // "@Amina K.," may mean "Amina K." or "Amina K": drop trailing punctuation one mark at a time.
      for (let name = words.slice(0, count).join(' '); name; name = name.replace(/[.,;:!?)\]}'"»”’]$/u, '')) {
        const folded = foldName(name);
        if (folded && !candidates.includes(folded)) candidates.push(folded);
        if (!/[.,;:!?)\]}'"»”’]$/u.test(name)) break;
      }
    }
    found.push(candidates);
  }
  return found;
}

/** Every folded name any mention could stand for: what to look up. */
export function namesToLookUp(body: string): string[] {
  return [...new Set(mentionCandidates(body).flat())];
}

/**
 * Who is mentioned, given who each folded name belongs to among the people who can read the thread. Each `@`
 * takes its longest candidate that names anyone; two people behind that name mean nobody is mentioned by it.
 */
export function resolveMentions<T>(body: string, named: ReadonlyMap<string, readonly T[]>): T[] {
  const mentioned: T[] = [];
  for (const candidates of mentionCandidates(body)) {
    const name = candidates.find((candidate) => (named.get(candidate)?.length ?? 0) > 0);
    const people = name === undefined ? [] : named.get(name)!;
    if (people.length === 1 && !mentioned.includes(people[0]!)) mentioned.push(people[0]!);
  }
  return mentioned;
}
