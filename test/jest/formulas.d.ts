/** Types of test/jest/formulas.js (the package's formula fields, for component tests). */
export function formulaOutputs(object: string, field: string): string[];
export function evaluate(object: string, field: string, record: Record<string, unknown>): unknown;
export function readKpiProgressTable(): {
    description: string;
    cases: {
        case: string;
        direction: string;
        baseline: number | null;
        target: number | null;
        current: number | null;
        progress: number | null;
    }[];
};
