import type { Change } from '../api/types';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';

export function ReasonText({ reason }: { reason: Change['reason'] }) {
  const { t } = useI18n();
  return <>{typeof reason === 'string' ? t(`reason.${reason}` as MessageKey) : reason.other}</>;
}
