/*
 * The KPI reading case table (core/cases/kpi-reading.json) for component tests, which are
 * type-checked without Node's types: the reader and its helpers, as core/cases/kpiReading.ts has them.
 */
const { expectedProblems, LABEL_FILLS, noteOf, readKpiReadingTable } = require('../../core/cases/kpiReading');

module.exports = { expectedProblems, LABEL_FILLS, noteOf, readKpiReadingTable };
