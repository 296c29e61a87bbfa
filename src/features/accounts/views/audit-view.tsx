import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { AuditPage } from '../browse-audit.ts';
import { auditActions } from '../record-audit.ts';

/** The staff audit trail, newest first, filtered by who and what; filters are a GET form, so pages can be linked. */
export function AuditView({ page }: { page: AuditPage }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { filters } = page;
  const query = (n: number) => `/staff/audit?${new URLSearchParams({ ...(filters.actorId ? { actor: filters.actorId } : {}), ...(filters.action ? { action: filters.action } : {}), page: String(n) })}`;
  return (
    <section>
      <p><a href="/staff/members">{t('accounts.back-to-members')}</a></p>
      <h1>{t('accounts.audit-title')}</h1>
      <p>{t('accounts.audit-intro')}</p>
      <form method="get" action="/staff/audit" class="filters">
        <SelectField
          name="actor" label={t('accounts.audit-filter-actor')} value={filters.actorId ?? ''} placeholder={t('accounts.audit-filter-anyone')}
          options={page.members.map((m) => ({ value: m.id, label: `${m.displayName} (${m.email})` }))}
        />
        <SelectField
          name="action" label={t('accounts.audit-filter-action')} value={filters.action ?? ''} placeholder={t('accounts.audit-filter-any-action')}
          options={auditActions.map((a) => ({ value: a, label: t(`accounts.audit-action.${a}`) }))}
        />
        <div class="actions"><button type="submit" class="secondary">{t('accounts.audit-filter-submit')}</button></div>
      </form>
      {page.rows.length ? (
        <table>
          <caption>{t('accounts.audit-caption', { count: page.total, page: page.page, pages: page.pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.audit-column-when')}</th>
              <th scope="col">{t('accounts.audit-column-who')}</th>
              <th scope="col">{t('accounts.audit-column-action')}</th>
              <th scope="col">{t('accounts.audit-column-subject')}</th>
              <th scope="col">{t('accounts.audit-column-details')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr>
                <td><time datetime={row.at}>{i18n.formatDate(row.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC</time></td>
                <td>{row.actorName ?? (row.actorId ? row.actorId : t('accounts.audit-nobody'))}</td>
                <td>{t(`accounts.audit-action.${row.action}`)}</td>
                <td>{row.subjectType && row.subjectId ? <SubjectLink type={row.subjectType} id={row.subjectId} /> : ''}</td>
                <td>{detailsText(row.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('accounts.audit-none')}</p>}
      {page.pages > 1 ? (
        <nav aria-label={t('accounts.audit-pages')} class="actions">
          {page.page > 1 ? <a href={query(page.page - 1)} rel="prev">{t('accounts.audit-newer')}</a> : null}
          {page.page < page.pages ? <a href={query(page.page + 1)} rel="next">{t('accounts.audit-older')}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}

function SubjectLink({ type, id }: { type: string; id: string }) {
  const { t } = usePage().i18n;
  if (type === 'input') return <a href={`/staff/inputs/${id}`}>{t('accounts.audit-subject-input')}</a>;
  if (type === 'email') return <a href="/staff/imports/to-sort">{t('accounts.audit-subject-email')}</a>;
  if (type === 'call') return <a href={`/staff/calls/${id}/recipients`}>{t('accounts.audit-subject-call')}</a>;
  if (type === 'organisation') return <a href={`/staff/network/organisations/${id}`}>{t('accounts.audit-subject-organisation')}</a>;
  if (type === 'moderation-case') return <a href={`/staff/network/moderation/cases/${id}`}>{t('accounts.audit-subject-moderation-case')}</a>;
  if (type === 'initiative') return <a href={`/staff/network/initiatives/${id}`}>{t('accounts.audit-subject-initiative')}</a>;
  return <>{t('accounts.audit-subject-staff')}</>;
}

function detailsText(details: string): string {
  try {
    return Object.entries(JSON.parse(details) as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  } catch {
    return '';
  }
}
