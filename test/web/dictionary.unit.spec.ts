import { DICTIONARY, LABEL_FILES, MessageKey, translate } from '../../apps/web/src/i18n/dictionary';

describe('the pages’ labels', () => {
  it('defines each key in one label file only, so that no file silently overrides another’s label', () => {
    const files = Object.entries(LABEL_FILES);
    const shared = files.flatMap(([name, labels], index) =>
      files.slice(index + 1).flatMap(([other, otherLabels]) => Object.keys(labels).filter((key) => key in otherLabels).map((key) => `${key} (${name}, ${other})`)),
    );
    expect(shared).toEqual([]);
  });

  it('has the same keys in French and English', () => {
    expect(Object.keys(DICTIONARY.fr).sort()).toEqual(Object.keys(DICTIONARY.en).sort());
  });
});

describe('a label looked up', () => {
  it('fills in its values', () => {
    expect(translate('en', 'reg.rules.titleOf', { school: 'ecl.fr' })).toBe('Study regulations of ecl.fr');
  });

  it('is the key itself when the server sends a code the pages have no label for, instead of breaking the page', () => {
    expect(translate('fr', 'messages.status.resent-by-carrier-pigeon' as MessageKey)).toBe('messages.status.resent-by-carrier-pigeon');
  });
});
