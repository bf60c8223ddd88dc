import { pdfLanguageOf } from './version-pdf.words';

describe('the language of the signed PDF', () => {
  it('takes ?lang= first, then the first language of Accept-Language it speaks, else English', () => {
    expect(pdfLanguageOf('en', 'fr-FR')).toBe('en');
    expect(pdfLanguageOf(undefined, 'fr-FR,fr;q=0.9,en;q=0.5')).toBe('fr');
    expect(pdfLanguageOf(undefined, 'de-DE,fr;q=0.8')).toBe('fr');
    expect(pdfLanguageOf(undefined, 'de-DE')).toBe('en');
    expect(pdfLanguageOf(undefined, undefined)).toBe('en');
  });
});
