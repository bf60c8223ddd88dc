import { failureNote } from './failure-note';

describe('a failed delivery is stored without the address it was sent to', () => {
  it("names the recipient by id where the SMTP reply repeats the address", () => {
    const note = failureNote('550 <ivan@example.com>: Recipient address rejected', 'ivan@example.com', 'student:ivan');
    expect(note).toBe('550 <student:ivan>: Recipient address rejected');
    expect(note).not.toContain('ivan@example.com');
  });

  it('replaces every occurrence, whatever the case the server wrote it in', () => {
    const note = failureNote('RCPT TO:<Ivan@Example.com> failed; ivan@example.com unknown', 'ivan@example.com', 'student:ivan');
    expect(note).toBe('RCPT TO:<student:ivan> failed; student:ivan unknown');
  });

  it('reads the address literally, not as a pattern', () => {
    expect(failureNote('rejected a.b+c@x.org and aXb+c@x.org', 'a.b+c@x.org', 'student:a')).toBe('rejected student:a and aXb+c@x.org');
  });

  it('leaves a message without the address as it was', () => {
    expect(failureNote('connect ECONNREFUSED 127.0.0.1:25', 'ivan@example.com', 'student:ivan')).toBe('connect ECONNREFUSED 127.0.0.1:25');
  });
});
