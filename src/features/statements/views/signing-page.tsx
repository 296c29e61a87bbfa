// Co-signing for an organisation: each organisation the member administers, signed or not, with the one button
// that changes it, and the history of its signatures on this statement (a withdrawal is kept with its time). While
// moderators hide the statement only withdrawing is offered.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { HiddenByModerators } from '../../moderation/index.ts';
import type { SigningPage } from '../load-signing-page.ts';
import { statementPath } from '../statement-paths.ts';
import { StatementTitle } from './statement-text.tsx';

export function SigningPageView({ page, notice }: { page: SigningPage; notice: string | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { statement } = page;
  const when = (iso: string) => i18n.formatDate(iso, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <section>
      <p><a href={statementPath(statement.id)}>{t('statements.back-to-statement')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <p class="statement-kind">{t('statements.sign-title')}</p>
      <StatementTitle version={page.version} />
      {statement.hidden ? <><HiddenByModerators reason={statement.hidden.reason} /><p>{t('statements.sign-closed-hidden')}</p></> : null}
      <p>{t('statements.sign-explained')}</p>
      {page.organisations.length === 0 ? (
        <p>{t('statements.sign-no-organisation')} <a href="/organisations">{t('statements.organisations-link')}</a></p>
      ) : (
        <ul class="signing-organisations">
          {page.organisations.map((organisation) => (statement.hidden && !organisation.signedAt ? (
            <li><p><strong>{organisation.name}</strong>{' · '}{t('statements.not-signed')}</p></li>
          ) : (
            <li>
              <form method="post" action={`/statements/${statement.id}/${organisation.signedAt ? 'withdraw' : 'sign'}`}>
                <CsrfField />
                <input type="hidden" name="organisation" value={organisation.id} />
                <p>
                  <strong>{organisation.name}</strong>{' · '}
                  {organisation.signedAt ? t('statements.signed-since', { date: when(organisation.signedAt) }) : t('statements.not-signed')}
                </p>
                <button type="submit">{t(organisation.signedAt ? 'statements.withdraw-button' : 'statements.sign-button', { organisation: organisation.name })}</button>
              </form>
            </li>
          )))}
        </ul>
      )}
      {page.history.length ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('statements.history-heading')}</h2>
          <ul>
            {page.history.map((entry) => (
              <li>
                {entry.withdrawnAt
                  ? t('statements.history-withdrawn', { organisation: entry.organisationName, signed: when(entry.signedAt), withdrawn: when(entry.withdrawnAt) })
                  : t('statements.history-signed', { organisation: entry.organisationName, signed: when(entry.signedAt) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
