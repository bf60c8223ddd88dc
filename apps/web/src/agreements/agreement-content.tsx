import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Agreement, Version } from '../api/types';
import { useApi } from '../api/use-api';
import { useIdentity } from '../auth/use-identity';
import { LoadedView } from '../components/loaded';
import { useI18n } from '../i18n/i18n';
import { AmendmentForm } from './amendment-form';
import { ComponentTables } from './component-tables';
import { myParty } from './my-party';
import { RejectionList } from './rejection-list';
import { SignPanel } from './sign-panel';
import { SignatureStrip } from './signature-strip';
import { StudentChangesTable } from './student-changes-table';
import { MinorChangeForm, MinorChangeList } from './minor-changes';
import { StayDates } from './stay-dates';
import { VersionPdfButton } from './version-pdf-button';
import { WithdrawPanel } from './withdraw-panel';
import { WithdrawalList } from './withdrawal-list';
import { defaultShown, Shown, VersionPicker } from './version-picker';

/** The tables of the version picked, its signatures, and what the person may do now. */
export function AgreementContent({ agreement, onChanged }: { agreement: Agreement; onChanged: (message: string) => Promise<void> }) {
  const { t, date } = useI18n();
  const identity = useIdentity();
  const [picked, setPicked] = useState<Shown>();
  const shown = picked ?? defaultShown(agreement);
  const content = agreement.proposal?.content ?? agreement.versionInForce?.content ?? agreement.draft!.content;
  const me = myParty(identity, {
    studentAccountId: content.student.accountId,
    sendingInstitution: content.sendingInstitution.heiId,
    receivingInstitution: content.receivingInstitution.heiId,
  });
  const inForce = agreement.versionInForce;
  const pastVersion = shown.kind === 'version' && shown.number !== inForce?.number ? shown.number : undefined;
  const past = useApi<Version>(pastVersion ? `/agreements/${agreement.mobilityId}/versions/${pastVersion}` : undefined);
  const done = (message: string) => {
    setPicked(undefined);
    return onChanged(message);
  };

  return (
    <>
      <VersionPicker agreement={agreement} shown={shown} onChange={setPicked} />
      {shown.kind === 'proposal' && agreement.proposal && inForce && (
        <section className="amendment" aria-labelledby="amendment-title">
          <h2 id="amendment-title">
            {t('amendment.title', { n: agreement.proposal.number, party: t(`role.${agreement.proposal.proposedBy.party}`), date: date(agreement.proposal.proposedAt) })}
          </h2>
          <p className="hint">{t('amendment.against', { n: inForce.number })}</p>
          <ComponentTables content={inForce.content} changes={agreement.proposal.changes} />
          <StudentChangesTable student={inForce.content.student} changes={agreement.proposal.studentChanges} />
          <SignatureStrip signatures={agreement.proposal.signatures} awaiting={agreement.proposal.awaiting} what={`${t('sign.proposal')} ${agreement.proposal.number}`} />
          <SignPanel mobilityId={agreement.mobilityId} contentHash={agreement.proposal.contentHash} what={t('sign.proposal')} awaiting={agreement.proposal.awaiting} me={me} onDone={done} />
          {me === agreement.proposal.proposedBy.party && (
            <WithdrawPanel mobilityId={agreement.mobilityId} proposalNumber={agreement.proposal.number} onDone={done} />
          )}
        </section>
      )}
      {shown.kind === 'draft' && agreement.draft && (
        <section aria-label={t('agreement.draftShown')}>
          {!inForce && <p className="notice">{t('agreement.noVersion')}</p>}
          {(me === 'student' || me === 'sending') && <p><Link to={`/agreements/${agreement.mobilityId}/edit`}>{t('draft.edit')}</Link></p>}
          <ComponentTables content={agreement.draft.content} />
          <SignatureStrip signatures={agreement.draft.signatures} awaiting={agreement.draft.awaiting} what={t('sign.draft')} />
          <SignPanel mobilityId={agreement.mobilityId} contentHash={agreement.draft.contentHash} what={t('sign.draft')} awaiting={agreement.draft.awaiting} me={me} onDone={done} />
        </section>
      )}
      {shown.kind === 'version' && inForce && !pastVersion && (
        <section aria-label={t('agreement.inForce', { n: inForce.number })}>
          <ComponentTables content={inForce.content} />
          <SignatureStrip signatures={inForce.signatures} what={`version ${inForce.number}`} />
          <VersionPdfButton mobilityId={agreement.mobilityId} version={inForce.number} />
          {(me === 'student' || me === 'sending') && !agreement.proposal && (
            <AmendmentForm mobilityId={agreement.mobilityId} version={inForce.number} content={agreement.contentInEffect ?? inForce.content} onDone={done} />
          )}
          <MinorChangeForm agreement={agreement} me={me} onDone={done} />
        </section>
      )}
      {pastVersion && (
        <LoadedView loaded={past}>
          {(version) => (
            <section aria-label={`Version ${version.number}`}>
              <ComponentTables content={version.content} />
              <SignatureStrip signatures={version.signatures} what={`version ${version.number}`} />
              <VersionPdfButton mobilityId={agreement.mobilityId} version={version.number} />
            </section>
          )}
        </LoadedView>
      )}
      <StayDates agreement={agreement} me={me} onDone={done} />
      <MinorChangeList changes={agreement.minorChanges ?? []} />
      <RejectionList rejections={agreement.rejections} />
      <WithdrawalList withdrawals={agreement.withdrawals ?? []} />
    </>
  );
}
