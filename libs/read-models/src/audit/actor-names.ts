import { AgreementState, ERASED, Signature } from '@app/domain';

/**
 * Who the trail's actors are, by name, as the agreement itself knows them: the student from
 * the agreement's content, staff from the signatures they gave. Read from the opened stream
 * at each request and never stored in the trail, so an erasure leaves only its marker.
 */
export function actorNamesOf(state: AgreementState): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const signatures: Signature[] = [
    ...state.versions.flatMap((version) => version.signatures),
    ...state.signatures,
    ...(state.proposal?.signatures ?? []),
  ];
  for (const { signer } of signatures) {
    if (signer.name && signer.name !== ERASED) names.set(signer.id, signer.name);
  }
  const student = state.current?.content.student;
  if (student?.accountId && student.givenNames !== ERASED && student.familyName !== ERASED) {
    names.set(student.accountId, `${student.givenNames} ${student.familyName}`);
  }
  return names;
}
