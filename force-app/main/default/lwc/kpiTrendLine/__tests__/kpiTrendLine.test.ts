import '#test/jest/installLabels';
import { createElement } from 'lwc';
import KpiTrendLine from 'c/kpiTrendLine';
import { mapKpi, readingsByKpi } from 'c/outcomesMappers';
import { removeAll, shadow } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import northwind from '../../accountOutcomes/__tests__/data/northwind.json';
import cobaltRidge from '../../accountOutcomes/__tests__/data/cobaltRidge.json';
import type { KpiView, Loaded, ReadingView } from 'c/outcomesMappers';
import type { AccountOutcomesData } from 'c/outcomesQueries';

afterEach(removeAll);

function kpiNamed(data: Loaded<AccountOutcomesData>, name: string): { kpi: KpiView; readings: ReadingView[] } {
    const record = data.uiapi?.query?.Customer_KPI__c?.edges?.find((e) => e?.node?.Name?.value === name)?.node;
    if (!record) throw new Error(`no KPI ${name}`);
    const kpi = mapKpi(record);
    const readings = readingsByKpi((data.uiapi?.query?.KPI_Measurement__c?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])));
    return { kpi, readings: readings.get(kpi.id) ?? [] };
}

async function draw(props: { kpi: KpiView; readings: ReadingView[] }): Promise<{ element: HTMLElement; svg: SVGSVGElement }> {
    const element = createElement('c-kpi-trend-line', { is: KpiTrendLine });
    Object.assign(element, props);
    document.body.appendChild(element);
    await Promise.resolve();
    const svg = shadow(element).querySelector('svg');
    if (!svg) throw new Error('no svg');
    return { element, svg };
}

const attr = (svg: SVGSVGElement, selector: string, name: string): string | null => svg.querySelector(selector)?.getAttribute(name) ?? null;

describe('kpi trend line', () => {
    it('draws the readings as a line between the baseline and target reference lines, named with its figures', async () => {
        const { element, svg } = await draw(kpiNamed(northwind, 'Days sales outstanding'));
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-label')).toBe('Days sales outstanding: 60 days on 12/12/2025, 58 days on 1/26/2026; target 40 days');
        // Values 40..60 over a 40-high box with 4 of padding: 60 at the top, 40 at the bottom.
        expect(attr(svg, '.baseline', 'y1')).toBe('4');
        expect(attr(svg, '.target', 'y1')).toBe('36');
        expect(attr(svg, '.readings', 'points')).toBe('4,4 196,7.2');
        expect(attr(svg, '.latest', 'cx')).toBe('196');
        // Drawn by the template: no injected markup.
        expect(shadow(element).querySelector('[lwc\\:dom]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('a KPI that moved the wrong way is drawn honestly, above its baseline', async () => {
        const { svg } = await draw(kpiNamed(cobaltRidge, 'Billing errors'));
        expect(svg.getAttribute('aria-label')).toBe(
            'Billing errors: 35 errors/month on 9/13/2025, 28 errors/month on 10/23/2025, 41 errors/month on 11/22/2025; target 10 errors/month'
        );
        const points = (attr(svg, '.readings', 'points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
        expect(points[2]).toBeLessThan(Number(attr(svg, '.baseline', 'y1')));
    });

    it('without readings: draws nothing and says so', async () => {
        const element = createElement('c-kpi-trend-line', { is: KpiTrendLine });
        Object.assign(element, kpiNamed(northwind, 'Unapplied cash items'));
        document.body.appendChild(element);
        await Promise.resolve();
        expect(shadow(element).querySelector('svg')).toBeNull();
        expect(shadow(element).querySelector('.trend-summary')?.textContent).toBe('No readings yet');
        await expect(element).toBeAccessible();
    });

    it('with only the current value (one reading): draws nothing and gives that reading', async () => {
        const { kpi } = kpiNamed(northwind, 'Days sales outstanding');
        const element = createElement('c-kpi-trend-line', { is: KpiTrendLine });
        Object.assign(element, { kpi, readings: [] });
        document.body.appendChild(element);
        await Promise.resolve();
        expect(shadow(element).querySelector('svg')).toBeNull();
        expect(shadow(element).querySelector('.trend-summary')?.textContent).toBe('One reading so far: 58 days as of 1/26/2026');
    });

    it('with one loaded reading: draws nothing and gives it with its date', async () => {
        const { kpi, readings } = kpiNamed(northwind, 'Days sales outstanding');
        const element = createElement('c-kpi-trend-line', { is: KpiTrendLine });
        Object.assign(element, { kpi, readings: readings.slice(0, 1) });
        document.body.appendChild(element);
        await Promise.resolve();
        expect(shadow(element).querySelector('svg')).toBeNull();
        expect(shadow(element).querySelector('.trend-summary')?.textContent).toBe('One reading so far: 60 days on 12/12/2025');
    });

    it('a drawn line has its first and last dates and a legend of what each line is', async () => {
        const { element } = await draw(kpiNamed(northwind, 'Days sales outstanding'));
        const root = shadow(element);
        expect(root.querySelector('.trend-first')?.textContent).toBe('12/12/2025');
        expect(root.querySelector('.trend-last')?.textContent).toBe('1/26/2026');
        expect(Array.from(root.querySelectorAll('.legend-item')).map((e) => e.textContent)).toEqual(['Readings', 'Baseline', 'Target']);
    });

    it('without a target: says so by leaving it out, and draws no target line', async () => {
        const { kpi, readings } = kpiNamed(northwind, 'Days sales outstanding');
        const { svg } = await draw({ kpi: { ...kpi, target: null }, readings });
        expect(svg.getAttribute('aria-label')).toBe('Days sales outstanding: 60 days on 12/12/2025, 58 days on 1/26/2026');
        expect(svg.querySelector('.target')).toBeNull();
    });
});
