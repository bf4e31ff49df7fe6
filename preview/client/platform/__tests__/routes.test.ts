import { fromHash, HOME, toHash } from '../routes';

describe('preview routes', () => {
    it('maps the three page kinds to hash routes and back', () => {
        const record = {
            type: 'standard__recordPage',
            attributes: { recordId: '006000000000001AAA', objectApiName: 'Opportunity', actionName: 'view' }
        };
        const list = { type: 'standard__objectPage', attributes: { objectApiName: 'Account', actionName: 'list' } };
        expect(toHash(HOME)).toBe('#/');
        expect(toHash(record)).toBe('#/r/Opportunity/006000000000001AAA');
        expect(toHash(list)).toBe('#/o/Account');
        expect(fromHash('#/r/Opportunity/006000000000001AAA')).toEqual(record);
        expect(fromHash('#/o/Account')).toEqual(list);
        expect(fromHash('')).toEqual(HOME);
    });

    it('finds the object of a record page from the id prefix when the reference omits it', () => {
        expect(toHash({ type: 'standard__recordPage', attributes: { recordId: '001000000000001AAA' } })).toBe(
            '#/r/Account/001000000000001AAA'
        );
        expect(fromHash('#/r/-/006000000000001AAA').attributes.objectApiName).toBe('Opportunity');
    });

    it('carries page state as a query string', () => {
        const ref = { ...HOME, state: { c__today: '2026-05-01' } };
        expect(toHash(ref)).toBe('#/?c__today=2026-05-01');
        expect(fromHash('#/?c__today=2026-05-01')).toEqual(ref);
    });

    it('maps the benchmark baseline pages, with the object from the id prefix', () => {
        const ref = fromHash('#/bench/kpi-table/001000000000001AAA');
        expect(ref).toEqual({
            type: 'preview__bench',
            attributes: { page: 'kpi-table', recordId: '001000000000001AAA', objectApiName: 'Account' }
        });
        expect(toHash(ref)).toBe('#/bench/kpi-table/001000000000001AAA');
    });

    it('maps the conformance clients page (preview only)', () => {
        expect(fromHash('#/conformance')).toEqual({ type: 'preview__conformance', attributes: {} });
        expect(toHash({ type: 'preview__conformance', attributes: {} })).toBe('#/conformance');
        expect(fromHash('#/conformance/extra').type).toBe('preview__notFound');
    });

    it('has no URL for pages the preview does not model, and a not-found page for unknown routes', () => {
        expect(toHash({ type: 'standard__namedPage', attributes: { pageName: 'chatter' } })).toBeUndefined();
        expect(fromHash('#/nowhere/at/all').type).toBe('preview__notFound');
    });
});
