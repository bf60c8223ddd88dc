import { FormEvent, useState } from 'react';
import { fieldMessages } from '../api/refusal-parts';
import { useSend } from '../api/use-send';
import { FormRefusal } from '../components/form-refusal';
import { FieldMessages, invalidWhen } from '../components/field-messages';
import { useI18n } from '../i18n/i18n';

/**
 * A decision of the sending institution with its reason, on one line: the ECTS a transcript line
 * obtained beyond the agreement (REC-EXCESS, field `reason`), or a home unit left in its hands
 * (REC-DECISION, field `comment`). An additional exam is never offered: the API refuses it (CTI-REC-2).
 */
export function DecisionForm({ path, textField, label, onDone, done }: {
  path: string;
  textField: 'reason' | 'comment';
  label: string;
  onDone: (message: string) => Promise<void>;
  done: string;
}) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'recognised' | 'not-recognised'>('recognised');
  const [text, setText] = useState('');
  const { error, busy, send } = useSend();
  const id = path.replace(/[^\w-]/g, '-');
  const textMessages = fieldMessages(error, textField);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('POST', path, { decision, [textField]: text }, () => onDone(done));
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={label}>
      <FormRefusal error={error} fields={[textField]} />
      <fieldset className="choice">
        <legend>{t('decision.legend')}</legend>
        {(['recognised', 'not-recognised'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name={`${id}-decision`} value={option} checked={decision === option} onChange={() => setDecision(option)} />
            {t(`decision.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="wide">
        {t(textField === 'reason' ? 'decision.reason' : 'decision.comment')}
        <input value={text} onChange={(event) => setText(event.target.value)} {...invalidWhen(`${id}-text-error`, textMessages)} />
        <FieldMessages id={`${id}-text-error`} messages={textMessages} />
      </label>
      <button type="submit" className="primary" disabled={busy}>{t('decision.submit')}</button>
    </form>
  );
}
