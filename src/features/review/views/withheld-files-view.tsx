// The files that are not published because they could not be cleaned, each with the reason: after publishing, or in
// its preview (before anything is published, so without the advice that follows a publication).
import { usePage } from '../../../views/page-context.ts';
import type { WithheldFile } from '../withheld-files.ts';

export function WithheldFilesView({ files, when = 'published' }: { files: readonly WithheldFile[]; when?: 'published' | 'preview' }) {
  const { t } = usePage().i18n;
  if (!files.length) return null;
  return (
    <div class="warning">
      <p>{t(when === 'preview' ? 'redaction.preview-withheld-intro' : 'review.withheld-intro', { count: files.length })}</p>
      <ul>{files.map((file) => <li>{t('review.withheld-file', { filename: file.filename, reason: t(`review.withheld-reason.${file.reason}`) })}</li>)}</ul>
      {when === 'published' ? <p>{t('review.withheld-next')}</p> : null}
    </div>
  );
}
