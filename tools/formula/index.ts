export { evaluateFormula, formulaReferences, parseFormula, createSession, evaluateInSession } from './evaluator';
export type { FormulaContext, FormulaFieldDefinition, FormulaResult, TreatBlanksAs, EvaluationSession } from './evaluator';
export { evaluateField, evaluateRecordFormulas, checkValidationRules, customMetadataValue, resolveFieldType, toApiValue } from './model';
export type { ValidationFailure, EvaluationOptions } from './model';
export { FormulaError } from './errors';
export type { FormulaErrorKind } from './errors';
