import { useNavigate } from 'react-router-dom';
import type { Agreement } from '../api/types';
import { useSend } from '../api/use-send';

/**
 * Saves the draft (POST for a new agreement, PUT .../draft for an edit), then opens the
 * agreement, which shows what EWP still lacks (its warnings) and the signing panel.
 */
export function useSaveDraft() {
  const navigate = useNavigate();
  const { error, busy, send } = useSend();
  const save = (request: { path: string; method: 'POST' | 'PUT'; body: unknown }, notice: string) =>
    send<Agreement>(request.method, request.path, request.body, (saved) => navigate(`/agreements/${saved.mobilityId}`, { state: { notice } }));
  return { error, busy, save };
}
