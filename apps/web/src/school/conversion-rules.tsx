import { FormEvent, useState } from 'react';
import type { ConversionRuleView } from '../api/types';
import { useSend } from '../api/use-send';
import { decimalInput } from '../agreements/credit-totals';
import { FieldError, fieldProps } from '../components/field-error';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';

/** The conversion rules in effect for credits outside ECTS (CTI-REC-3): the school's own, the defaults, and a form to set one. */
export function ConversionRules({ school, rules, onDone }: { school: string; rules: ConversionRuleView[]; onDone: (message: string) => Promise<void> }) {
  const { t, decimal: shown } = useI18n();
  const { error, busy, send } = useSend();
  const [scheme, setScheme] = useState(rules[0]?.scheme ?? '');
  const [kind, setKind] = useState<'factor' | 'full-load'>('factor');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const path = (name: string) => `/schools/${encodeURIComponent(school)}/conversion-rules/${encodeURIComponent(name)}`;
  const ruleText = (rule: ConversionRuleView) =>
    rule.kind === 'factor'
      ? t('reg.conversion.factorText', { factor: shown(rule.factor ?? ''), divisor: rule.divisor ? ` ÷ ${shown(rule.divisor)}` : '' })
      : t('reg.conversion.fullLoadText', { ects: shown(rule.ectsPerFullLoad ?? '') });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = kind === 'factor' ? { kind, factor: decimalInput(value), source } : { kind, ectsPerFullLoad: decimalInput(value), source };
    await send('PUT', path(scheme), body, () => onDone(t('reg.conversion.saved', { scheme })));
  };
  const valueField = kind === 'factor' ? 'factor' : 'ectsPerFullLoad';
  return (
    <section aria-labelledby="conversion-title" className="panel">
      <h2 id="conversion-title">{t('reg.conversion.title')}</h2>
      <FormRefusal error={error} fields={[valueField, 'source']} />
      <table className="cards">
        <thead>
          <tr>
            <th scope="col">{t('reg.conversion.scheme')}</th>
            <th scope="col">{t('reg.conversion.rule')}</th>
            <th scope="col">{t('reg.conversion.source')}</th>
            <th scope="col">{t('reg.conversion.origin')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.scheme}>
              <td data-label={t('reg.conversion.scheme')}>{rule.scheme}</td>
              <td data-label={t('reg.conversion.rule')}>{ruleText(rule)}</td>
              <td data-label={t('reg.conversion.source')}>{rule.source}</td>
              <td data-label={t('reg.conversion.origin')}>
                {rule.origin === 'school' ? (
                  <button type="button" onClick={() => send('DELETE', path(rule.scheme), undefined, () => onDone(t('reg.conversion.removed', { scheme: rule.scheme })))}>
                    {t('reg.conversion.remove', { scheme: rule.scheme })}
                  </button>
                ) : (
                  t('reg.conversion.default')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t('reg.conversion.set')}</summary>
        <form onSubmit={submit} noValidate className="row">
          <label>
            {t('reg.conversion.scheme')}
            <input list="known-schemes" value={scheme} onChange={(event) => setScheme(event.target.value)} />
            <datalist id="known-schemes">{rules.map((rule) => <option key={rule.scheme} value={rule.scheme} />)}</datalist>
          </label>
          <label>
            {t('reg.conversion.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as 'factor' | 'full-load')}>
              <option value="factor">{t('reg.conversion.factor')}</option>
              <option value="full-load">{t('reg.conversion.fullLoad')}</option>
            </select>
          </label>
          <label>
            {kind === 'factor' ? t('reg.conversion.factorValue') : t('reg.conversion.fullLoadValue')}
            <input inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} {...fieldProps(error, valueField, 'conversion-value-error')} />
            <FieldError id="conversion-value-error" error={error} field={valueField} />
          </label>
          <label>
            {t('reg.conversion.source')}
            <input value={source} onChange={(event) => setSource(event.target.value)} {...fieldProps(error, 'source', 'conversion-source-error')} />
            <FieldError id="conversion-source-error" error={error} field="source" />
          </label>
          <div>
            <button type="submit" className="primary" disabled={busy}>{t('reg.conversion.submit')}</button>
          </div>
        </form>
      </details>
    </section>
  );
}
