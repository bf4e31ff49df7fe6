import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import LABELS from 'c/outcomesLabels';
import { OPPORTUNITY_OUTCOMES_QUERY } from 'c/outcomesQueries';
import { deepAll, deepOne, deepQuery, flush, panelHeading, removeAll, shadow, text, wire } from './outcomesTestSupport';
import { countFields, strippableOptionalFields, withoutFields } from '../../outcomesMappers/__tests__/fieldAccessSupport';
import openWithGoals from './data/openWithGoals.json';
import wonWithHistory from './data/wonWithHistory.json';

/**
 * Issue 11: a user without field-level security for the fields the query marks @optional gets a
 * response without them (the org leaves them out). The panel still renders, shows the rest, and
 * says nothing false about what it cannot see.
 */
const OPTIONAL = strippableOptionalFields(OPPORTUNITY_OUTCOMES_QUERY);

beforeEach(() => wire.resetRequests());
afterEach(() => {
    removeAll();
    jest.clearAllMocks();
});

function idOf(data: { uiapi: { query: { Opportunity: { edges: { node: { Id: string } }[] } } } }): string {
    return data.uiapi.query.Opportunity.edges[0]?.node.Id ?? '';
}

async function mount(data: typeof wonWithHistory | typeof openWithGoals): Promise<HTMLElement> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: idOf(data) });
    document.body.appendChild(element);
    wire.emit(data);
    await flush();
    return element;
}

function kpiRows(element: HTMLElement): ShadowRoot[] {
    return deepAll(shadow(element), 'c-kpi-row').map(shadow);
}

/** What the panel shows that the optional fields do not feed. */
function essentials(element: HTMLElement): Record<string, unknown> {
    const r = shadow(element);
    return {
        heading: panelHeading(r),
        goals: deepAll(r, '.goal-name').map(text),
        kpis: kpiRows(element).map((row) => text(deepOne(row, '.kpi-name'))),
        statuses: kpiRows(element).map((row) => Reflect.get(deepOne(row, '.kpi-status'), 'label')),
        progress: kpiRows(element).map((row) => {
            const bar = deepQuery(row, 'c-kpi-progress-bar');
            // The percentage (the unit after it is an optional field).
            const words = bar ? text(deepOne(shadow(bar), '.progress-text')) : null;
            return words?.match(/^-?[\d.,]+%/)?.[0] ?? words;
        }),
        completeness: [text(deepQuery(r, '.roles-with-goal')), text(deepQuery(r, '.kpis-measurable'))],
        nextAction: text(deepQuery(r, '.next-action'))
    };
}

/** Baseline, current and target as shown: [text, ...] per KPI. */
function figures(element: HTMLElement): string[][] {
    return kpiRows(element).map((row) => ['.kpi-baseline', '.kpi-current', '.kpi-target'].map((c) => text(deepOne(row, c))));
}

/** With unit and dates unreadable, each figure is the same number without them ("5" of "5 hours/week by 8/29/2026"). */
function expectSameFigures(stripped: string[][], full: string[][]): void {
    expect(stripped).toHaveLength(full.length);
    stripped.forEach((row, i) =>
        row.forEach((figure, j) => {
            const whole = full[i]?.[j] ?? '';
            expect(figure).toBe(/^-?[\d.,]+/.test(figure) ? whole.match(/^-?[\d.,]+/)?.[0] : whole);
        })
    );
}

function detailLabels(element: HTMLElement, selector: string): string[] {
    return deepAll(shadow(element), selector).flatMap((list) => deepAll(shadow(list), '.detail-label').map(text));
}

describe('a user without access to the optional fields', () => {
    it('the query marks the detail fields @optional and keeps identity, filters and figures required', () => {
        expect(OPTIONAL).toEqual(
            expect.arrayContaining([
                'Amount',
                'StageName',
                'CloseDate',
                'Probability',
                'Cost_Of_Inaction__c',
                'Progress__c',
                'Title',
                'Summary__c'
            ])
        );
        for (const required of [
            'Id',
            'Name',
            'IsWon',
            'IsClosed',
            'AccountId',
            'Customer_Goal__c',
            'KPI_Status__c',
            'Baseline_Value__c',
            'Target_Value__c',
            'Current_Value__c'
        ])
            expect(OPTIONAL).not.toContain(required);
        // The fixtures hold the fields, so stripping them changes what the panel receives.
        expect(countFields(wonWithHistory, OPTIONAL)).toBeGreaterThan(20);
        expect(countFields(withoutFields(wonWithHistory, OPTIONAL), OPTIONAL)).toBe(0);
    });

    it('won deal: renders the goals, KPIs, statuses and progress (worked out from the readable figures), no error', async () => {
        const fullElement = await mount(wonWithHistory);
        const full = essentials(fullElement);
        const fullFigures = figures(fullElement);
        expect(full.progress).toEqual(['85.7%', '66.7%']);
        // With every field the goals show these labelled values, so their absence below means something.
        expect(detailLabels(fullElement, '.goal-details')).toEqual(
            expect.arrayContaining([LABELS.fieldCostOfInaction, LABELS.fieldCategory])
        );
        removeAll();
        const element = await mount(withoutFields(wonWithHistory, OPTIONAL));
        const r = shadow(element);
        expect(deepQuery(r, '.load-error')).toBeNull();
        expect(essentials(element)).toEqual(full);
        expectSameFigures(figures(element), fullFigures);
        // Blank details are left out, not shown as "not set".
        expect(detailLabels(element, '.goal-details')).not.toContain(LABELS.fieldCostOfInaction);
        expect(detailLabels(element, '.goal-details')).not.toContain(LABELS.fieldCategory);
        expect(deepQuery(r, '.why-it-matters')).toBeNull();
        const followUp = deepOne(r, 'c-follow-up-status-badge');
        expect(deepQuery(shadow(followUp), '.last-check-in')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('open deal: renders goals, completeness and the next step as with every field, no error', async () => {
        const fullElement = await mount(openWithGoals);
        const full = essentials(fullElement);
        const fullFigures = figures(fullElement);
        removeAll();
        const element = await mount(withoutFields(openWithGoals, OPTIONAL));
        expect(deepQuery(shadow(element), '.load-error')).toBeNull();
        expect(essentials(element)).toEqual(full);
        expectSameFigures(figures(element), fullFigures);
        expect((full.goals as string[]).length).toBeGreaterThan(0);
        expect(deepQuery(shadow(element), '.add-goal')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
