// A call's staff page: its questionnaires first (what staff come back for), then its details.
import type { FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { CallWithQuestionnaires } from '../call.ts';
import type { CallForm } from '../call-form.ts';
import { CallFormFields } from './call-form-page.tsx';
import { Breadcrumbs, SavedNotice } from './staff-parts.tsx';
import { useTranslated } from './translated.tsx';

export function NewCallPage({ form, errors }: { form: CallForm; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/staff/calls', label: t('calls-staff.list-title') }]} />
      <h1>{t('calls-staff.new-call')}</h1>
      <p>{t('calls-staff.new-call-intro')}</p>
      <CallFormFields action="/staff/calls" form={form} errors={errors} submitLabel={t('calls-staff.create')} />
    </>
  );
}

export function CallEditPage({ call, form, errors, saved }: { call: CallWithQuestionnaires; form: CallForm; errors: FieldErrors; saved: boolean }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const title = tx(call.title);
  const base = `/staff/calls/${call.id}`;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/staff/calls', label: t('calls-staff.list-title') }]} />
      <h1 lang={title.lang}>{title.text}</h1>
      <SavedNotice show={saved} />
      <p>
        <a href={`/calls/${call.slug}`}>{t('calls-staff.public-page')}</a>
        {' · '}
        <a href={`${base}/inputs`}>{t('calls-staff.inputs')}</a>
      </p>
      <h2>{t('calls-staff.questionnaires-heading')}</h2>
      {call.questionnaires.length ? (
        <ul class="cards">
          {call.questionnaires.map((q) => {
            const qTitle = tx(q.title);
            return (
              <li>
                <a href={`${base}/questionnaires/${q.id}`} lang={qTitle.lang}>{qTitle.text}</a>
                <p class="meta">
                  {q.stakeholderTypes.map((s) => t(`domain.stakeholder.${s}`)).join(', ')}
                  {' · '}
                  {t('calls-staff.question-count', { count: q.questions.length })}
                </p>
              </li>
            );
          })}
        </ul>
      ) : <p>{t('calls-staff.no-questionnaires')}</p>}
      <p><a class="button secondary" href={`${base}/questionnaires/new`}>{t('calls-staff.add-questionnaire')}</a></p>
      <h2>{t('calls-staff.details-heading')}</h2>
      <CallFormFields action={base} form={form} errors={errors} submitLabel={t('calls-staff.save')} />
    </>
  );
}
