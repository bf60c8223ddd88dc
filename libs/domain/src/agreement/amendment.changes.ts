import { Component, ComponentTable } from './agreement.content';

/** EWP reason codes for a deleted component. */
export const DELETE_REASONS = ['not-available', 'language-mismatch', 'timetable-conflict'] as const;
/** EWP reason codes for an inserted component. */
export const INSERT_REASONS = ['substituting-deleted', 'extending-mobility', 'adding-virtual-component'] as const;

export type DeleteReasonCode = (typeof DELETE_REASONS)[number];
export type InsertReasonCode = (typeof INSERT_REASONS)[number];
/** EWP's "other" reason carries free text instead of a code. */
export type OtherReason = { other: string };
export type ChangeReason = DeleteReasonCode | InsertReasonCode | OtherReason;

/** One row of an EWP changes proposal (CTI-LA-3): a component inserted into or deleted from a table. */
export type ComponentChange =
  | { op: 'insert'; table: ComponentTable; component: Component; reason: InsertReasonCode | OtherReason }
  | { op: 'delete'; table: ComponentTable; code: string; reason: DeleteReasonCode | OtherReason };
