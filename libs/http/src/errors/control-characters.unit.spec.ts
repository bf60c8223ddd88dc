import { controlCharacterErrors, FreeText } from './control-characters';

class Component {
  title = '';
  @FreeText() shortDescription?: string;
}
class Rejection {
  @FreeText() comment = '';
  components: Component[] = [];
}
const component = (fields: Partial<Component>) => Object.assign(new Component(), fields);
const rejection = (fields: Partial<Rejection>) => Object.assign(new Rejection(), fields);

describe('control characters in requests (HTTP-CONTROL-CHARACTERS)', () => {
  it.each([
    ['NUL', 'Intro\u0000duction'],
    ['a tab', 'Intro\tduction'],
    ['a line break', 'Intro\nduction'],
    ['ESC', 'Intro\u001b[31m'],
    ['DEL', 'Intro\u007f'],
    ['a C1 control', 'Intro\u0085'],
    ['U+FFFF', 'Intro\uffff'],
    ['a lone surrogate', 'Intro\ud800'],
  ])('refuses %s in a title, naming the field', (_name, title) => {
    expect(controlCharacterErrors(rejection({ components: [component({ title })] }), '')).toEqual([
      { field: 'components.0.title', said: { en: { noControlCharacters: expect.stringMatching(/^title must not contain control characters \(/) }, fr: { noControlCharacters: expect.stringMatching(/^title ne doit contenir aucun caractère de contrôle \(/) } } },
    ]);
  });

  it('allows tabs and line breaks in free text, and nothing else', () => {
    expect(controlCharacterErrors(rejection({ comment: 'Please:\r\n\t- swap KR510' }), '')).toEqual([]);
    expect(controlCharacterErrors(component({ title: 'Analysis', shortDescription: 'Two\nparagraphs' }), '')).toEqual([]);
    expect(controlCharacterErrors(rejection({ comment: 'bell\u0007' }), '')).toEqual([
      {
        field: 'comment',
        said: {
          en: { noControlCharacters: 'comment must not contain control characters other than tabs and line breaks' },
          fr: { noControlCharacters: 'comment ne doit contenir aucun caractère de contrôle autre que les tabulations et les sauts de ligne' },
        },
      },
    ]);
  });

  it('accepts text in any script, emoji (surrogate pairs) included', () => {
    expect(controlCharacterErrors(component({ title: 'Équations différentielles, 微分方程 🚆' }), '')).toEqual([]);
  });

  it('checks member names, plain objects and query or path values', () => {
    expect(controlCharacterErrors({ 'a\u0000b': 1 }, '')).toEqual([{ field: 'a\u0000b', said: expect.any(Object) }]);
    expect(controlCharacterErrors({ filter: { school: 'x\u0000' } }, '')).toEqual([{ field: 'filter.school', said: expect.any(Object) }]);
    expect(controlCharacterErrors('abc\u0000', 'id')).toEqual([{ field: 'id', said: expect.any(Object) }]);
    expect(controlCharacterErrors(['ok', 'n\u0000'], 'tags')).toEqual([{ field: 'tags.1', said: expect.any(Object) }]);
  });
});
