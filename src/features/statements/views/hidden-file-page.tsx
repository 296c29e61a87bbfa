// The answer (410) to a download of the signed file of a statement moderators hid: the platform no longer hands it
// out, and says so; a copy saved before still verifies, since a signature records what was signed, when.
import { usePage } from '../../../views/page-context.ts';
import { statementPath } from '../statement-paths.ts';

export function HiddenFilePage({ statementId }: { statementId: string }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('statements.file-hidden-title')}</h1>
      <p>{t('statements.file-hidden-explained')}</p>
      <p><a href={statementPath(statementId)}>{t('statements.back-to-statement')}</a></p>
    </section>
  );
}
