// Staff: one organisation, the history of its verification with the private evidence, and the form to verify it
// or withdraw the mark (evidence required either way, so every decision says why).
import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Organisation } from '../organisation.ts';
import type { VerificationNote } from '../verification.repository.ts';
import { OrganisationFacts, VerifiedMark } from './organisation-facts.tsx';

interface Props {
  organisation: Organisation;
  memberCount: number;
  notes: (VerificationNote & { staffName: string | null })[];
  evidence: string;
  errors: FieldErrors;
  notice: string | null;
}

export function StaffOrganisationPage({ organisation, memberCount, notes, evidence, errors, notice }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  const verified = organisation.verifiedAt !== null;
  return (
    <section>
      <p><a href="/staff/network/organisations">{t('organisations.staff-title')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{organisation.name} <VerifiedMark organisation={organisation} /></h1>
      <p>{t(`organisations.at-risk.${organisation.atRiskMode}`)} · {t('organisations.member-count', { count: memberCount })}</p>
      <OrganisationFacts organisation={organisation} />
      <section aria-labelledby="verification-heading">
        <h2 id="verification-heading">{t(verified ? 'organisations.staff-unverify-title' : 'organisations.staff-verify-title')}</h2>
        <form method="post" action={`/staff/network/organisations/${organisation.id}/verification`} noValidate>
          <CsrfField />
          <ErrorSummary errors={errors} />
          <input type="hidden" name="decision" value={verified ? 'unverify' : 'verify'} />
          <TextArea name="evidence" label={t('organisations.field-evidence')} hint={t('organisations.hint-evidence')} value={evidence} errors={errors} required rows={4} />
          <div class="actions"><button type="submit" class={verified ? 'danger' : undefined}>{t(verified ? 'organisations.staff-unverify' : 'organisations.staff-verify')}</button></div>
        </form>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('organisations.staff-history')}</h2>
        {notes.length ? (
          <ul class="cards">
            {notes.map((note) => (
              <li>
                <p class="meta">
                  {i18n.formatDate(note.at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC · {t(`organisations.staff-outcome.${note.outcome}`)}
                  {note.staffName ? ` · ${note.staffName}` : ''}
                </p>
                <p class="evidence">{note.outcome === 'lapsed' ? t('organisations.staff-lapsed', { name: note.evidence }) : note.evidence}</p>
              </li>
            ))}
          </ul>
        ) : <p>{t('organisations.staff-no-history')}</p>}
      </section>
    </section>
  );
}
