// The pictures part of the initiative form: pictures already stored (their description can change, or they can be
// removed) and empty slots for new ones, each with the description people who cannot see it will read.
import { fieldId, FieldError, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { imageAltField, imageField, keptAltField, keptRemoveField, type InitiativeForm } from '../initiative-form.ts';
import { imagePath, initiativeLimits, type InitiativeImage } from '../initiative.ts';

export function ImageFields({ form, errors, storedImages }: { form: InitiativeForm; errors: FieldErrors; storedImages: readonly InitiativeImage[] }) {
  const { t } = usePage().i18n;
  const slots = initiativeLimits.maxImages - storedImages.length;
  const hadErrors = Object.keys(errors).length > 0;
  return (
    <fieldset>
      <legend>{t('initiatives.images-legend')}</legend>
      <p class="hint">{t('initiatives.images-hint', { count: initiativeLimits.maxImages, max: initiativeLimits.imageMaxBytes / (1024 * 1024) })}</p>
      {hadErrors ? <p class="warning">{t('initiatives.images-choose-again')}</p> : null}
      {storedImages.map((image) => {
        const kept = form.keptImages.find((k) => k.id === image.id);
        return (
          <div class="initiative-image-field">
            <img src={imagePath(image)} alt="" width={image.width} height={image.height} loading="lazy" />
            <TextField name={keptAltField(image.id)} label={t('initiatives.field-alt')} value={kept?.alt ?? image.alt} errors={errors} required maxLength={initiativeLimits.altMaxChars} />
            <div class="choice">
              <input type="checkbox" id={fieldId(keptRemoveField(image.id))} name={keptRemoveField(image.id)} value="1" checked={kept?.remove ?? false} />
              <label for={fieldId(keptRemoveField(image.id))}>{t('initiatives.field-remove-image')}</label>
            </div>
          </div>
        );
      })}
      {Array.from({ length: Math.max(0, slots) }, (_, i) => i + 1).map((slot) => (
        <div class="initiative-image-field">
          <div class={`field${errors[imageField(slot)] ? ' has-error' : ''}`}>
            <label for={fieldId(imageField(slot))}>{t('initiatives.field-image', { number: slot })}</label>
            <FieldError name={imageField(slot)} errors={errors} />
            <input type="file" id={fieldId(imageField(slot))} name={imageField(slot)} accept=".jpg,.jpeg,.png,image/jpeg,image/png"
              aria-invalid={errors[imageField(slot)] ? 'true' : undefined} aria-describedby={errors[imageField(slot)] ? `${fieldId(imageField(slot))}-error` : undefined} />
          </div>
          <TextField name={imageAltField(slot)} label={t('initiatives.field-image-alt', { number: slot })} hint={t('initiatives.hint-alt')}
            value={form.newImageAlts[slot - 1] ?? ''} errors={errors} maxLength={initiativeLimits.altMaxChars} />
        </div>
      ))}
    </fieldset>
  );
}
