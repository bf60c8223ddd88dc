import type { Component } from '../api/types';
import { formatCredits } from '../agreements/credit-totals';
import { useI18n } from '../i18n/i18n';
import type { OutcomeLine } from './recognition-types';

/** Table A as approved, row by row beside the transcript's result and the conversion with its rule. */
export function TranscriptTable({ planned, lines }: { planned: Component[]; lines: OutcomeLine[] }) {
  const { t } = useI18n();
  const codes = [...new Set([...planned.map((component) => component.code), ...lines.map((line) => line.code)])];
  return (
    <table className="transcript">
      <caption>{t('recognition.planned')} · {t('recognition.transcript')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.code')}</th>
          <th scope="col">{t('recognition.planned')}</th>
          <th scope="col">{t('recognition.transcript')}</th>
          <th scope="col">{t('recognition.grade')}</th>
          <th scope="col">{t('recognition.result')}</th>
          <th scope="col">{t('recognition.conversion')}</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const plan = planned.find((component) => component.code === code);
          const line = lines.find((candidate) => candidate.code === code);
          const conversion = line?.conversion;
          return (
            <tr key={code} className={line?.result === 'passed' ? 'passed' : 'failed'}>
              <th scope="row">{code}</th>
              <td>{plan ? `${plan.title}, ${formatCredits(plan.credits)}` : '–'}</td>
              <td>{line?.credits ? formatCredits([line.credits]) : '–'}</td>
              <td>{line?.localGrade ?? '–'}</td>
              <td>{line ? t(`result.${line.result}`) : t('result.missing')}</td>
              <td>
                {conversion?.status === 'converted' && line?.credits && (
                  <>
                    {conversion.factor === '1' ? t('recognition.automatic') : t('recognition.conversionRule', {
                      value: line.credits.value, scheme: line.credits.scheme, factor: conversion.factor ?? '?', ects: conversion.ects ?? '?',
                    })}
                    {conversion.rule?.source && <div className="hint">{conversion.rule.source}</div>}
                  </>
                )}
                {conversion?.status === 'pending' && <span>{conversion.status}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
