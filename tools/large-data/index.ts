/** The large-data generator shared by the benchmark (bench/) and tests. */
export { Prng } from './prng';
export {
    countRecords,
    DEFAULT_SEED,
    generateLargeData,
    LARGE_ACCOUNT,
    RUNNING_USER_REF,
    scaledParams,
    type Landmarks,
    type LargeAccountShape,
    type LargeDataParams,
    type LargeDataSet,
    type PlannedObject,
    type PlannedRecord,
    type PlannedValue
} from './generate';
export { loadLargeData, type LoadError, type LoadReport, type LoadTarget } from './load';
