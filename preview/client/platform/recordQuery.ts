/**
 * Translates getRecord's field lists into one UI API GraphQL query and its answer back into the
 * org's RecordRepresentation (`{ apiName, id, fields: { Name: { value, displayValue } } }`),
 * with parent records nested as `fields.Account.value`.
 */
import type { GraphQLRequestBody } from '../../shared/contract';

interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValue>;
}

/** `Opportunity.Account.Name` -> { objectApiName: 'Opportunity', segments: ['Account', 'Name'] }. */
export interface FieldPath {
    objectApiName: string;
    segments: string[];
}

interface SelectionTree {
    [segment: string]: SelectionTree;
}

function selectionTree(paths: FieldPath[]): SelectionTree {
    const root: SelectionTree = {};
    for (const { segments } of paths) {
        let node = root;
        for (const segment of segments) node = node[segment] ??= {};
    }
    return root;
}

function selectionText(tree: SelectionTree): string {
    const parts = ['Id'];
    for (const [name, children] of Object.entries(tree)) {
        if (name === 'Id') continue;
        // A segment with children is a parent relationship; a leaf is a field value object.
        parts.push(
            Object.keys(children).length > 0 ? `${name} { __typename ${selectionText(children)} }` : `${name} { value displayValue }`
        );
    }
    return parts.join(' ');
}

export function buildRecordQuery(objectApiName: string, recordId: string, paths: FieldPath[]): GraphQLRequestBody {
    const selection = selectionText(selectionTree(paths.filter((p) => p.objectApiName === objectApiName)));
    return {
        query: `query previewGetRecord($recordId: ID) { uiapi { query { ${objectApiName}(where: { Id: { eq: $recordId } }, first: 1) { edges { node { ${selection} } } } } } }`,
        variables: { recordId },
        operationName: 'previewGetRecord'
    };
}

type Node = Record<string, unknown>;

function isObject(value: unknown): value is Node {
    return typeof value === 'object' && value !== null;
}

function toRepresentation(apiName: string, node: Node): RecordRepresentation {
    const id = String(node.Id);
    const fields: Record<string, FieldValue> = { Id: { value: id, displayValue: null } };
    for (const [name, raw] of Object.entries(node)) {
        if (name === 'Id' || name === '__typename') continue;
        if (isObject(raw) && 'Id' in raw) {
            const parent = toRepresentation(String(raw.__typename ?? name), raw);
            const parentName = parent.fields.Name?.value;
            fields[name] = { value: parent, displayValue: typeof parentName === 'string' ? parentName : null };
        } else if (isObject(raw)) {
            fields[name] = { value: raw.value ?? null, displayValue: typeof raw.displayValue === 'string' ? raw.displayValue : null };
        } else {
            // A null parent relationship (no related record).
            fields[name] = { value: null, displayValue: null };
        }
    }
    return { apiName, id, fields };
}

/** The first record of a `uiapi.query.<Object>` connection, or undefined when there is none. */
export function toRecordRepresentation(objectApiName: string, data: unknown): RecordRepresentation | undefined {
    const connection = (data as { uiapi?: { query?: Record<string, { edges?: { node?: Node }[] }> } } | undefined)?.uiapi?.query?.[
        objectApiName
    ];
    const node = connection?.edges?.[0]?.node;
    return node ? toRepresentation(objectApiName, node) : undefined;
}
