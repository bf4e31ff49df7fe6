/** Merge-field references in Salesforce formula text (function names, literals and comments skipped). */
import { blankLiterals } from '../../formula/syntax';

export interface FormulaReference {
    /** As written, e.g. Customer_Goal__r.Account__r.Name or $CustomMetadata.Type__mdt.Default.Field__c. */
    text: string;
    /** Offset in the formula text. */
    offset: number;
}

export interface PicklistTest {
    field: string;
    value: string;
    offset: number;
}

const KEYWORDS = new Set(['true', 'false', 'null']);
const IDENT = /[$A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z0-9_]+)?(?:\.[$A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z0-9_]+)?)*/y;

export function formulaReferences(formula: string): FormulaReference[] {
    const text = blankLiterals(formula);
    const refs: FormulaReference[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i] ?? '';
        if (/[0-9]/.test(c)) {
            while (i < text.length && /[0-9.]/.test(text[i] ?? '')) i++;
            continue;
        }
        if (!/[$A-Za-z_]/.test(c)) {
            i++;
            continue;
        }
        IDENT.lastIndex = i;
        const m = IDENT.exec(text);
        if (!m) {
            i++;
            continue;
        }
        const word = m[0];
        let j = i + word.length;
        while (j < text.length && /\s/.test(text[j] ?? '')) j++;
        const isCall = text[j] === '(';
        if (!isCall && !KEYWORDS.has(word.toLowerCase())) refs.push({ text: word, offset: i });
        i += word.length;
    }
    return refs;
}

/** ISPICKVAL(Field, "Value") tests, whose value must be one of the field's picklist values. */
export function picklistTests(formula: string): PicklistTest[] {
    const out: PicklistTest[] = [];
    const re = /ISPICKVAL\s*\(\s*([$A-Za-z_][A-Za-z0-9_.]*)\s*,\s*("([^"\\]*)"|'([^'\\]*)')\s*\)/gi;
    for (let m = re.exec(formula); m; m = re.exec(formula)) {
        out.push({ field: m[1] ?? '', value: m[3] ?? m[4] ?? '', offset: m.index });
    }
    return out;
}

/** Whether the formula calls TODAY() or NOW() (not allowed in summarized or indexed fields). */
export function usesVolatileFunctions(formula: string): boolean {
    return /\b(TODAY|NOW|TIMENOW)\s*\(/i.test(blankLiterals(formula));
}
