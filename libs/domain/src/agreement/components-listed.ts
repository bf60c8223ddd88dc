import { ruleBroken } from '../errors';
import { refusal } from '../refusals';
import { AgreementContent } from './agreement.content';

/**
 * CTI-LA-2: before anyone signs, an academic agreement must say what is followed at the host
 * (tables A, C, blended or doctoral) and what it replaces at home (table B). Traineeships are
 * left out: their terms live in the internship agreement (CTI-MOB-6), not in these tables.
 */
export const assertComponentsListed = (content: AgreementContent): void => {
  if (content.mobilityType === 'traineeship') return;
  const atHost = content.studiedAbroad.length + content.virtual.length + content.blended.length + content.doctoral.length;
  if (atHost === 0) throw ruleBroken('CTI-LA-2', refusal('noComponentAtHost'));
  if (content.recognisedAtHome.length === 0) {
    throw ruleBroken('CTI-LA-2', refusal('tableBEmpty'));
  }
};
