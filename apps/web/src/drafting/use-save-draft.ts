import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { Agreement } from '../api/types';
import { asApiError } from '../api/use-api';

/**
 * Saves the draft (POST for a new agreement, PUT .../draft for an edit), then opens the
 * agreement, which shows what EWP still lacks (its warnings) and the signing panel.
 */
export function useSaveDraft() {
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const save = async (request: { path: string; method: 'POST' | 'PUT'; body: unknown }, notice: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api<Agreement>(request.path, { method: request.method, body: request.body });
      navigate(`/agreements/${saved.mobilityId}`, { state: { notice } });
    } catch (refused) {
      setError(asApiError(refused));
      setBusy(false);
    }
  };
  return { error, busy, save };
}
