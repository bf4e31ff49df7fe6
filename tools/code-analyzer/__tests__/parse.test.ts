import { basename, join, resolve } from 'node:path';
import { parseApexFiles, parseApexSource } from '../parse';
import { findApexFiles } from '../../../core/apex-files';

const fixtures = join(__dirname, 'fixtures');
const forceApp = resolve(__dirname, '../../../force-app');

describe('parseApexFiles', () => {
    it('accepts a valid class and trigger', () => {
        const result = parseApexFiles(join(fixtures, 'valid'));

        expect(result.files.map((file) => basename(file))).toEqual(['ValidGreeter.cls', 'ValidTrigger.trigger']);
        expect(result.errors).toEqual([]);
    });

    it('reports a syntax error with file, line and column', () => {
        const result = parseApexFiles(join(fixtures, 'syntax-error'));

        expect(result.files).toHaveLength(1);
        // Line 7 lacks its semicolon; the parser notices at the `return` that starts line 8 (column 9, 1-based).
        expect(result.errors.map((issue) => ({ ...issue, file: basename(issue.file) }))).toEqual([
            { file: 'BrokenCalculator.cls', line: 8, column: 9, message: "missing ';' at 'return'" }
        ]);
    });

    it('parses triggers with the trigger grammar, not the class grammar', () => {
        const trigger = 'trigger T on Account (before insert) { System.debug(Trigger.new); }';

        expect(parseApexSource(trigger, 'trigger')).toEqual([]);
        expect(parseApexSource(trigger, 'class').length).toBeGreaterThan(0);
    });

    it('reads Apex keywords case-insensitively', () => {
        const source = 'PUBLIC WITH SHARING CLASS Shouty { PUBLIC STATIC VOID run() { LIST<Account> a = [SELECT Id FROM Account]; } }';

        expect(parseApexSource(source, 'class')).toEqual([]);
    });

    it('finds the project Apex and it all parses', () => {
        const result = parseApexFiles(forceApp);
        const names = result.files.map((file) => basename(file));

        expect(names).toEqual(
            expect.arrayContaining(['KpiCurrentValueService.cls', 'KpiCurrentValueServiceTest.cls', 'KpiMeasurementTrigger.trigger'])
        );
        expect(result.errors).toEqual([]);
    });

    it('ignores files that are not Apex source', () => {
        expect(findApexFiles(fixtures).every((file) => /\.(cls|trigger)$/.test(file))).toBe(true);
    });
});
