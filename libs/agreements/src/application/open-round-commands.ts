import type { AgreementCommand, AgreementState, CommandMetadata } from '@app/domain';

/**
 * One signatures resource and one rejections resource serve both rounds: before version 1
 * they act on the draft, afterwards on the open amendment proposal (EWP has one workflow
 * for both).
 */
export const signOpenRound =
  (mobilityId: string, contentHash: string, metadata: CommandMetadata) =>
  (state: AgreementState): AgreementCommand =>
    state.status === 'amendment-proposed'
      ? { type: 'SignAmendment', data: { mobilityId, contentHash }, metadata }
      : { type: 'SignAgreement', data: { mobilityId, contentHash }, metadata };

export const rejectOpenRound =
  (mobilityId: string, comment: string, metadata: CommandMetadata) =>
  (state: AgreementState): AgreementCommand =>
    state.status === 'amendment-proposed'
      ? { type: 'RejectAmendment', data: { mobilityId, comment }, metadata }
      : { type: 'RejectAgreement', data: { mobilityId, comment }, metadata };
