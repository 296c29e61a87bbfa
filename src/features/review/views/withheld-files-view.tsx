// After publishing: the files that were not published because they could not be cleaned, each with the reason.
import { usePage } from '../../../views/page-context.ts';
import type { WithheldFile } from '../withheld-files.ts';

export function WithheldFilesView({ files }: { files: readonly WithheldFile[] }) {
  const { t } = usePage().i18n;
  if (!files.length) return null;
  return (
    <div class="warning">
      <p>{t('review.withheld-intro', { count: files.length })}</p>
      <ul>{files.map((file) => <li>{t('review.withheld-file', { filename: file.filename, reason: t(`review.withheld-reason.${file.reason}`) })}</li>)}</ul>
      <p>{t('review.withheld-next')}</p>
    </div>
  );
}
