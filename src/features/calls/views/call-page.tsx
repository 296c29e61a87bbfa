// The public page of one call: everything needed to decide to answer and to prepare answers offline.
import { usePage } from '../../../views/page-context.ts';
import { acceptsAnswers, isPastDeadline, type CallWithQuestionnaires, type Part, type Questionnaire } from '../call.ts';
import { daysLeft, publicStatus } from '../call-schedule.ts';
import { Deadline, formatDay, StatusBadge } from './call-facts.tsx';
import { paragraphs, Shown, useTranslated } from './translated.tsx';

export function CallPage({ call, now }: { call: CallWithQuestionnaires; now: Date }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const tx = useTranslated();
  const [mandate, title, summary, body, report, policy] = [call.mandate, call.title, call.summary, call.body, call.report, call.publicationPolicy].map(tx);
  const status = publicStatus(call, now);
  const open = acceptsAnswers(call, now);
  const late = isPastDeadline(call, now);
  return (
    <article>
      <p class="meta" lang={mandate!.lang}>{mandate!.text}</p>
      <h1 lang={title!.lang}>{title!.text}</h1>
      <dl class="facts">
        <dt>{t('calls.field-report')}</dt><dd lang={report!.lang}>{report!.text}</dd>
        <dt>{t('calls.field-status')}</dt><dd><StatusBadge status={status} /></dd>
        <dt>{t('calls.field-opens')}</dt><dd>{formatDay(i18n, call.opensOn)}</dd>
        <dt>{t('calls.field-deadline')}</dt>
        <dd>
          <Deadline call={call} />
          {status === 'open' && !late ? <> · <strong>{t('calls.days-left', { days: daysLeft(call, now) })}</strong></> : null}
        </dd>
        <dt>{t('calls.field-languages')}</dt><dd>{call.languages.map((l) => t(`domain.language.${l}`)).join(', ')}</dd>
      </dl>
      <p class="lead" lang={summary!.lang}><strong>{summary!.text}</strong></p>
      <div lang={body!.lang}>{paragraphs(body!.text).map((p) => <p>{p}</p>)}</div>

      <h2>{t('calls.how-heading')}</h2>
      {open ? (
        <>
          {late ? <p class="warning">{t('calls.late-now')}</p> : null}
          <p><a class="button" href={`/calls/${call.slug}/answer`}>{t('calls.answer-online')}</a></p>
          <p>{t('calls.answer-online-hint')}</p>
          <p>
            {t('calls.by-email')} <a href={`mailto:${call.contactEmail}`}>{call.contactEmail}</a>.{' '}
            {t('calls.by-email-subject')} <q>{call.emailSubject}</q>
          </p>
        </>
      ) : <p>{t('calls.not-accepting')}</p>}
      <p>{t(call.latePolicy === 'accept' ? 'calls.late-accept' : 'calls.late-refuse')}</p>
      <h2>{t('calls.publication-heading')}</h2>
      <p lang={policy!.lang}>{policy!.text}</p>
      <p><a href={`/calls/${call.slug}/inputs`}>{t('calls.inputs-received')}</a></p>

      <h2>{t('calls.questions-heading')}</h2>
      <p>{t('calls.questions-intro')}</p>
      {call.questionnaires.map((q) => <QuestionnairePreview questionnaire={q} />)}
    </article>
  );
}

function QuestionnairePreview({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const title = tx(questionnaire.title);
  const intro = tx(questionnaire.intro);
  return (
    <section>
      <h3 lang={title.lang}>{title.text}</h3>
      <p class="meta">{t('calls.questionnaire-for', { types: questionnaire.stakeholderTypes.map((s) => t(`domain.stakeholder.${s}`)).join(', ') })}</p>
      {intro.text ? <p lang={intro.lang}>{intro.text}</p> : null}
      <ol class="questions">
        {questionnaire.questions.map((question) => {
          const text = tx(question.text);
          const detailed = question.parts.length > 1 || question.parts.some((p) => p.choices.length > 0);
          return (
            <li>
              {question.number}. <Shown value={text} />
              {question.parts.some((p) => p.required) ? <span class="required"> ({t('common.required')})</span> : null}
              {detailed ? <ul>{question.parts.map((part) => <PartPreview part={part} />)}</ul> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function PartPreview({ part }: { part: Part }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const label = tx(part.label);
  const choices = part.choices.map((c) => tx(c.label));
  return (
    <li>
      <Shown value={label} />
      {part.kind === 'yes-no' ? ` (${t('domain.yes')} / ${t('domain.no')})` : null}
      {choices.length ? `${t('calls.colon')} ` : null}
      {choices.map((c, i) => <>{i ? '; ' : ''}<Shown value={c} /></>)}
      {part.allowOther ? `; ${t('calls.other-choice')}` : null}
    </li>
  );
}
