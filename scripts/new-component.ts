/**
 * Scaffolds a TypeScript Lightning web component bundle in force-app:
 *   npm run new:component -- kpiSparkline [--exposed]
 * Writes <name>.ts, <name>.html, <name>.js-meta.xml and __tests__/<name>.test.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const API_VERSION = '66.0';

export function bundleFiles(name: string, exposed: boolean): Record<string, string> {
    if (!/^[a-z][A-Za-z0-9]*$/.test(name) || name.includes('__')) {
        throw new Error(`"${name}" is not a valid component name: use camelCase starting with a lower-case letter (e.g. kpiSparkline).`);
    }
    const className = name[0]!.toUpperCase() + name.slice(1);
    const tag = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const targets = exposed ? `    <targets>\n        <target>lightning__RecordPage</target>\n    </targets>\n` : '';
    return {
        [`${name}.ts`]: `import { LightningElement } from 'lwc';\n\nexport default class ${className} extends LightningElement {}\n`,
        [`${name}.html`]: `<template></template>\n`,
        [`${name}.js-meta.xml`]:
            `<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n` +
            `    <apiVersion>${API_VERSION}</apiVersion>\n    <isExposed>${exposed}</isExposed>\n${targets}</LightningComponentBundle>\n`,
        [`__tests__/${name}.test.ts`]:
            `import { createElement } from 'lwc';\nimport ${className} from 'c/${name}';\n\n` +
            `describe('c-${tag}', () => {\n    afterEach(() => {\n        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);\n    });\n\n` +
            `    it('renders accessibly', async () => {\n        const element = createElement('c-${tag}', { is: ${className} });\n        document.body.appendChild(element);\n` +
            `        await expect(element).toBeAccessible();\n    });\n});\n`
    };
}

if (require.main === module) {
    const [name, ...flags] = process.argv.slice(2);
    if (!name) {
        console.error('usage: npm run new:component -- <camelCaseName> [--exposed]');
        process.exit(2);
    }
    const dir = join(process.cwd(), 'force-app/main/default/lwc', name);
    if (existsSync(dir)) {
        console.error(`${dir} already exists; nothing written.`);
        process.exit(1);
    }
    for (const [file, content] of Object.entries(bundleFiles(name, flags.includes('--exposed')))) {
        const path = join(dir, file);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, content);
        console.log(`created ${path}`);
    }
}
