import { useState } from 'react';
import { ApiError, apiBlob } from '../api/client';
import { asApiError } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { useI18n } from '../i18n/i18n';

/** The version as signed, as a PDF in the reader's language: fetched with the session's token, then saved. */
export function VersionPdfButton({ mobilityId, version }: { mobilityId: string; version: number }) {
  const { t, language } = useI18n();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const pdf = await apiBlob(`/agreements/${mobilityId}/versions/${version}/pdf?lang=${language}`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(pdf);
      link.download = `learning-agreement-${mobilityId}-v${version}.pdf`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (refused) {
      setError(asApiError(refused));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="pdf">
      <button type="button" onClick={() => void download()} disabled={busy}>{t('version.pdf', { n: version })}</button>
      {error && <ErrorMessage error={error} />}
    </p>
  );
}
