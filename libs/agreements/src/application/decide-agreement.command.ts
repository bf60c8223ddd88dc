import type { AgreementCommand, AgreementState } from '@app/domain';
import type { RequestContext } from '@app/http';

/** A command, or the rule that picks it from the agreement's state when the request is ambiguous. */
export type AgreementCommandChoice = AgreementCommand | ((state: AgreementState) => AgreementCommand);

/** Any learning-agreement command, as the HTTP edge built it from the request. */
export class DecideAgreement {
  constructor(
    readonly mobilityId: string,
    readonly command: AgreementCommandChoice,
    readonly request: RequestContext,
  ) {}
}
