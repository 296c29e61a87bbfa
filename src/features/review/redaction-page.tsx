// The redaction step of publishing: the texts the public would see, with suggested passages to redact ticked by
// default, a preview with the marks, and the publish button. Everything here is computed again on every request
// from the (immutable) submitted content, so the form carries only choices, never the confidential text. The preview
// also says which files would be withheld, which documents would show placeholders for pictures and which PDFs would
// lose active content.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../views/form.tsx';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { publicationAllowed, type Submission } from '../submissions/index.ts';
import type { CleanedAttachments } from './clean-attachments.ts';
import { publishableTexts } from './publish-input.ts';
import {
  initialRedactionChoice, knownNamesOf, publishedFields, RedactionView, suggestFieldRedactions, type RedactionChoice,
} from './redaction/index.ts';
import { ReplacedPicturesView } from './views/replaced-pictures-view.tsx';
import { ActiveContentView } from './views/active-content-view.tsx';
import { WithheldFilesView } from './views/withheld-files-view.tsx';

/** The published fields and their suggestions for an input that may be published (named or anonymous). */
export function redactionSetup(request: FastifyRequest, input: Submission, call: CallWithQuestionnaires) {
  const mode = publicationAllowed(input.consent) === 'named' ? 'named' : 'anonymous';
  const questionnaire = call.questionnaires.find((q) => q.id === input.questionnaireId);
  const fields = publishedFields(publishableTexts(input, mode), questionnaire, request.i18n, input.language ?? undefined);
  const suggestions = suggestFieldRedactions(fields, { languages: call.languages, knownNames: knownNamesOf(input.content.submitter, mode) });
  return { fields, suggestions };
}

export function sendRedactionPage(
  request: FastifyRequest, reply: FastifyReply, input: Submission, call: CallWithQuestionnaires,
  state: {
    choice?: RedactionChoice; errors?: FieldErrors; preview?: Record<string, string> | null; status?: number;
    files?: Pick<CleanedAttachments, 'withheld' | 'replaced' | 'removedActiveContent'>;
  } = {},
): FastifyReply {
  const { fields, suggestions } = redactionSetup(request, input, call);
  return reply.page(request.i18n.t('review.input-title', { reference: input.reference ?? '' }), (
    <RedactionView
      reference={input.reference ?? ''} action={`/staff/inputs/${input.id}/publish`} backHref={`/staff/inputs/${input.id}`}
      fields={fields} suggestions={suggestions} choice={state.choice ?? initialRedactionChoice(suggestions)}
      errors={state.errors ?? {}} preview={state.preview ?? null}
      previewNotes={state.files ? (
        <>
          <WithheldFilesView files={state.files.withheld} when="preview" />
          <ReplacedPicturesView files={state.files.replaced} when="preview" />
          <ActiveContentView files={state.files.removedActiveContent} when="preview" />
        </>
      ) : null}
    />
  ), { status: state.status ?? 200 });
}
