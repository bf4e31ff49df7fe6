import '#test/jest/installLabels';
import { createElement } from 'lwc';
import KpiProgressBar from 'c/kpiProgressBar';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-kpi-progress-bar', { is: KpiProgressBar });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

function bar(element: HTMLElement): unknown {
    return Reflect.get(one(shadow(element), 'lightning-progress-bar'), 'value');
}

describe('c-kpi-progress-bar', () => {
    afterEach(removeAll);

    it('shows the exact figure beside the bar', async () => {
        const element = await mount({ progress: 75, baseline: 60, target: 40, unit: 'days' });
        expect(bar(element)).toBe(75);
        expect(text(one(shadow(element), '.progress-text'))).toBe('75% of the way from 60 to 40 days');
        await expect(element).toBeAccessible();
    });

    it('clamps a KPI that moved the wrong way to 0 and says so', async () => {
        const element = await mount({ progress: -20, baseline: 60, target: 40, unit: 'days' });
        expect(bar(element)).toBe(0);
        expect(text(one(shadow(element), '.progress-text'))).toBe('-20%: moved away from the target (from 60 towards 40 days)');
        await expect(element).toBeAccessible();
    });

    it('clamps a KPI past its target to 100 and says so', async () => {
        const element = await mount({ progress: 130.4, baseline: 62, target: 80, unit: '%' });
        expect(bar(element)).toBe(100);
        expect(text(one(shadow(element), '.progress-text'))).toBe('130.4% of the way from 62% to 80%: the target is exceeded');
        await expect(element).toBeAccessible();
    });

    it('says when there is no progress to show, naming only what is missing', async () => {
        const element = await mount({ progress: null, baseline: 60, target: 40, unit: 'days' });
        expect(bar(element)).toBe(0);
        expect(text(one(shadow(element), '.progress-text'))).toBe('No progress yet: it needs a reading.');
        await expect(element).toBeAccessible();
    });

    it.each([
        [{ baseline: null, target: null, current: null }, 'No progress yet: it needs a baseline, a target, and a reading.'],
        [{ baseline: 60, target: null, current: 55 }, 'No progress yet: it needs a target.'],
        [{ baseline: null, target: 40, current: 55 }, 'No progress yet: it needs a baseline.'],
        [{ baseline: 60, target: 60, current: 55 }, 'No progress yet: it needs a target different from the baseline.']
    ])('a KPI with %j: says only what it lacks', async (figures, expected) => {
        const element = await mount({ progress: null, unit: 'days', ...figures });
        expect(text(one(shadow(element), '.progress-text'))).toBe(expected);
    });
});
