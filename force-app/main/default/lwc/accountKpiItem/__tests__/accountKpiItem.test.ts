import '#test/jest/installLabels';
import { createElement } from 'lwc';
import AccountKpiItem from 'c/accountKpiItem';
import { mapAccountOutcomes } from 'c/outcomesMappers';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import northwind from '../../accountOutcomes/__tests__/data/northwind.json';
import type { AccountKpiView } from 'c/outcomesMappers';

/**
 * The reading form is imported when "Record reading" is first clicked. Here its module cannot
 * load: the rep reads why under the KPI, the KPI stays as it was, focus is back on the button.
 */
jest.mock('c/measurementForm', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(() => {
    removeAll();
    jest.restoreAllMocks();
});

function firstKpi(): AccountKpiView {
    const view = mapAccountOutcomes(northwind, '2026-03-02');
    const item = view?.goals.flatMap((goal) => goal.kpis)[0];
    if (!item) throw new Error('fixture has no KPI');
    return item;
}

describe('c-account-kpi-item', () => {
    it('says why when the reading form cannot load, and keeps "Record reading" working', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = createElement('c-account-kpi-item', { is: AccountKpiItem });
        Object.assign(element, { item: firstKpi() });
        document.body.appendChild(element);
        await flush();
        const root = shadow(element);
        one(root, '.record-reading').click();
        await flush();
        expect(text(one(root, '.form-load-error'))).toContain("The form couldn't open (Failed to fetch dynamically imported module).");
        expect(root.querySelector('.measurement-form')).toBeNull();
        expect(focus.mock.contexts.at(-1)).toBe(one(root, '.record-reading'));
        await expect(element).toBeAccessible();
    });
});
