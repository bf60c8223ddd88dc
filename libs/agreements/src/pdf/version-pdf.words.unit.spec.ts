import { languageOf } from '@app/domain';

describe('the language of the signed PDF', () => {
  it('takes ?lang= first, then the first language of Accept-Language it speaks, else English', () => {
    expect(languageOf('fr-FR', 'en')).toBe('en');
    expect(languageOf('fr-FR,fr;q=0.9,en;q=0.5')).toBe('fr');
    expect(languageOf('de-DE,fr;q=0.8')).toBe('fr');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });
});
