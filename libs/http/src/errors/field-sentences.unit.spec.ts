import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationPipe } from '@nestjs/common';
import { IsIn, IsString, MaxLength, Min, ValidateNested, getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { Type } from 'class-transformer';
import { FRENCH_CONSTRAINTS } from './constraint-words.fr';
import { saidAs } from './field-sentences';
import { SaidBadRequest } from './said-bad-request';
import { strictValidationPipe } from './validation';

const LIBS = join(__dirname, '..', '..', '..');

/** Every source file of the libraries that declares a DTO: the decorators register when it loads. */
function* dtoFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* dtoFiles(path);
    else if (/\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) && readFileSync(path, 'utf8').includes("from 'class-validator'")) yield path;
  }
}

type Storage = { validationMetadatas: Map<unknown, ValidationMetadata[]> };

/** Constraints that refuse nothing themselves (conditions, nesting markers), so have no sentence. */
const REFUSE_NOTHING = new Set(['conditionalValidation', 'isOptional', 'whitelist']);

class Line {
  @IsString() @MaxLength(8) code!: string;
  @Min(1, { each: true }) terms!: number[];
}
class Lines {
  @ValidateNested({ each: true }) @Type(() => Line) lines!: Line[];
  @IsIn(['passed', 'failed']) result!: string;
  @IsString() @MaxLength(20, saidAs({ en: 'note is one line of 20 characters', fr: 'note tient en une ligne de 20 caractères' })) note!: string;
}

const refusalOf = async (pipe: ValidationPipe, body: unknown): Promise<SaidBadRequest> => {
  try {
    await pipe.transform(body, { type: 'body', metatype: Lines });
  } catch (error) {
    if (error instanceof SaidBadRequest) return error;
    throw error;
  }
  throw new Error('the body was accepted');
};

describe('class-validator’s sentences in French', () => {
  it('has a French sentence for every constraint a DTO of the API uses, or its DTO says its own', () => {
    for (const file of dtoFiles(LIBS)) require(file);
    const storage = getMetadataStorage() as unknown as Storage;
    const used = [...storage.validationMetadatas.values()].flat();
    expect(used.length).toBeGreaterThan(100);
    const unsaid = used
      .filter((metadata) => !REFUSE_NOTHING.has(metadata.type))
      .filter((metadata) => {
        const name = metadata.name ?? metadata.type;
        // ValidateNested writes class-validator's own sentence in as its message: said by name.
        if (metadata.message !== undefined && name !== 'nestedValidation') return typeof (metadata.context as { said?: { fr?: string } } | undefined)?.said?.fr !== 'string';
        return FRENCH_CONSTRAINTS[name] === undefined;
      })
      .map((metadata) => `${(metadata.target as { name?: string }).name}.${metadata.propertyName}: ${metadata.name ?? metadata.type}`);
    expect(unsaid).toEqual([]);
  });

  it('answers each field in English and in French, with the decorator’s parameters and its own sentences', async () => {
    const refusal = await refusalOf(strictValidationPipe(), { lines: [{ code: 'KR611-LONG', terms: [0] }, 'x'], result: 'won', note: 'n'.repeat(21), extra: 1 });
    const { en, fr } = refusal.bodies;
    expect(refusal.getResponse()).toEqual(en);
    const french = [
      { field: 'extra', constraints: { whitelistValidation: 'la propriété extra ne doit pas exister' } },
      { field: 'lines.0.code', constraints: { maxLength: 'code doit compter au plus 8 caractères' } },
      { field: 'lines.0.terms', constraints: { min: 'chaque valeur de terms ne doit pas être inférieur à 1' } },
      { field: 'lines.1', constraints: { nestedValidation: 'la propriété imbriquée 1 doit être un objet ou une liste' } },
      { field: 'result', constraints: { isIn: 'result doit être l’une des valeurs suivantes : passed, failed' } },
      { field: 'note', constraints: { maxLength: 'note tient en une ligne de 20 caractères' } },
    ];
    expect(fr.errors).toHaveLength(french.length);
    expect(fr.errors).toEqual(expect.arrayContaining(french));
    expect(en.errors).toContainEqual({ field: 'lines.0.code', constraints: { maxLength: 'code must be shorter than or equal to 8 characters' } });
    expect(en.errors).toContainEqual({ field: 'note', constraints: { maxLength: 'note is one line of 20 characters' } });
    expect(en.message).toContain('result: result must be one of the following values: passed, failed');
    expect(fr.message).toContain('result: result doit être l’une des valeurs suivantes : passed, failed');
  });

  it('says in English a constraint with no French sentence, rather than fail', async () => {
    class Odd {
      @MaxLength(2, { message: 'a custom English sentence' }) name!: string;
    }
    const pipe = strictValidationPipe();
    const refusal = await pipe.transform({ name: 'abc' }, { type: 'body', metatype: Odd }).catch((error: SaidBadRequest) => error);
    expect((refusal as SaidBadRequest).bodies.fr.errors).toEqual([{ field: 'name', constraints: { maxLength: 'a custom English sentence' } }]);
  });
});
