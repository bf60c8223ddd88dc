import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { agreementDecider, nextSigner } from '@app/domain';
import type { Actor, AgreementCommand, AgreementContent, AgreementEvent, AgreementState, Party } from '@app/domain';
import { aContent, receivingStaff } from '@app/domain/testing';
import { bringUpToDate } from './bring-up-to-date';
import type { Importer } from './import-plan';
import type { EwpLearningAgreement } from './la-document';

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

/** The ledger's clock in these tests: later than every time the EWP example claims. */
export const LEDGER_NOW = '2026-04-01T08:00:00.000Z';

/** The parties of the EWP example as the ledger authenticates them: its student acts under their ESI. */
export const EXAMPLE_STUDENT: Actor = { id: 'urn:schac:personalUniqueCode:int:esi:uio.no:1234567890', role: 'student' };
export const EXAMPLE_SENDING: Actor = { id: 'staff-anders', role: 'sending', institution: 'uio.no', name: 'Anders Bardal' };

type Imported = { state: AgreementState; commands: AgreementCommand[]; events: AgreementEvent[] };

const decideInMemory = (command: AgreementCommand, state: AgreementState) => agreementDecider.decide(command, state);

/** Runs an import against a state in memory, as the dry run does: the commands and events decided, and the state after. */
export const importInMemory = async (
  la: EwpLearningAgreement,
  from: AgreementState = agreementDecider.initialState(),
  importer: Importer = { actor: receivingStaff, now: LEDGER_NOW },
): Promise<Imported> => {
  const commands: AgreementCommand[] = [];
  const events: AgreementEvent[] = [];
  const { state } = await bringUpToDate(la, from, importer, async (command, current) => {
    const decided = decideInMemory(command, current);
    commands.push(command);
    events.push(...decided);
    return decided.reduce(agreementDecider.evolve, current);
  });
  return { state, commands, events };
};

/** The signature the next party of the open round would add as itself, if the partner reported it signing that content. */
const confirmedSignature = (state: AgreementState, parties: Partial<Record<Party, Actor>>, now: string): AgreementCommand | undefined => {
  const amending = state.status === 'amendment-proposed';
  const drafting = state.status === 'draft' || state.status === 'signing';
  if (!amending && !drafting) return undefined;
  const { contentHash, signatures } = amending ? state.proposal! : { contentHash: state.current!.contentHash, signatures: state.signatures };
  const party = nextSigner(signatures);
  const actor = party && parties[party];
  if (!actor || !state.reportedSignatures.some((report) => report.party === party && report.contentHash === contentHash)) return undefined;
  const data = { mobilityId: state.mobilityId!, contentHash };
  return amending ? { type: 'SignAmendment', data, metadata: { actor, now } } : { type: 'SignAgreement', data, metadata: { actor, now } };
};

/**
 * The import, then, whenever it waits for a party the partner reported as signing, that party
 * signs as itself (as it would through the API with its own token) and the document is
 * imported again, until nothing moves: how a document's signatures become the ledger's (LA-REPORT).
 */
export const importWithPartiesSigning = async (
  la: EwpLearningAgreement,
  parties: Partial<Record<Party, Actor>>,
  from: AgreementState = agreementDecider.initialState(),
  importer: Importer = { actor: receivingStaff, now: LEDGER_NOW },
): Promise<Imported> => {
  const all: Imported = { state: from, commands: [], events: [] };
  for (let turn = 0; turn < 16; turn += 1) {
    const { state, commands, events } = await importInMemory(la, all.state, importer);
    all.commands.push(...commands);
    all.events.push(...events);
    const signature = confirmedSignature(state, parties, importer.now);
    if (!signature) return { ...all, state };
    const decided = decideInMemory(signature, state);
    all.commands.push(signature);
    all.events.push(...decided);
    all.state = decided.reduce(agreementDecider.evolve, state);
  }
  throw new Error(`importing mobility ${la.omobilityId} with its parties signing did not settle`);
};
