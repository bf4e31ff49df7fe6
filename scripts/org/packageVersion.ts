/**
 * npm run package:version -- --target-dev-hub <alias> [--wait <minutes>]
 *
 * Builds the components, then creates an unlocked package version of "Customer Outcomes":
 *   sf package version create --package "Customer Outcomes" --installation-key-bypass --wait 30 --code-coverage
 * and prints the install link for the new 04t version id.
 *
 * One-time step, with a Dev Hub: `sf package create --name "Customer Outcomes" --package-type
 * Unlocked --path force-app --no-namespace --target-dev-hub <alias>` writes the package's 0Ho id
 * into sfdx-project.json packageAliases (commit it). This command refuses to run until it is there.
 */
import { join } from 'node:path';
import { buildComponents } from '../../core/components/build';
import { recordsMissingFromPackage } from './packagedRecords';
import { parseCommandLine, parseMinutes, usage, type CommandSpec } from './args';
import { EXIT_FAILED, EXIT_OK, NoOrgError, readProjectJson, runMain, type Io } from './cli';
import { loadCliAuth, noDevHubMessage, type CliAuthLoader } from './connection';
import { runSf, type SfRunner } from './sfCli';

export const PACKAGE_NAME = 'Customer Outcomes';
export const INSTALL_URL = 'https://login.salesforce.com/packaging/installPackage.apexp?p0=';

export const PACKAGE_VERSION_SPEC: CommandSpec = {
    command: 'npm run package:version',
    summary: `Create an unlocked package version of "${PACKAGE_NAME}" in a Dev Hub (with code coverage) and print its install link.`,
    flags: [
        {
            name: 'target-dev-hub',
            short: 'v',
            type: 'string',
            valueName: 'alias|username',
            description: 'Dev Hub authorized with the Salesforce CLI.'
        },
        { name: 'wait', short: 'w', type: 'string', valueName: 'minutes', description: 'Minutes to wait for the version (default 30).' }
    ],
    examples: ['npm run package:version -- --target-dev-hub co-devhub']
};

export const CREATE_PACKAGE_STEP = `sf package create --name "${PACKAGE_NAME}" --package-type Unlocked --path force-app --no-namespace --target-dev-hub <alias>`;

export function packageVersionArgs(devHub: string, wait: number): string[] {
    return [
        'package',
        'version',
        'create',
        '--package',
        PACKAGE_NAME,
        '--installation-key-bypass',
        '--wait',
        String(wait),
        '--code-coverage',
        '--target-dev-hub',
        devHub,
        '--json'
    ];
}

export interface PackageVersionDeps {
    sf?: SfRunner;
    loadAuth?: CliAuthLoader;
    build?: (lwcDir: string) => string[];
}

export async function main(argv: string[], io: Io, deps: PackageVersionDeps = {}): Promise<number> {
    const flags = parseCommandLine(PACKAGE_VERSION_SPEC, argv, io.env);
    if (flags.help) {
        io.out.line(usage(PACKAGE_VERSION_SPEC));
        return EXIT_OK;
    }
    const wait = parseMinutes(flags.string('wait'), 'wait', 30);
    const devHub = flags.string('target-dev-hub');
    if (!devHub) throw new NoOrgError(noDevHubMessage());
    try {
        const auth = await (deps.loadAuth ?? loadCliAuth)(devHub, io.env);
        io.out.addSecret(auth.accessToken);
    } catch (error) {
        const message = (error as Error).message.replace(/\.$/, '');
        throw new NoOrgError(
            noDevHubMessage(
                /No authorization information found/i.test(message) ? `no authorization found for "${devHub}"` : io.out.redact(message)
            )
        );
    }

    const project = readProjectJson(io.root);
    const alias = project.packageAliases?.[PACKAGE_NAME];
    if (!alias || !/^0Ho[A-Za-z0-9]{12,15}$/.test(alias)) {
        io.out.error(`sfdx-project.json has no package id for "${PACKAGE_NAME}" in packageAliases. Once per Dev Hub, run:`);
        io.out.error(`  ${CREATE_PACKAGE_STEP}`);
        io.out.error('It writes the 0Ho id into sfdx-project.json; commit that change, then run npm run package:version again.');
        return EXIT_FAILED;
    }

    const missing = recordsMissingFromPackage(io.root);
    if (missing.length) {
        for (const line of missing) io.out.error(line);
        return EXIT_FAILED;
    }

    const built = (deps.build ?? buildComponents)(join(io.root, 'force-app', 'main', 'default', 'lwc'));
    io.out.line(
        `Built ${built.length} component module(s). Creating a version of "${PACKAGE_NAME}" (${alias}) in ${devHub}; this takes several minutes …`
    );
    const result = await (deps.sf ?? runSf)(packageVersionArgs(devHub, wait), { cwd: io.root });
    const version = (result.json?.result ?? {}) as { SubscriberPackageVersionId?: string; Status?: string; Error?: string[] | string };
    if (result.code !== 0 || !version.SubscriberPackageVersionId) {
        const errors = Array.isArray(version.Error) ? version.Error.join('; ') : version.Error;
        io.out.error(
            `Package version not created: ${errors || result.json?.message || result.stderr.trim() || `sf exited with ${result.code}`}`
        );
        return EXIT_FAILED;
    }
    const id = version.SubscriberPackageVersionId;
    io.out.line(`Package version ${id} created (${version.Status ?? 'Success'}); sf added its alias to sfdx-project.json.`);
    io.out.line(`Install link (production/developer): ${INSTALL_URL}${id}`);
    io.out.line(`Sandbox: https://test.salesforce.com/packaging/installPackage.apexp?p0=${id}`);
    io.out.line(`Beta until promoted: sf package version promote --package ${id} --target-dev-hub ${devHub}`);
    return EXIT_OK;
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run package:version');
