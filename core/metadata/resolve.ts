import { getObject, type FieldModel, type ObjectModel, type ProjectModel } from './project';
import { closest } from '../suggest';

/** Resolving names against the model: objects, fields, parent and child relationships. */

export function fieldNamesOf(object: ObjectModel): string[] {
    return [...object.fields.values()].map((f) => f.apiName);
}

export function objectNames(model: ProjectModel): string[] {
    return [...model.objects.values()].map((o) => o.apiName);
}

function isReference(field: FieldModel): boolean {
    return field.type === 'Lookup' || field.type === 'MasterDetail' || field.type === 'Hierarchy' || (field.referenceTo?.length ?? 0) > 0;
}

/** Parent relationship names an object offers: Account (AccountId), Owner (OwnerId), Customer_Goal__r (Customer_Goal__c). */
function parentRelationships(object: ObjectModel): Map<string, FieldModel> {
    const out = new Map<string, FieldModel>();
    for (const f of object.fields.values()) {
        if (!isReference(f)) continue;
        const name = f.custom ? f.apiName.replace(/__c$/i, '__r') : (f.relationshipName ?? f.apiName.replace(/Id$/, ''));
        out.set(name.toLowerCase(), f);
    }
    return out;
}

export function parentRelationship(object: ObjectModel, name: string): FieldModel | undefined {
    return parentRelationships(object).get(name.toLowerCase());
}

function parentRelationshipNames(object: ObjectModel): string[] {
    return [...parentRelationships(object).values()].map((f) =>
        f.custom ? f.apiName.replace(/__c$/i, '__r') : (f.relationshipName ?? f.apiName.replace(/Id$/, ''))
    );
}

export function childRelationshipNames(object: ObjectModel): string[] {
    return [...object.childRelationships.values()].map((c) => c.name);
}

/**
 * Owner spans name the owner's type where a queue may own the record. Salesforce Help, "What Is a
 * Cross-Object Formula?", section "Using the Owner Field": "Some objects support different object
 * types for the Owner field, such as a User, Queue, or Calendar. On objects that support this
 * behavior, when creating a cross-object formula using Owner, you must be explicit about the owner
 * type you're referencing", e.g. "IF( ISBLANK( Owner:User.Id ), Owner:Queue.QueueEmail,
 * Owner:User.Email )"; "in Lead, Case, and custom sObjects, Owner is either a user or a queue"
 * (Salesforce Developers Blog, "Cross-Object Owner Fields: A Powerful New Formula Option",
 * https://developer.salesforce.com/blogs/developer-relations/2013/06/cross-object-owner-fields-a-powerful-new-formula-option.html).
 * Other polymorphic spans (What:Account.Name) name one of the field's referenceTo objects.
 */
const QUEUE_OWNED = new Set(['lead', 'case']);

function polymorphicTargets(object: ObjectModel, rel: FieldModel): string[] {
    const queue = rel.apiName === 'OwnerId' && (object.custom || QUEUE_OWNED.has(object.apiName.toLowerCase()));
    return [...(rel.referenceTo ?? []), ...(queue ? ['Queue'] : [])];
}

/**
 * The queue an Owner:Queue span reaches: only the fields the Help's example names (Id through
 * Owner:User.Id's counterpart, QueueEmail). Further queue fields the formula editor may offer are
 * unverified here and reported until someone confirms them.
 */
function queueOwner(ownerOf: string): ObjectModel {
    const field = (apiName: string, type: string): [string, FieldModel] => [
        apiName.toLowerCase(),
        { object: 'Queue', apiName, label: apiName, type, valueType: type, custom: false, required: false, writable: false }
    ];
    return {
        apiName: 'Queue',
        label: `Queue (owner of ${ownerOf})`,
        custom: false,
        fields: new Map([field('Id', 'Id'), field('QueueEmail', 'Email')]),
        validationRules: [],
        childRelationships: new Map()
    };
}

export interface PathResult {
    field?: FieldModel;
    /** The object the last segment was looked up on. */
    object?: ObjectModel;
    /** Why resolution failed: which segment, on which object, and the closest candidate. */
    problem?: string;
    suggestion?: string;
}

/**
 * Resolves "Field", "Rel.Field", "Rel__r.Rel2__r.Field" from `objectName`. Parent relationship
 * segments follow lookups and master-details to their first referenced object. With
 * fieldNameSegments, a segment may also be the lookup field's API name (report type columns).
 */
export function resolvePath(
    model: ProjectModel,
    objectName: string,
    path: string[],
    options: { fieldNameSegments?: boolean } = {}
): PathResult {
    const start = getObject(model, objectName);
    if (!start) {
        const near = closest(objectName, objectNames(model));
        return { problem: `object ${objectName} does not exist`, suggestion: near };
    }
    let object: ObjectModel = start;
    for (let i = 0; i < path.length - 1; i++) {
        const seg = path[i] ?? '';
        const [relName, polymorphicTarget] = seg.split(':');
        let rel: FieldModel | undefined = parentRelationship(object, relName ?? '');
        // Report types write lookup paths with the field's API name (Opportunity__c.Account.Name).
        if (!rel && options.fieldNameSegments) {
            const byField: FieldModel | undefined = object.fields.get((relName ?? '').toLowerCase());
            if (byField && isReference(byField)) rel = byField;
        }
        if (!rel) {
            const near = closest(relName ?? '', parentRelationshipNames(object));
            return { object, problem: `${object.apiName} has no parent relationship ${relName}`, suggestion: near };
        }
        if (polymorphicTarget && !polymorphicTargets(object, rel).some((t) => t.toLowerCase() === polymorphicTarget.toLowerCase())) {
            return {
                object,
                problem: `${object.apiName}.${rel.apiName} cannot point to ${polymorphicTarget}`,
                suggestion: closest(polymorphicTarget, polymorphicTargets(object, rel))
            };
        }
        const targetName: string | undefined = polymorphicTarget ?? rel.referenceTo?.[0];
        const target: ObjectModel | undefined =
            targetName?.toLowerCase() === 'queue' ? queueOwner(object.apiName) : targetName ? getObject(model, targetName) : undefined;
        if (!target) {
            return {
                object,
                problem: `${object.apiName}.${rel.apiName} points to ${targetName ?? 'nothing'}, which is not in the model`,
                suggestion: undefined
            };
        }
        object = target;
    }
    const last = path[path.length - 1] ?? '';
    const field = object.fields.get(last.toLowerCase());
    if (!field) {
        return { object, problem: `${object.apiName} has no field ${last}`, suggestion: closest(last, fieldNamesOf(object)) };
    }
    return { object, field };
}

/** "object X does not exist; did you mean Y?" style message fragment. */
export function explain(result: PathResult): string {
    return `${result.problem ?? 'unresolved'}${result.suggestion ? `; did you mean ${result.suggestion}?` : ''}`;
}
