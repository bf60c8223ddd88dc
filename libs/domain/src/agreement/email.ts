/** An e-mail address as the agreement keeps them (the student's, the contact persons'): one @, a dotted domain, no space. */
const EMAIL = /^[^@\s]+@[^.@\s]+\.\S+$/;

export const isEmail = (value: unknown): value is string => typeof value === 'string' && EMAIL.test(value);
