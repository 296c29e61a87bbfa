// Why a message, or a file in it, could not be imported as it was: each problem code in words staff act on.
import { usePage } from '../../../views/page-context.ts';
import { importProblems } from '../mail-import.ts';

export function problemKey(problem: string): string {
  // A code this version does not know (recorded by a newer one) still reads as a problem, not as a raw key.
  return (importProblems as readonly string[]).includes(problem) ? `mail-import.problem.${problem}` : 'mail-import.problem-unknown';
}

export function ProblemList({ problems }: { problems: readonly string[] }) {
  const { t } = usePage().i18n;
  if (!problems.length) return null;
  return <ul>{problems.map((problem) => <li>{t(problemKey(problem))}</li>)}</ul>;
}
