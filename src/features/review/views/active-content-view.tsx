// PDFs that lost what would run, fetch or carry something when opened (scripts, automatic actions, attached files,
// media, XFA forms): each file with how many parts of which kinds, after publishing or in its preview, so staff know
// the public copy no longer has them (an attached file that mattered must be asked for separately).
import { usePage } from '../../../views/page-context.ts';
import type { FileWithActiveContent } from '../active-content.ts';

export function ActiveContentView({ files, when }: { files: readonly FileWithActiveContent[]; when: 'published' | 'preview' }) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (!files.length) return null;
  const list = new Intl.ListFormat(i18n.locale, { type: 'unit', style: 'short' });
  const kinds = (file: FileWithActiveContent) => list.format(file.kinds.map(({ kind, count }) => t(`review.active-kind.${kind}`, { count })));
  const parts = (file: FileWithActiveContent) => file.kinds.reduce((sum, k) => sum + k.count, 0);
  return (
    <div class="warning">
      <p>{t(when === 'preview' ? 'review.active-preview-intro' : 'review.active-intro', { count: files.length })}</p>
      <ul>{files.map((file) => <li>{t('review.active-file', { filename: file.filename, parts: parts(file), kinds: kinds(file) })}</li>)}</ul>
      <p>{t('review.active-next')}</p>
    </div>
  );
}
