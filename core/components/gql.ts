/**
 * The Node stand-in for `lightning/graphql`'s `gql` (the one outside the Jest and preview
 * harnesses). On the platform, `gql` is "a JavaScript tagged template literal used to indicate the
 * presence and location of GraphQL queries" whose result the wire adapter and executeMutation take
 * (GraphQL API Developer Guide, "Query Your Data",
 * https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-query.html; LWC
 * Developer Guide, "lightning/graphql Wire Adapter (v2)",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-graphql-module.html).
 * Here it returns the document text the template builds: its parts joined with each
 * interpolation (an interpolated document's text, or the value as a string), which is what the
 * org's adapter sends. Tools that need the platform's own parsing pass the LDS `gql` instead
 * (ComponentLoader's `gql` option).
 */

/** What the stand-in `gql` returns: a document's text, told apart from plain strings. */
export class GqlDocument {
    constructor(readonly source: string) {
        Object.freeze(this);
    }

    toString(): string {
        return this.source;
    }
}

export function gql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): GqlDocument {
    let text = '';
    strings.forEach((part, i) => {
        text += part;
        if (i < values.length) text += values[i] instanceof GqlDocument ? (values[i] as GqlDocument).source : String(values[i]);
    });
    return new GqlDocument(text);
}
