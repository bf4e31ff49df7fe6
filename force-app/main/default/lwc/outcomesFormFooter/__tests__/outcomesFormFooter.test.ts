import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OutcomesFormFooter from 'c/outcomesFormFooter';
import { all, flush, one, removeAll, shadow } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

async function mount(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-outcomes-form-footer', { is: OutcomesFormFooter });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-outcomes-form-footer', () => {
    afterEach(removeAll);

    it('offers Cancel and Save, each firing its event, and is accessible', async () => {
        const element = await mount();
        const seen: string[] = [];
        element.addEventListener('save', (event) => seen.push(event.type));
        element.addEventListener('cancel', (event) => seen.push(event.type));
        const r = shadow(element);
        expect(Reflect.get(one(r, '.cancel'), 'label')).toBe('Cancel');
        expect(Reflect.get(one(r, '.save'), 'label')).toBe('Save');
        one(r, '.save').click();
        one(r, '.cancel').click();
        expect(seen).toEqual(['save', 'cancel']);
        await expect(element).toBeAccessible();
    });

    it('disables both buttons and shows a spinner while saving; takes another Save label', async () => {
        const element = await mount({ saving: true, saveLabel: 'Record reading' });
        const r = shadow(element);
        expect(all(r, 'lightning-button').map((b) => Reflect.get(b, 'disabled'))).toEqual([true, true]);
        expect(Reflect.get(one(r, 'lightning-spinner'), 'alternativeText')).toBe('Saving');
        expect(Reflect.get(one(r, '.save'), 'label')).toBe('Record reading');
        Object.assign(element, { saving: false });
        await flush();
        expect(all(r, 'lightning-spinner')).toEqual([]);
    });
});
