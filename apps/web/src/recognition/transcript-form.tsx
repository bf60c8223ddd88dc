import { FormEvent, useState } from 'react';
import type { Component } from '../api/types';
import { fieldMessages } from '../api/refusal-parts';
import { useSend } from '../api/use-send';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';
import { TranscriptLineFields } from './transcript-line-fields';
import { blankLine, LineInput, RecordedLine, startingLines, transcriptBody } from './transcript-lines';

/**
 * The receiving institution enters the transcript of records line by line against the version
 * in force (CTI-REC-1): a planned component picked from the list, or an unplanned extra with its
 * reason (REC-UNPLANNED). The API checks it; a refusal appends nothing and is shown beside the
 * line it names.
 */
export function TranscriptForm({ mobilityId, planned, recorded, onDone }: {
  mobilityId: string;
  planned: Component[];
  recorded?: RecordedLine[];
  onDone: (message: string) => Promise<void>;
}) {
  const { t, decimal } = useI18n();
  const [lines, setLines] = useState<LineInput[]>(() => startingLines(planned, recorded, decimal));
  const [correctionReason, setCorrectionReason] = useState('');
  const { error, busy, send } = useSend();
  const correcting = recorded !== undefined;
  const change = (key: number, next: Partial<LineInput>) => setLines((all) => all.map((line) => (line.key === key ? { ...line, ...next } : line)));
  const remove = (key: number) => setLines((all) => all.filter((line) => line.key !== key));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', `/agreements/${mobilityId}/transcripts`, transcriptBody(lines, planned, correcting ? correctionReason : undefined), () =>
      onDone(t(correcting ? 'transcript.corrected' : 'transcript.recorded')),
    );
  };
  // A refusal naming no line (REC-STAY-BEGUN, REC-EMPTY, ...) or a field without a message beside it (a grade) is said once, above the lines.
  const shownFields = [
    ...lines.flatMap((line, index) => [
      `components.${index}.code`,
      `components.${index}.credits`,
      `components.${index}.creditsDifferenceReason`,
      ...(line.unplanned ? [`components.${index}.unplanned`] : []),
    ]),
    ...(correcting ? ['correctionReason'] : []),
  ];
  const reasonMessages = fieldMessages(error, 'correctionReason');
  return (
    <section className="work-form" aria-labelledby="transcript-form-title">
      <h3 id="transcript-form-title">{t(correcting ? 'transcript.correctTitle' : 'transcript.title')}</h3>
      <p className="hint">{t('transcript.hint')}</p>
      <form onSubmit={submit} noValidate>
        <FormRefusal error={error} fields={shownFields} />
        {lines.map((line, index) => (
          <TranscriptLineFields
            key={line.key}
            index={index}
            line={line}
            planned={planned}
            error={error}
            onChange={(next) => change(line.key, next)}
            onRemove={() => remove(line.key)}
          />
        ))}
        <p>
          <button type="button" onClick={() => setLines((all) => [...all, blankLine()])}>{t('transcript.addLine')}</button>
        </p>
        {correcting && (
          <label className="wide">
            {t('transcript.correctionReason')}
            <textarea rows={2} value={correctionReason} onChange={(event) => setCorrectionReason(event.target.value)} {...invalidWhen('transcript-correction-error', reasonMessages)} />
            <FieldMessages id="transcript-correction-error" messages={reasonMessages} />
          </label>
        )}
        <button type="submit" className="primary" disabled={busy}>{t(correcting ? 'transcript.submitCorrection' : 'transcript.submit')}</button>
      </form>
    </section>
  );
}
