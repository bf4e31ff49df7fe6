import { readFileSync } from 'node:fs';
import { elementTree, parseXmlText, XmlSyntaxError } from '../../../core/xml';
import type { MetadataFile } from '../context';
import type { Reporter } from '../../../core/problems';

/** Rule 1: every *-meta.xml parses; a file that does not is reported with the parser's line, column and reason. */
export function checkWellFormed(file: MetadataFile, report: Reporter): void {
    let text: string;
    try {
        text = readFileSync(file.path, 'utf8');
    } catch (e) {
        report.error(file.path, undefined, `cannot read file: ${(e as Error).message}`);
        return;
    }
    if (text.trim() === '') {
        report.error(file.path, 1, 'malformed XML: the file is empty', 'Write the metadata XML or delete the file');
        return;
    }
    try {
        file.doc = parseXmlText(file.path, text);
        file.root = elementTree(file.doc);
    } catch (e) {
        if (e instanceof XmlSyntaxError) {
            report.error(
                file.path,
                { line: e.line, column: e.column },
                `malformed XML: ${e.reason}`,
                'Fix the XML syntax (close every element, escape & and < as &amp; and &lt;)'
            );
        } else {
            report.error(file.path, undefined, `malformed XML: ${(e as Error).message}`, 'Fix the XML syntax');
        }
    }
}
