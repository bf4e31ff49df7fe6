import { executeSync, GraphQLError, type GraphQLSchema } from 'graphql';
import { checkDocument } from '../../../tools/uiapi-graphql/validate';
import type { GraphQLErrorBody, GraphQLRequestBody, GraphQLResponseBody } from '../../shared/contract';
import type { PreviewStore } from '../store/store';
import type { DisplayOptions } from './display';
import { hiddenFields as currentHiddenFields, withoutFields } from './hiddenFields';
import { toOrgVariableError } from './orgErrors';
import { buildGraphQLSchema, type ExecutionContext } from './schema';

/**
 * POST /graphql for the preview: parse (the platform's parser) and validate against the schema
 * generated from the model, through the one validation path the verifier also uses
 * (tools/uiapi-graphql/validate.ts), then execute against the store. Errors come back in the org's words; the response is plain JSON.
 */

export interface RequestOptions {
    /** TODAY() for this request only (a demo of the follow-up timeline); YYYY-MM-DD. */
    today?: string;
}

export interface GraphQLEngine {
    readonly schema: GraphQLSchema;
    readonly store: PreviewStore;
    execute(body: GraphQLRequestBody, options?: RequestOptions): GraphQLResponseBody;
}

export interface EngineOptions {
    /** Currency of the preview org (single-currency): USD by default. */
    currencyIsoCode?: string;
    log?: (message: string) => void;
    /**
     * The fields the running user cannot read ("Object.Field"), asked on every request: the
     * schema is rebuilt without them when the list changes (hiddenFields.ts). Default: the
     * preview's current list (PREVIEW_HIDDEN_FIELDS, POST /__preview/access).
     */
    hiddenFields?: () => readonly string[];
}

function failure(errors: GraphQLError[]): GraphQLResponseBody {
    return JSON.parse(JSON.stringify({ errors })) as GraphQLResponseBody;
}

export function createGraphQLEngine(store: PreviewStore, options: EngineOptions = {}): GraphQLEngine {
    const fullSchema = buildGraphQLSchema(store.schema);
    const hiddenFields = options.hiddenFields ?? currentHiddenFields;
    let userSchema = { key: '', schema: fullSchema };
    /** The schema as the running user sees it (field-level security): the full one unless fields are hidden. */
    function schemaNow(): GraphQLSchema {
        const hidden = hiddenFields();
        const key = hidden.map((name) => name.toLowerCase()).join(',');
        if (key !== userSchema.key)
            userSchema = { key, schema: key ? buildGraphQLSchema(withoutFields(store.schema, hidden)) : fullSchema };
        return userSchema.schema;
    }
    const display: DisplayOptions = { timeZone: store.timeZone, currencyIsoCode: options.currencyIsoCode ?? 'USD', locale: 'en-US' };
    const log = options.log ?? ((message: string) => console.error(`[preview graphql] ${message}`));

    function execute(body: GraphQLRequestBody, requestOptions: RequestOptions = {}): GraphQLResponseBody {
        if (!body || typeof body.query !== 'string' || body.query.trim() === '')
            return failure([new GraphQLError('Must provide a query string.')]);
        let today: string;
        try {
            today = store.today(requestOptions.today);
        } catch (error) {
            return failure([new GraphQLError((error as Error).message)]);
        }
        const schema = schemaNow();
        // @optional fields the user's schema lacks are left out, as the org does (optionalFields.ts).
        const checked = checkDocument({ graphql: schema, store: store.schema }, body.query, { dropUnknownOptional: true });
        if (!checked.ok) return failure(checked.errors.map((e) => e.error));
        const document = checked.document;

        const rawVariables = body.variables && typeof body.variables === 'object' ? body.variables : {};
        const context: ExecutionContext = { store, today, memo: new Map(), display, rawVariables, extraErrors: [] };
        const result = executeSync({
            schema,
            document,
            variableValues: rawVariables,
            operationName: body.operationName,
            contextValue: context
        });
        const errors = [...(result.errors ?? [])];
        if (!('data' in result) || result.data === undefined) return failure(errors.map((e) => toOrgVariableError(store.schema, e)));
        for (const error of errors)
            if (error.originalError && !(error.originalError instanceof GraphQLError))
                log(`${error.message}\n${error.originalError.stack ?? ''}`);
        errors.push(...context.extraErrors);
        const response: GraphQLResponseBody = { data: result.data };
        if (errors.length) response.errors = errors.map((e) => e.toJSON() as GraphQLErrorBody);
        return JSON.parse(JSON.stringify(response)) as GraphQLResponseBody;
    }

    return {
        get schema(): GraphQLSchema {
            return schemaNow();
        },
        store,
        execute
    };
}
