/** Type declarations for the parts of formulon (6.x) the formula evaluator uses. formulon ships no types. */
declare module 'formulon' {
    export type FormulonDataType =
        'number' | 'text' | 'checkbox' | 'date' | 'datetime' | 'time' | 'geolocation' | 'picklist' | 'multipicklist' | 'null';

    export interface FormulonLiteral {
        type: 'literal';
        dataType: FormulonDataType;
        value: unknown;
        options?: Record<string, unknown>;
    }

    export interface FormulonError {
        type: 'error';
        errorType: string;
        message: string;
        [option: string]: unknown;
    }

    export interface FormulonCall {
        type: 'callExpression';
        id: string;
        arguments: FormulonNode[];
    }

    export interface FormulonIdentifier {
        type: 'identifier';
        name: string;
    }

    export type FormulonNode = FormulonLiteral | FormulonError | FormulonCall | FormulonIdentifier;

    /** Parse and evaluate; identifiers are replaced by the given literals. */
    export function parse(formula: string, substitutions?: Record<string, FormulonLiteral>): FormulonLiteral | FormulonError;
    /** The abstract syntax tree ({} for an empty formula; an error node for a syntax error). */
    export function ast(formula: string): FormulonNode | Record<string, never>;
    /** Identifiers the formula names. */
    export function extract(formula: string): string[];
    export function toString(literal: FormulonLiteral): string;
}
