// Where a case's item lives: a network (by name) or the platform's own places, which platform staff moderate.
import { usePage } from '../../../views/page-context.ts';
import type { Scope } from '../moderation.ts';

export function PlaceName({ scope, networkName }: { scope: Scope; networkName: string | null }) {
  const { t } = usePage().i18n;
  return <>{scope === 'platform' ? t('moderation.place-platform') : t('moderation.place-network', { name: networkName ?? '' })}</>;
}
