import { MobilityFacts, PartnershipState } from '@app/domain';

/**
 * The partnerships and, for an academic year, the mobilities counted against their quotas
 * (LA-PARTNERSHIP), served by the read models and up to date with every command appended
 * before the call.
 */
export abstract class PartnershipRegister {
  abstract read(academicYear?: string): Promise<{ partnerships: PartnershipState[]; mobilities: MobilityFacts[] }>;
}
