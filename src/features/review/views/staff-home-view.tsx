// The staff workspace's front page: every call with how many inputs wait, and the account links.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { staffPermissions, type StaffRole } from '../../accounts/index.ts';
import type { Call } from '../../calls/index.ts';
import { initiativeModerators } from '../../initiatives/index.ts';
import type { CallInputCounts } from '../review.repository.ts';

export interface StaffHomeProps {
  calls: Call[];
  inputs: Map<string, CallInputCounts>;
  published: Map<string, number>;
}

export function StaffHomeView({ calls, inputs, published }: StaffHomeProps) {
  const { i18n, staff } = usePage();
  const { t } = i18n;
  // Offer only what the member's role opens (the guards refuse the rest anyway).
  const role = staff?.role as StaffRole | undefined;
  const may = (allowed: readonly StaffRole[]) => role !== undefined && allowed.includes(role);
  return (
    <section>
      <h1>{t('review.home-title')}</h1>
      <p>{t('review.home-greeting', { name: staff?.displayName ?? '' })}</p>
      <nav aria-label={t('review.account-navigation')} class="actions">
        <a href="/staff/password">{t('review.link-password')}</a>
        <a href="/staff/two-factor">{t('review.link-two-factor')}</a>
        {may(staffPermissions.manageMembers) ? <a href="/staff/members">{t('review.link-members')}</a> : null}
        {may(staffPermissions.readAudit) ? <a href="/staff/audit">{t('review.link-audit')}</a> : null}
        {role === 'admin' ? <a href="/staff/network/organisations">{t('organisations.staff-link')}</a> : null}
        {may(initiativeModerators) ? <a href="/staff/network/initiatives">{t('initiatives.staff-link')}</a> : null}
        <form method="post" action="/staff/sign-out">
          <CsrfField />
          <button type="submit" class="secondary">{t('review.sign-out')}</button>
        </form>
      </nav>
      <h2>{t('review.calls-title')}</h2>
      {may(staffPermissions.manageCalls) ? (
        <p class="actions"><a class="button" href="/staff/calls/new">{t('review.new-call')}</a> <a href="/staff/imports">{t('mail-import.link-imports')}</a></p>
      ) : null}
      {calls.length ? (
        <table>
          <caption>{t('review.calls-caption', { count: calls.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.column-call')}</th>
              <th scope="col">{t('review.column-status')}</th>
              <th scope="col">{t('review.column-deadline')}</th>
              <th scope="col">{t('review.column-inputs')}</th>
              <th scope="col">{t('review.column-published')}</th>
              <th scope="col">{t('review.column-actions')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => {
              const title = pickTranslation(call.title, i18n.locale);
              const counts = inputs.get(call.id) ?? { submitted: 0, new: 0, reviewed: 0 };
              return (
                <tr>
                  <th scope="row" id={`call-${call.id}`} lang={title.lang}>{title.text}</th>
                  <td>{t(`domain.call-status.${call.status}`)}</td>
                  <td>{i18n.formatDate(call.deadlineAt, { dateStyle: 'medium', timeZone: call.timeZone })}</td>
                  <td>
                    {t('review.count-submitted', { count: counts.submitted })}
                    <br />
                    <span class="meta">{t('review.count-new-reviewed', { new: counts.new, reviewed: counts.reviewed })}</span>
                  </td>
                  <td>{t('review.count-published', { count: published.get(call.id) ?? 0 })}</td>
                  <td>
                    <ul class="links">
                      {may(staffPermissions.handleInputs) ? <li><a href={`/staff/calls/${call.id}/inputs`} aria-describedby={`call-${call.id}`}>{t('review.link-inputs')}</a></li> : null}
                      {may(staffPermissions.decryptInputs) ? <li><a href={`/staff/calls/${call.id}/questions`} aria-describedby={`call-${call.id}`}>{t('analysis.link-analyse')}</a></li> : null}
                      {may(staffPermissions.manageCalls) ? <li><a href={`/staff/calls/${call.id}/edit`} aria-describedby={`call-${call.id}`}>{t('review.link-edit-call')}</a></li> : null}
                      {may(staffPermissions.assignRecipients) ? <li><a href={`/staff/calls/${call.id}/recipients`} aria-describedby={`call-${call.id}`}>{t('review.link-recipients')}</a></li> : null}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : <p>{t('review.no-calls')}</p>}
    </section>
  );
}
