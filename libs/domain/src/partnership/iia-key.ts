import { canonicalJson } from '../agreement/canonical-json';
import { Iia } from './partnership.types';

const idsOf = (iia: Iia): string[] =>
  iia.partners.filter((partner) => partner.iiaId).map((partner) => `${partner.heiId}:${partner.iiaId}`).sort();

/**
 * How an IIA is named in its partnership: a partner's own id for it (the first by SCHAC
 * code), else EWP's hash of its conditions, else its conditions themselves.
 */
export const iiaKeyOf = (iia: Iia): string => idsOf(iia)[0] ?? (iia.iiaHash ? `hash:${iia.iiaHash}` : canonicalJson(iia.conditions));

/** The key of the IIA already recorded that this one continues: one of the partners' ids for it is the same. */
export const recordedKeyOf = (iia: Iia, recorded: Record<string, Iia>): string | undefined => {
  const ids = new Set(idsOf(iia));
  const key = iiaKeyOf(iia);
  return Object.keys(recorded).find((candidate) => candidate === key || idsOf(recorded[candidate]).some((id) => ids.has(id)));
};
