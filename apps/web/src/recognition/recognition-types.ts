import type { components } from '../api/openapi';

/** The recognition of /api/agreements/:id/recognition, as the OpenAPI document describes it. */
type Schemas = components['schemas'];

export type Conversion = Schemas['ConvertedResponse'] | Schemas['PendingConversionResponse'];
export type OutcomeLine = Schemas['ComponentOutcomeResponse'] | Schemas['UnplannedOutcomeResponse'];

/** One transcript line, planned against obtained, and what of it counts (CTI-REC-1, REC-EXCESS). */
export type CreditLine = Schemas['CreditLineResponse'];
export type Remedy = Schemas['RemedyResponse'];
export type Recognition = Schemas['RecognitionResponse'];
