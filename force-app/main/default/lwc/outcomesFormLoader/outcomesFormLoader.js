// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import LABELS from 'c/outcomesLabels';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
/**
 * The inline forms (goal, KPI, check-in, reading) load the first time a rep opens one, through a
 * dynamic import in the panel: a rep who only reads a panel never downloads them, which keeps each
 * panel's first load small (`npm run bench`, bundle figure). The panel renders the loaded
 * constructor with <lwc:component lwc:is>. The org needs Lightning Web Security for dynamic
 * imports; if the import fails the rep is told so where they clicked, and nothing is lost
 * (nothing had been typed yet).
 */
export async function loadFormConstructor(load, exportName = 'default') {
    try {
        const formConstructor = (await load())?.[exportName];
        if (typeof formConstructor !== 'function')
            throw new Error(LABELS.unknownError);
        return { formConstructor, error: null };
    }
    catch (error) {
        return { formConstructor: null, error: formatLabel(LABELS.formLoadFailed, errorMessage(error) || LABELS.unknownError) };
    }
}
/** Whether a save event's target is a loaded form, whose public API shows a failed save's messages on its fields. */
export function isFormApi(target) {
    return target instanceof HTMLElement && 'reportServerErrors' in target && typeof target.reportServerErrors === 'function';
}
