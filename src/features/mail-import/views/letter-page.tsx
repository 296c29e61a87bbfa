// /staff/inputs/:id/letter: what the import found in an emailed letter, for staff to confirm. Each passage sits
// beside a choice of the questionnaire's questions (preselected where the import put it), the guessed sender can be
// corrected, and a request not to publish is shown first. One plain form: it works without JavaScript.
import { limits } from '../../../config.ts';
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField, ErrorSummary, FieldError, fieldId, SelectField, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { stakeholderTypes, type Questionnaire } from '../../calls/index.ts';
import type { Submission } from '../../submissions/index.ts';
import type { ImportedLetter } from '../confirm-answers.ts';
import { ProblemList } from './problem-list.tsx';
import { generalPlacement, placementField, type LetterForm } from './letter-form.ts';

const guessReasons = [
  'signature', 'letterhead', 'on-behalf-of', 'from-name', 'sender-domain', 'organisation-name', 'government-domain', 'academic-domain',
  'intergovernmental-domain', 'personal-letter', 'country-tld', 'country-named',
] as const;

export interface LetterPageProps {
  input: Submission;
  questionnaire: Questionnaire | undefined;
  letter: ImportedLetter;
  form: LetterForm;
  errors: FieldErrors;
  notice: string | null;
}

export function LetterPage({ input, questionnaire, letter, form, errors, notice }: LetterPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { analysis, imported } = letter;
  const placements = [
    ...(questionnaire?.questions ?? []).map((q) => ({ value: q.id, label: `${q.number}. ${pickTranslation(q.text, i18n.locale).text}` })),
    { value: generalPlacement, label: t('mail-import.general-comments') },
  ];
  return (
    <article>
      <p><a href={`/staff/inputs/${input.id}`}>{t('mail-import.back-to-input')}</a></p>
      <h1>{t('mail-import.letter-title')} <span class="meta">{input.reference}</span></h1>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      {imported.mappingStatus === 'to-confirm' ? <p>{t('mail-import.letter-intro')}</p> : <p>{t('mail-import.letter-confirmed')}</p>}
      {analysis.refusal ? <Refusal phrase={analysis.refusal.phrase} language={analysis.language.language} /> : null}
      {imported.earlierSubmissionId ? (
        <p class="warning">
          {t('mail-import.corrected-version')}{' '}
          <a href={`/staff/inputs/${imported.earlierSubmissionId}`}>{t('mail-import.open-earlier', { reference: imported.earlierReference ?? '' })}</a>
        </p>
      ) : null}
      <EmailFacts letter={letter} />
      <ErrorSummary errors={errors} labels={{ name: t('mail-import.field-name'), stakeholderType: t('mail-import.field-stakeholder-type') }} />
      <form method="post" action={`/staff/inputs/${input.id}/letter`}>
        <CsrfField />
        <SenderFields input={input} letter={letter} form={form} errors={errors} />
        <h2 id={fieldId('placements')} tabindex={-1}>{t('mail-import.passages-title')}</h2>
        <p>{t('mail-import.passages-intro')}</p>
        <FieldError name="placements" errors={errors} />
        {analysis.passages.map((passage, index) => (
          <section class="passage" aria-labelledby={`passage-${index}`}>
            <h3 id={`passage-${index}`}>{t('mail-import.passage-number', { number: index + 1 })}</h3>
            <p class="meta">{t(`mail-import.matched-by.${passage.matchedBy ?? 'none'}`)}</p>
            <div class="answer" lang={analysis.language.language ?? undefined}>{passage.text}</div>
            <SelectField
              name={placementField(index)} label={t('mail-import.field-placement', { number: index + 1 })} errors={errors}
              value={form.placements[index] ?? generalPlacement} options={placements}
            />
          </section>
        ))}
        {analysis.passages.length ? null : <p>{t('mail-import.no-passages')}</p>}
        <div class="actions"><button type="submit">{t('mail-import.confirm-answers')}</button></div>
      </form>
    </article>
  );

}

/** The request not to publish, quoted in the letter's own words, first thing on the page. */
function Refusal({ phrase, language }: { phrase: string; language: string | null }) {
  const { t } = usePage().i18n;
  const slot = '\uE000';
  const [before, after] = t('mail-import.refusal', { phrase: slot }).split(slot);
  return (
    <p class="warning" role="status">
      <strong>{before}<span lang={language ?? undefined}>{phrase}</span>{after}</strong>{' '}
      {t('mail-import.refusal-consent')}
    </p>
  );
}

function EmailFacts({ letter }: { letter: ImportedLetter }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { analysis } = letter;
  const { language } = analysis;
  return (
    <>
      <h2>{t('mail-import.email-title')}</h2>
      <dl class="summary">
        <dt>{t('mail-import.from')}</dt><dd>{`${analysis.from.name} <${analysis.from.address}>`.trim()}</dd>
        <dt>{t('mail-import.subject')}</dt><dd>{analysis.subject || t('mail-import.no-subject')}</dd>
        <dt>{t('mail-import.sent-on')}</dt><dd>{i18n.formatDate(analysis.sentOn, { dateStyle: 'long', timeZone: 'UTC' })}</dd>
        <dt>{t('mail-import.detected-language')}</dt>
        <dd>
          {language.language
            ? t('mail-import.language-confidence', { language: t(`domain.language.${language.language}`), confidence: language.confidence })
            : t(`mail-import.language-undecided.${language.undecided ?? 'too-short'}`)}
        </dd>
      </dl>
      {analysis.problems.length ? <><h3>{t('mail-import.letter-problems')}</h3><ProblemList problems={analysis.problems} /></> : null}
    </>
  );
}

function SenderFields({ input, letter, form, errors }: { input: Submission; letter: ImportedLetter; form: LetterForm; errors: FieldErrors }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { guess } = letter.analysis;
  const countries = input.content.submitter.countries;
  // Reasons are codes from the guesser; one this page cannot word is left out rather than shown raw.
  const reasons = [...new Set(guess.reasons)].filter((r) => (guessReasons as readonly string[]).includes(r));
  return (
    <>
      <h2>{t('mail-import.sender-title')}</h2>
      <p>{t('mail-import.sender-intro')}</p>
      <TextField name="name" label={t('mail-import.field-name')} value={form.name} errors={errors} maxLength={limits.shortTextMaxChars} />
      <SelectField
        name="stakeholderType" label={t('mail-import.field-stakeholder-type')} hint={t('mail-import.field-stakeholder-type-hint')}
        errors={errors} value={form.stakeholderType}
        options={stakeholderTypes.map((type) => ({ value: type, label: t(`domain.stakeholder.${type}`) }))}
      />
      <dl class="summary">
        <dt>{t('mail-import.countries')}</dt>
        <dd>{countries.length ? countries.map((c) => countryName(c, i18n.locale)).join(', ') : t('mail-import.no-countries')}</dd>
        <dt>{t('mail-import.guessed-organisation')}</dt>
        <dd>{guess.organisation ?? t('mail-import.no-organisation')}</dd>
        <dt>{t('mail-import.guessed-type')}</dt>
        <dd>{guess.stakeholderType ? t(`domain.stakeholder.${guess.stakeholderType}`) : t('mail-import.no-guess')}</dd>
        {reasons.length ? <><dt>{t('mail-import.guessed-from')}</dt><dd><ul>{reasons.map((r) => <li>{t(`mail-import.reason.${r}`)}</li>)}</ul></dd></> : null}
      </dl>
    </>
  );
}
