import type { AgreementSummary, DeclaredStay } from '../api/types';

/** How a person tells one stay from another: the host and year of an agreement, the kind, country and start of a declared stay. */
export interface StayChoice { value: string; ref: { mobilityId: string } | { stayId: string }; label: string }

export function stayChoices(
  agreements: AgreementSummary[],
  stays: DeclaredStay[],
  words: { agreement: (host: string, year: string) => string; declared: (stay: DeclaredStay) => string },
): StayChoice[] {
  return [
    ...agreements.map((agreement) => ({
      value: `mobility:${agreement.mobilityId}`,
      ref: { mobilityId: agreement.mobilityId },
      label: words.agreement(agreement.receivingInstitution, agreement.receivingAcademicYear),
    })),
    ...stays.map((stay) => ({ value: `stay:${stay.stayId}`, ref: { stayId: stay.stayId }, label: words.declared(stay) })),
  ];
}

/** The label of the stay a record names, from the choices; the bare id when the stay is no longer among them. */
export const stayLabelOf = (choices: StayChoice[], ref: { mobilityId?: string; stayId?: string }): string =>
  choices.find((choice) => choice.value === (ref.mobilityId ? `mobility:${ref.mobilityId}` : `stay:${ref.stayId}`))?.label ?? ref.mobilityId ?? ref.stayId ?? '';
