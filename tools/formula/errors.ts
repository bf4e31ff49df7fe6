export type FormulaErrorKind =
    /** formulon's parser could not read the formula. */
    | 'Syntax'
    /** A function (or global such as $User) the evaluator does not implement: never guessed. */
    | 'Unsupported'
    /** Operands of the wrong type, e.g. Date + Text, or a picklist outside ISPICKVAL/CASE/TEXT/ISBLANK. */
    | 'Type'
    /** Wrong number of arguments. */
    | 'Argument'
    /** A field or custom metadata reference that does not resolve. */
    | 'Reference'
    /** Formula fields that reference each other in a loop. */
    | 'Cycle'
    /** Division by zero at run time (the org shows #Error! and the API returns no value). */
    | 'DivisionByZero';

export class FormulaError extends Error {
    constructor(
        readonly kind: FormulaErrorKind,
        message: string,
        readonly functionName?: string
    ) {
        super(message);
        this.name = 'FormulaError';
    }
}
