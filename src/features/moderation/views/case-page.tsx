// One case, for its moderators: the item (its text even while hidden), who reported it and why, the decisions
// taken, appeals, and the forms to decide. Reporters' names are here because only this place's moderators see it.
import type { FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { CaseView } from '../case-view.ts';
import { AppealReviews, type AppealForm } from './appeal-review.tsx';
import { CaseForms } from './case-forms.tsx';
import { CaseHistory } from './case-history.tsx';
import { PlaceName } from './place-name.tsx';

export interface CasePageProps {
  base: string;
  view: CaseView;
  /** Which moderator is looking: staff block platform-wide and review appeals. */
  staff: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  appealForm: AppealForm | null;
  notice: string | null;
}

export function CasePage(props: CasePageProps) {
  const { base, view, staff, notice } = props;
  const { i18n } = usePage();
  const { t } = i18n;
  const { kase, item } = view;
  const pending = view.reports.filter((r) => !r.handledAt);
  return (
    <section>
      <p><a href={base}>{t('moderation.queue-title')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{t(`moderation.kind.${kase.kind}`)}: {item?.title || t('moderation.item-missing')}</h1>
      <dl class="facts">
        <dt>{t('moderation.queue-column-place')}</dt><dd><PlaceName scope={kase.scope} networkName={view.networkName} /></dd>
        <dt>{t('moderation.case-author')}</dt><dd>{view.authorName ?? (view.authorless ? t(`moderation.authorless.${view.authorless}`) : t('moderation.former-member'))}</dd>
        <dt>{t('moderation.case-state')}</dt><dd>{item?.hidden ? t('moderation.case-hidden') : t('moderation.case-visible')}</dd>
      </dl>
      {item?.excerpt ? <blockquote class="answer">{item.excerpt.split(/\n{2,}/).map((p) => <p>{p}</p>)}</blockquote> : null}
      {item?.url ? <p><a href={item.url}>{t('moderation.case-open-item')}</a></p> : null}
      {pending.length >= 3 ? <p class="warning">{t('moderation.warning-count', { count: pending.length })}</p> : null}
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('moderation.reports-heading')}</h2>
        <ul class="cards">
          {view.reports.map((report) => (
            <li>
              <p class="meta">
                <strong>{t(`moderation.reason.${report.reason}`)}</strong> · {i18n.formatDate(report.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}
                {' · '}{report.reporterName ?? t('moderation.former-member')}
                {' · '}{report.handledAt ? t('moderation.report-handled') : t('moderation.report-pending')}
              </p>
              {report.note ? <p>{report.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <CaseForms {...props} pendingReports={pending.length} />
      <CaseHistory view={view} base={base} staff={staff} />
      {staff ? <AppealReviews base={base} view={view} form={props.appealForm} /> : null}
    </section>
  );
}
