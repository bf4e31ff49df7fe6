/*
 * Reads the package metadata for component tests (which run in jsdom, without the node-side
 * tooling): label values, and the validation rules' messages the forms repeat client-side.
 */
const { readFileSync, readdirSync, existsSync } = require('fs');
const { join } = require('path');
const { labelsFileIn, readLabels } = require('../../core/metadata/labels');

const ROOT = join(__dirname, '..', '..', 'force-app', 'main', 'default');

function decode(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

/** Text of the first <name> element; XML allows whitespace before a start tag's `>` (Prettier writes `<value\n>` for long text). */
function tag(xml, name) {
    const match = new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}>`).exec(xml);
    return match ? decode(match[1]) : undefined;
}

/** Label fullName -> value, by the project's one labels reader (core/metadata/labels.ts, TypeScript compiled by Jest's transform). */
function labelValues() {
    return Object.fromEntries(readLabels(labelsFileIn(ROOT)));
}

/** Every active validation rule: { object, name, field, message }. */
function validationRules() {
    const rules = [];
    const objects = join(ROOT, 'objects');
    for (const object of readdirSync(objects)) {
        const dir = join(objects, object, 'validationRules');
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir)) {
            const xml = readFileSync(join(dir, file), 'utf8');
            rules.push({
                object,
                name: tag(xml, 'fullName'),
                field: tag(xml, 'errorDisplayField'),
                message: tag(xml, 'errorMessage'),
                formula: tag(xml, 'errorConditionFormula')
            });
        }
    }
    return rules;
}

/** Field API names of an object in force-app (custom fields and Name/Id/system fields). */
function fieldNames(object) {
    const dir = join(ROOT, 'objects', object, 'fields');
    const custom = existsSync(dir) ? readdirSync(dir).map((f) => f.replace('.field-meta.xml', '')) : [];
    return ['Id', 'Name', 'CreatedDate', 'LastModifiedDate', ...custom];
}

/** A field's label in its field-meta.xml. */
function fieldLabel(object, field) {
    const file = join(ROOT, 'objects', object, 'fields', `${field}.field-meta.xml`);
    return existsSync(file) ? tag(readFileSync(file, 'utf8'), 'label') : undefined;
}

/** A picklist field's values in force-app, in order: [{ value, label }] (what getPicklistValues gives). */
function picklistValues(object, field) {
    const xml = readFileSync(join(ROOT, 'objects', object, 'fields', `${field}.field-meta.xml`), 'utf8');
    return xml
        .split(/<value\s*>/)
        .slice(1)
        .map((block) => ({ value: tag(block, 'fullName'), label: tag(block, 'label') }));
}

/**
 * A custom object as getObjectInfo describes it, from its XML: the master record type and each
 * field's label and help text (Name labelled by the object's <nameField>). Undefined for objects
 * not defined here. What the components' Jest stand-in of lightning/uiObjectInfoApi answers.
 */
function objectInfo(object) {
    const objectFile = join(ROOT, 'objects', object, `${object}.object-meta.xml`);
    if (!existsSync(objectFile)) return undefined;
    const nameField = tag(readFileSync(objectFile, 'utf8'), 'nameField') ?? '';
    const fields = { Name: { apiName: 'Name', label: tag(nameField, 'label') ?? 'Name', inlineHelpText: null } };
    const dir = join(ROOT, 'objects', object, 'fields');
    for (const file of existsSync(dir) ? readdirSync(dir) : []) {
        const xml = readFileSync(join(dir, file), 'utf8');
        const apiName = file.replace('.field-meta.xml', '');
        fields[apiName] = { apiName, label: tag(xml, 'label'), inlineHelpText: tag(xml, 'inlineHelpText') ?? null };
    }
    return { apiName: object, defaultRecordTypeId: '012000000000000AAA', fields };
}

module.exports = { labelValues, validationRules, fieldNames, fieldLabel, picklistValues, objectInfo };
