/** The large-data generator shared by the benchmark (bench/) and tests. */
export { Prng } from './prng';
export { countRecords, generateLargeData, LARGE_ACCOUNT, scaledParams, type LargeDataParams, type LargeDataSet } from './generate';
export { loadLargeData } from './load';
