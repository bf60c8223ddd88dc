import { StayDate } from '../agreement/stay-period';
import { dayOf } from '../agreement/iso-date';
import { ruleBroken } from '../errors';
import { refusal } from '../refusals';

/**
 * REC-STAY-BEGUN: a transcript reports on a stay, so none is recorded before the stay's first
 * day, as the agreement best knows it (confirmed, declared, else planned). `now` is the
 * edge's clock; the day compares in UTC, as every date of the ledger does.
 */
export const assertStayBegun = (stayStart: StayDate, now: string): void => {
  if (dayOf(now) < stayStart.date) {
    throw ruleBroken('REC-STAY-BEGUN', refusal('stayNotBegun', stayStart.date, stayStart.source));
  }
};
