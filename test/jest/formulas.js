/*
 * The package's formula fields for component tests (which run in jsdom and are type-checked
 * without Node's types): a formula's literal text results, and a formula field evaluated by the
 * formula evaluator (tools/formula) from the formula text in force-app's XML.
 */
const { join } = require('path');
const { evaluateField, parseFormula } = require('../../tools/formula');
const { loadProject } = require('../../core/metadata/project');
const { readKpiProgressTable } = require('../../core/cases/kpiProgress');

const model = loadProject(join(__dirname, '..', '..', 'force-app', 'main', 'default'));

function formulaText(object, field) {
    const fields = [...model.objects.values()].find((o) => o.apiName === object)?.fields.values() ?? [];
    const formula = [...fields].find((f) => f.apiName === field)?.formula;
    if (!formula) throw new Error(`${object}.${field} has no formula in force-app`);
    return formula;
}

/** The text literals a formula can return: the branches of IF and CASE, followed down, never their conditions. */
function outputs(node) {
    if (node.type === 'literal' && node.dataType === 'text') return [String(node.value)];
    if (node.type !== 'callExpression') return [];
    const args = node.arguments ?? [];
    if (node.id === 'if') return args.slice(1).flatMap(outputs);
    if (node.id === 'case') {
        // CASE(expression, value1, result1, value2, result2, ..., else_result)
        const rest = args.slice(1);
        return rest.filter((_a, i) => i % 2 === 1 || (i === rest.length - 1 && rest.length % 2 === 1)).flatMap(outputs);
    }
    if (node.id === 'blankvalue' || node.id === 'nullvalue') return args.flatMap(outputs);
    return [];
}

/** The distinct text results of a formula field, sorted. */
function formulaOutputs(object, field) {
    return [...new Set(outputs(parseFormula(formulaText(object, field))))].sort();
}

/** A formula field's value for a record (field API name -> value), today frozen at the truth tables' day. */
function evaluate(object, field, record) {
    return evaluateField(model, object, field, record, '2026-06-15');
}

module.exports = { formulaOutputs, evaluate, readKpiProgressTable };
