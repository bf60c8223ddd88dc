import { AgreementContent } from '../agreement/agreement.content';

/**
 * CTI-DD-1: a double degree is mentioned in the diploma supplement, never in the title of
 * the French diploma. The mention lives here, on the recognition, and nothing in this
 * domain carries a diploma title it could leak into.
 */
export type DoubleDegreeMention = {
  ruleId: 'CTI-DD-1';
  host: { heiId: string; organisationalUnit?: string };
  /** The degree the host awards, as the receiving institution names it. */
  partnerDegree?: string;
  text: string;
};

export const doubleDegreeMention = (content: AgreementContent, partnerDegree?: string): DoubleDegreeMention | undefined => {
  if (content.activity !== 'double-degree') return undefined;
  const { heiId, organisationalUnit } = content.receivingInstitution;
  const degree = partnerDegree?.trim();
  return {
    ruleId: 'CTI-DD-1',
    host: { heiId, ...(organisationalUnit !== undefined && { organisationalUnit }) },
    ...(degree && { partnerDegree: degree }),
    text: `Double degree with ${heiId}${degree ? `: ${degree}` : ''} (diploma supplement only)`,
  };
};
