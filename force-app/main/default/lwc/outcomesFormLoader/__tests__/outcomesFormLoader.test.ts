import '#test/jest/installLabels';
import { loadFormConstructor } from 'c/outcomesFormLoader';
import KpiForm from 'c/kpiForm';

describe('loadFormConstructor', () => {
    it("gives the module's component constructor", async () => {
        const load = await loadFormConstructor(() => import('c/kpiForm'));
        expect(load).toEqual({ formConstructor: KpiForm, error: null });
    });

    it('gives a named export of a module that holds several forms', async () => {
        const load = await loadFormConstructor(() => import('c/opportunityForms'), 'kpiForm');
        expect(load).toEqual({ formConstructor: KpiForm, error: null });
    });

    it('turns a failed import into a message that names the reason and what to do', async () => {
        const load = await loadFormConstructor(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
        expect(load.formConstructor).toBeNull();
        expect(load.error).toBe(
            "The form couldn't open (Failed to fetch dynamically imported module). Reload the page and try again. If it keeps happening, ask your Salesforce admin to check that Lightning Web Security is turned on (Setup, Session Settings)."
        );
    });

    it('refuses a module without a component as its default export', async () => {
        const load = await loadFormConstructor(() => Promise.resolve({ default: 'not a component' }));
        expect(load.formConstructor).toBeNull();
        expect(load.error).toContain("The form couldn't open (Something went wrong. Try again.)");
    });
});
