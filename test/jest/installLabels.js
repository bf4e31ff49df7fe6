/*
 * Import first in a component test (`import '<root>/test/jest/installLabels';`, before the
 * component): makes every `@salesforce/label/c.X` resolve to the label's value in
 * force-app/main/default/labels/CustomLabels.labels-meta.xml, so tests read the text users
 * read ("Ask Dana Whitfield (...) how they are measured") instead of the "c.X" placeholder
 * sfdx-lwc-jest gives by default. Values are mocked per test file, before any module loads them.
 */
const { labelValues } = require('./metadata');

for (const [name, value] of Object.entries(labelValues())) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
}
