// Documents whose pictures could not be cleaned and show grey placeholders instead: each file with how many pictures
// and of which formats, after publishing or in its preview, so staff can ask the submitter for a JPEG or PNG.
import { usePage } from '../../../views/page-context.ts';
import type { FileWithReplacedPictures } from '../replaced-pictures.ts';

export function ReplacedPicturesView({ files, when }: { files: readonly FileWithReplacedPictures[]; when: 'published' | 'preview' }) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (!files.length) return null;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const formats = (file: FileWithReplacedPictures) =>
    list.format(file.formats.map(({ format, count }) => t('review.replaced-format', { count, format: t(`review.picture-format.${format}`) })));
  const pictures = (file: FileWithReplacedPictures) => file.formats.reduce((sum, f) => sum + f.count, 0);
  return (
    <div class="warning">
      <p>{t(when === 'preview' ? 'redaction.preview-replaced-intro' : 'review.replaced-intro', { count: files.length })}</p>
      <ul>{files.map((file) => <li>{t('review.replaced-file', { filename: file.filename, pictures: pictures(file), formats: formats(file) })}</li>)}</ul>
      <p>{t('review.replaced-next')}</p>
    </div>
  );
}
