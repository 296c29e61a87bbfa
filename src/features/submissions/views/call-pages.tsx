// The pages before the form: choosing which questionnaire to answer, and the notice that a call takes no more inputs.
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Call, StakeholderType } from '../../calls/index.ts';
import { formatDeadline } from './dates.ts';

export function ChooseTypeView({ call, types }: { call: Call; types: readonly StakeholderType[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <>
      <h1>{t('submissions.choose-heading')} <span lang={title.lang}>{title.text}</span></h1>
      <p>{t('submissions.choose-intro')}</p>
      <p class="meta">{t('submissions.deadline', { deadline: formatDeadline(i18n, call) })}</p>
      <ul class="cards">
        {types.map((type) => (
          <li><a href={`/calls/${encodeURIComponent(call.slug)}/answer/${type}`}>{t(`domain.stakeholder.${type}`)}</a></li>
        ))}
      </ul>
      <p><a href={`/calls/${encodeURIComponent(call.slug)}`}>{t('submissions.back-to-call')}</a></p>
    </>
  );
}

/** The call takes no more inputs. With a draft, says that it is kept and how to reach the mandate instead. */
export function CallClosedView({ call, draftHref }: { call: Call; draftHref?: string | undefined }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <>
      <h1>{t('submissions.closed-heading')}</h1>
      <p><span lang={title.lang}>{title.text}</span></p>
      <p>{t('submissions.closed-deadline', { deadline: formatDeadline(i18n, call) })}</p>
      {draftHref ? <p>{t('submissions.closed-draft-kept')}</p> : null}
      <p>{t('submissions.closed-contact', { email: call.contactEmail })}</p>
      <ul>
        {draftHref ? <li><a href={draftHref}>{t('submissions.closed-back-to-draft')}</a></li> : null}
        <li><a href={`/calls/${encodeURIComponent(call.slug)}`}>{t('submissions.back-to-call')}</a></li>
      </ul>
    </>
  );
}
