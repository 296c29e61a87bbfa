// An input's answers laid out question by question: used on the submitter's review and receipt pages, the staff
// reading view and the published page, so an input reads the same to everyone allowed to see it.
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import { partRef, type Part, type Questionnaire } from '../../calls/index.ts';
import type { AttachmentInfo, PartAnswer } from '../submission.ts';

export interface AnswersViewProps {
  questionnaire: Questionnaire;
  answers: Record<string, PartAnswer>;
  attachments: readonly AttachmentInfo[];
  /** Where an attachment can be downloaded from, or null where it cannot (e.g. not published). */
  attachmentHref: (attachment: AttachmentInfo) => string | null;
  /** The language the answers were written in, for screen readers and hyphenation. */
  answerLanguage?: string | null | undefined;
  /** How a typed text is shown: as is by default; the published page shows its redaction marks as marks. */
  renderText?: ((text: string) => preact.ComponentChildren) | undefined;
}

const asIs = (text: string) => text;
/** Stands in for the text inside a translated sentence, so the text can be an element wherever the language puts it. */
const slot = '\uE000';

export function AnswersView({ questionnaire, answers, attachments, attachmentHref, answerLanguage, renderText = asIs }: AnswersViewProps) {
  const { i18n } = usePage();
  return (
    <div class="answers">
      {questionnaire.questions.map((question) => {
        const text = pickTranslation(question.text, i18n.locale);
        return (
          <section class="question" aria-labelledby={`q-${question.id}`}>
            <h3 id={`q-${question.id}`} lang={text.lang}>{question.number}. {text.text}</h3>
            {question.parts.map((part) => (
              <PartAnswerView
                part={part}
                showLabel={question.parts.length > 1}
                answer={answers[partRef(question, part)]}
                files={attachments.filter((a) => a.partRef === partRef(question, part))}
                attachmentHref={attachmentHref}
                answerLanguage={answerLanguage}
                renderText={renderText}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function PartAnswerView(props: {
  part: Part;
  showLabel: boolean;
  answer: PartAnswer | undefined;
  files: readonly AttachmentInfo[];
  attachmentHref: AnswersViewProps['attachmentHref'];
  answerLanguage?: string | null | undefined;
  renderText: (text: string) => preact.ComponentChildren;
}) {
  const { part, showLabel, answer, files, attachmentHref, answerLanguage, renderText } = props;
  const { i18n } = usePage();
  const { t } = i18n;
  const label = pickTranslation(part.label, i18n.locale);
  const lang = answerLanguage ?? undefined;
  const chosen = (answer?.choices ?? [])
    .map((key) => part.choices.find((c) => c.key === key))
    .filter((c) => c !== undefined)
    .map((c) => pickTranslation(c.label, i18n.locale).text);
  const items: preact.ComponentChildren[] = [];
  if (part.kind === 'yes-no' && answer?.yesNo) items.push(<p>{t(answer.yesNo === 'yes' ? 'domain.yes' : 'domain.no')}</p>);
  if (chosen.length) items.push(<ul>{chosen.map((c) => <li>{c}</li>)}</ul>);
  if (answer?.other?.trim()) {
    const [before, after] = t('domain.other', { text: slot }).split(slot);
    items.push(<p lang={lang}>{before}{renderText(answer.other)}{after}</p>);
  }
  if (answer?.countries?.length) items.push(<p>{answer.countries.map((c) => countryName(c, i18n.locale)).join(', ')}</p>);
  if (answer?.text?.trim()) items.push(<p class="answer" lang={lang}>{renderText(answer.text)}</p>);
  if (answer?.details?.trim()) items.push(<p class="answer" lang={lang}><strong>{t('domain.details')}: </strong>{renderText(answer.details)}</p>);
  if (files.length) {
    items.push(
      <ul>
        {files.map((file) => {
          const href = attachmentHref(file);
          const name = t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) });
          return <li>{href ? <a href={href}>{name}</a> : name}</li>;
        })}
      </ul>,
    );
  }
  return (
    <div class="part">
      {showLabel ? <h4 lang={label.lang}>{label.text}</h4> : null}
      {items.length ? items : <p class="meta">{t('domain.no-answer')}</p>}
    </div>
  );
}
