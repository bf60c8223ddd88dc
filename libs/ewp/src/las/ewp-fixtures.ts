import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { agreementDecider } from '@app/domain';
import type { AgreementContent, AgreementEvent, AgreementState } from '@app/domain';
import { aContent } from '@app/domain/testing';

const EXAMPLES = resolve(__dirname, '../../schemas/ewp-specs-api-omobility-las/stable-v2/examples');

/** An upstream EWP example document, as shipped with the schemas. */
export const ewpExample = (name: string): string => readFileSync(resolve(EXAMPLES, name), 'utf8');

/** The fixture content with the contact persons EWP requires at both institutions. */
export const ewpContent = (): AgreementContent =>
  aContent({
    receivingInstitution: {
      heiId: 'uw.edu.pl',
      organisationalUnit: 'Faculty of Mathematics',
      contactPerson: { name: 'Paweł Tomasz Kowalski', email: 'pawel@example.com' },
    },
  });

export const stateOf = (events: readonly AgreementEvent[]): AgreementState =>
  events.reduce(agreementDecider.evolve, agreementDecider.initialState());
