// Registers `expect(element).toBeAccessible()` (axe rules via sa11y) for component tests.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();
