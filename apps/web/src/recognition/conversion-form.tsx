import { FormEvent, useState } from 'react';
import { fieldMessages } from '../api/refusal-parts';
import { useSend } from '../api/use-send';
import { decimalInput } from '../agreements/credit-totals';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { FormRefusal } from '../components/form-refusal';
import { useI18n } from '../i18n/i18n';

/**
 * CTI-REC-3: a passed line in a scheme the school has no rule for stays pending until the
 * sending institution names one; the rule (ECTS = value x factor / divisor) is recorded with
 * the result. The school's standing rules are set in its study regulations.
 */
export function ConversionForm({ mobilityId, code, scheme, onDone }: { mobilityId: string; code: string; scheme: string; onDone: (message: string) => Promise<void> }) {
  const { t } = useI18n();
  const [factor, setFactor] = useState('');
  const [divisor, setDivisor] = useState('');
  const [source, setSource] = useState('');
  const { error, busy, send } = useSend();
  const id = `conversion-${code}`;
  const factorMessages = fieldMessages(error, 'rule.factor');
  const divisorMessages = fieldMessages(error, 'rule.divisor');
  const sourceMessages = fieldMessages(error, 'rule.source');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rule = { scheme, kind: 'factor', factor: decimalInput(factor), ...(divisor.trim() && { divisor: decimalInput(divisor) }), source };
    void send('POST', `/agreements/${mobilityId}/conversions/${encodeURIComponent(code)}`, { rule }, () => onDone(t('conversion.recorded', { code })));
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('conversion.for', { code, scheme })}>
      <FormRefusal error={error} fields={['rule.factor', 'rule.divisor', 'rule.source']} />
      <label>
        {t('conversion.factor')}
        <input value={factor} inputMode="decimal" size={6} onChange={(event) => setFactor(event.target.value)} {...invalidWhen(`${id}-factor-error`, factorMessages)} />
        <FieldMessages id={`${id}-factor-error`} messages={factorMessages} />
      </label>
      <label>
        {t('conversion.divisor')}
        <input value={divisor} inputMode="decimal" size={6} onChange={(event) => setDivisor(event.target.value)} {...invalidWhen(`${id}-divisor-error`, divisorMessages)} />
        <FieldMessages id={`${id}-divisor-error`} messages={divisorMessages} />
      </label>
      <label className="wide">
        {t('conversion.source')}
        <input value={source} onChange={(event) => setSource(event.target.value)} {...invalidWhen(`${id}-source-error`, sourceMessages)} />
        <FieldMessages id={`${id}-source-error`} messages={sourceMessages} />
      </label>
      <button type="submit" className="primary" disabled={busy}>{t('conversion.submit')}</button>
    </form>
  );
}
