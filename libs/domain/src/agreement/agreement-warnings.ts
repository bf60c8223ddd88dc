import { AgreementContent } from './agreement.content';
import { exchangeGapsOf } from './exchange-gaps';
import { termCreditWarnings } from './term-credits';
import { WarningWords } from './warning-words';
import { ENGLISH_WARNINGS } from './warning-words.en';

/**
 * What a coordinator would catch by eye and the ledger shows without refusing the content:
 * kept with the view of the agreement, named by its rule and the field it is about.
 */
export type AgreementWarning = { ruleId: string; field: string; detail: string };

/** Every warning the content raises, each check in its own file, in the words given. */
export const agreementWarnings = (content: AgreementContent, said: WarningWords = ENGLISH_WARNINGS): AgreementWarning[] => [
  ...exchangeGapsOf(content, said),
  ...termCreditWarnings(content, said),
];
