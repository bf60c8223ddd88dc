import type { Component } from '../api/types';
import { formatCredits } from '../agreements/credit-totals';
import { useI18n } from '../i18n/i18n';
import type { CreditLine, OutcomeLine } from './recognition-types';

/** Why a line's credits are not simply the plan's, and what the sending school decided of the rest. */
function CreditNotes({ line }: { line?: CreditLine }) {
  const { t, decimal } = useI18n();
  if (!line) return null;
  const notes = [
    line.unplannedReason && t('recognition.unplanned', { reason: line.unplannedReason }),
    line.creditsDifferenceReason && t('recognition.creditsDiffer', { reason: line.creditsDifferenceReason }),
    line.status === 'awaiting-decision' && t('recognition.beyondPlan', { ects: decimal(line.beyondPlanEcts) }),
    line.decision?.decision === 'recognised' && t('recognition.beyondPlanRecognised', { ects: decimal(line.decision.ects), reason: line.decision.reason }),
    line.decision?.decision === 'not-recognised' && t('recognition.beyondPlanRefused', { reason: line.decision.reason }),
  ].filter((note): note is string => Boolean(note));
  return <>{notes.map((note) => <div key={note} className="hint">{note}</div>)}</>;
}

/** Table A as approved, row by row beside the transcript's result, the conversion with its rule, and what counts. */
export function TranscriptTable({ planned, lines, creditLines }: { planned: Component[]; lines: OutcomeLine[]; creditLines: CreditLine[] }) {
  const { t, decimal } = useI18n();
  const codes = [...new Set([...planned.map((component) => component.code), ...lines.map((line) => line.code)])];
  return (
    <table className="transcript cards">
      <caption>{t('recognition.planned')} · {t('recognition.transcript')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.code')}</th>
          <th scope="col">{t('recognition.planned')}</th>
          <th scope="col">{t('recognition.transcript')}</th>
          <th scope="col">{t('recognition.grade')}</th>
          <th scope="col">{t('recognition.result')}</th>
          <th scope="col">{t('recognition.conversion')}</th>
          <th scope="col">{t('recognition.counted')}</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const plan = planned.find((component) => component.code === code);
          const line = lines.find((candidate) => candidate.code === code);
          const conversion = line?.conversion;
          const counted = creditLines.find((candidate) => candidate.code === code);
          return (
            <tr key={code} className={line?.result === 'passed' ? 'passed' : 'failed'}>
              <th scope="row">{code}</th>
              <td data-label={t('recognition.planned')}>{plan ? `${plan.title}, ${formatCredits(plan.credits, decimal)}` : '–'}</td>
              <td data-label={t('recognition.transcript')}>{line?.credits ? formatCredits([line.credits], decimal) : '–'}</td>
              <td data-label={t('recognition.grade')}>{line?.localGrade ?? '–'}</td>
              <td data-label={t('recognition.result')}>{line ? t(`result.${line.result}`) : t('result.missing')}</td>
              <td data-label={t('recognition.conversion')}>
                {conversion?.status === 'converted' && line?.credits && (
                  <>
                    {conversion.factor === '1' ? t('recognition.automatic') : t('recognition.conversionRule', {
                      value: line.credits.value, scheme: line.credits.scheme, factor: conversion.factor ?? '?', ects: conversion.ects ?? '?',
                    })}
                    {conversion.rule?.source && <div className="hint">{conversion.rule.source}</div>}
                  </>
                )}
                {conversion?.status === 'pending' && <span>{t('conversion.pending')}</span>}
              </td>
              <td data-label={t('recognition.counted')}>
                {counted?.recognisedEcts ? decimal(counted.recognisedEcts) : '–'}
                <CreditNotes line={counted} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
