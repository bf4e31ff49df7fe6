// `toBeAccessible` is registered by test/jest/sa11ySetup.js for component tests.
declare namespace jest {
    interface Matchers<R> {
        toBeAccessible(config?: unknown): Promise<R>;
    }
}
