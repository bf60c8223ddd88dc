type Undocumented<View, Response> = Exclude<keyof View, keyof Response>;
type Unsent<View, Response> = Exclude<keyof Response, keyof View>;

/**
 * What a response class documents: the view a query answers with, field for field. A class
 * `implements Documents<View, Itself>`, so it does not compile while it leaves out a field of
 * the view (optional ones too), names one the view does not have, or types one otherwise: the
 * OpenAPI document, and the web's types generated from it, follow the server's views.
 */
export type Documents<View, Response> = View & { [Field in Undocumented<View, Response>]-?: 'a field of the view left undocumented' } & {
  [Field in Unsent<View, Response>]: 'a field the view does not have';
};
