type Undocumented<View, Response> = Exclude<keyof View, keyof Response>;
type Unsent<View, Response> = Exclude<keyof Response, keyof View>;
/**
 * Fields the view may send as null, or leave out, that a class documents as always there: the
 * one narrowing `View &` lets through, since a narrower field is still assignable to the view.
 */
type Narrowed<View, Response> = {
  [Field in keyof View & keyof Response]-?: null extends View[Field]
    ? null extends Response[Field]
      ? never
      : Field
    : undefined extends View[Field]
      ? undefined extends Response[Field]
        ? never
        : Field
      : never;
}[keyof View & keyof Response];

/**
 * What a response class documents: the view a query answers with, field for field. A class
 * `implements Documents<View, Itself>`, so it does not compile while it leaves out a field of
 * the view (optional ones too), names one the view does not have, types one otherwise, or
 * documents as always there a field the view may send as null or leave out: the OpenAPI
 * document, and the web's types generated from it, follow the server's views.
 */
export type Documents<View, Response> = View & { [Field in Undocumented<View, Response>]-?: 'a field of the view left undocumented' } & {
  [Field in Unsent<View, Response>]: 'a field the view does not have';
} & { [Field in Narrowed<View, Response>]-?: 'a field the view may send as null or leave out, documented as always there' };
