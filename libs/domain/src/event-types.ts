/**
 * Every type of an event union, listed once. The record form makes the compiler refuse a
 * list that misses a type or names one that does not exist, so projections that handle
 * "every agreement event" stay complete when an event is added.
 */
export const eventTypes = <Type extends string>(types: Record<Type, true>): readonly Type[] =>
  Object.keys(types) as Type[];
