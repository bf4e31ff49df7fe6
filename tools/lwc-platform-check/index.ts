import { join } from 'node:path';
import { checkComponents, formatDiagnostic } from './check';

async function main(): Promise<number> {
    const lwcDir = join(process.cwd(), process.argv[2] ?? 'force-app/main/default/lwc');
    const { bundles, diagnostics } = await checkComponents(lwcDir);
    for (const d of diagnostics) console.log(formatDiagnostic(lwcDir, d));
    const errors = diagnostics.filter((d) => d.level === 'error').length;
    console.log(
        `lwc-platform-check: ${bundles} bundle(s) compiled by the platform compiler, ${errors} error(s), ${diagnostics.length - errors} warning(s)`
    );
    return errors ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (error: unknown) => {
        console.error(error);
        process.exit(1);
    }
);
