import { getObject } from '../../metadata/project';
import type { XmlElement } from '../../metadata/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { closest } from '../suggest';
import { child } from '../xml-helpers';
import { fieldNamesOf, objectNames } from './resolve';

/**
 * Reports on the report types the org creates for each custom object ("automatic" report types,
 * no reportTypes/ file): CustomEntity$Obj__c, CustomEntityCustomEntity$Parent__c$Child__c, with
 * an optional @Child__c.Lookup__c naming a lookup join. Their columns name the objects' custom
 * fields as Obj__c.Field__c, fields reached through the lookup as FK_$Obj__c.Field__c, and standard
 * columns by upper-case codes (CUST_NAME, CHILD_NAME, FK_NAME). The naming is as retrieved from
 * orgs (seen in public projects' reports); the codes are not documented, so only the custom
 * fields are checked: each must exist on its object. Unverified in an org beyond that.
 */

/** The objects of an automatic report type, or undefined when the name is not one. */
export function automaticReportTypeObjects(name: string): string[] | undefined {
    const m = /^((?:CustomEntity)+)\$([^@]+)(?:@(.+))?$/.exec(name);
    if (!m) return undefined;
    const objects = (m[2] ?? '').split('$').filter(Boolean);
    return objects.length === (m[1] ?? '').length / 'CustomEntity'.length ? objects : undefined;
}

/** Checks a report on an automatic report type; `tokens` are the report's column elements. */
export function checkAutomaticReport(ctx: VerifyContext, f: MetadataFile, owner: string, objects: string[], tokens: XmlElement[]): void {
    const { report, model } = ctx;
    for (const name of objects) {
        report.reference();
        if (!getObject(model, name)) {
            const near = closest(name, objectNames(model));
            report.error(
                f.path,
                child(f.root, 'reportType') ?? f.root,
                `${owner} uses the report type of object ${name}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Fix the object name in <reportType>'
            );
        }
    }
    const tables = new Set(objects.map((o) => o.toLowerCase()));
    for (const el of tokens) {
        const m = /^(FK_\$)?([A-Za-z0-9_]+)\.([A-Za-z0-9_]+__c)$/.exec(el.text);
        if (!m) continue; // standard column codes are not checked
        const [, viaLookup, objectName = '', fieldName = ''] = m;
        if (!viaLookup && !tables.has(objectName.toLowerCase())) continue;
        // ns__Field__c belongs to another package (a dependency's fields are not in the project).
        if (/^[A-Za-z0-9]+__.+__c$/.test(fieldName)) continue;
        const object = getObject(model, objectName);
        if (!object) continue;
        report.reference();
        if (object.fields.get(fieldName.toLowerCase())) continue;
        const near = closest(fieldName, fieldNamesOf(object));
        report.error(
            f.path,
            el,
            `${owner} names column ${el.text}, but ${object.apiName} has no field ${fieldName}${near ? `; did you mean ${objectName}.${near}?` : ''}`,
            'Fix the field name, or create the field'
        );
    }
}
