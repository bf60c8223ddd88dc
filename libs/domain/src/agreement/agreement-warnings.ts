import { AgreementContent } from './agreement.content';
import { exchangeGapsOf } from './exchange-gaps';
import { termCreditWarnings } from './term-credits';

/**
 * What a coordinator would catch by eye and the ledger shows without refusing the content:
 * kept with the view of the agreement, named by its rule and the field it is about.
 */
export type AgreementWarning = { ruleId: string; field: string; detail: string };

/** Every warning the content raises, each check in its own file. */
export const agreementWarnings = (content: AgreementContent): AgreementWarning[] => [
  ...exchangeGapsOf(content),
  ...termCreditWarnings(content),
];
