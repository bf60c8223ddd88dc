import { agreementDecider } from '@app/domain';
import { approved, stateOf } from '@app/domain/testing';
import { recordedStream } from '../testing/recorded';
import { recognitionDecided } from './recognition-mail.reaction';

describe('recognition decided (CTI-REC-1)', () => {
  const agreement = stateOf(agreementDecider, approved());
  const [event] = recordedStream(`recognition-${agreement.mobilityId}`, [{ type: 'CreditsRecognised', data: { mobilityId: agreement.mobilityId } }]);

  it('tells the student, in their school’s language, with the link to the recognition page', () => {
    expect(recognitionDecided(event, agreement).work).toEqual([
      expect.objectContaining({
        key: `recognition-decided:${event.streamId}@0:student:acc-ivan`,
        recipient: { id: 'student:acc-ivan', address: 'ivan@example.com', language: 'fr' },
        subjectId: 'acc-ivan',
        facts: expect.objectContaining({ link: `/agreements/${agreement.mobilityId}/recognition` }),
      }),
    ]);
  });
});
