export { evaluateFormula, formulaReferences, parseFormula, createSession } from './evaluator';
export type { FormulaContext, EvaluationSession } from './evaluator';
export { evaluateField, evaluateRecordFormulas, checkValidationRules, customMetadataValue, toApiValue } from './model';
export { FormulaError } from './errors';
