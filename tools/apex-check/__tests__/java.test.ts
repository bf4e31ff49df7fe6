import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseJava, compareVersions, listSystemJavas, MIN_JAVA_MAJOR, noJavaMessage, parseJavaVersion, type JavaSearch } from '../java';

// `java -version` output as each runtime prints it (stderr), first lines only where the rest does not matter.
const TEMURIN_25 = `openjdk version "25.0.3" 2026-04-21 LTS
OpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)
OpenJDK 64-Bit Server VM Temurin-25.0.3+9 (build 25.0.3+9-LTS, mixed mode, sharing)`;
const DEBIAN_17 = `openjdk version "17.0.15" 2025-04-15
OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)
OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)`;
const ORACLE_8 = `java version "1.8.0_381"
Java(TM) SE Runtime Environment (build 1.8.0_381-b09)`;
const GA_21 = 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)';
const TEMURIN_21 = 'openjdk version "21.0.9" 2025-10-21 LTS';
const EARLY_ACCESS_26 = 'openjdk version "26-ea" 2026-03-17\nOpenJDK Runtime Environment (build 26-ea+20-2057)';
const WITH_TOOL_OPTIONS = `Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\n${TEMURIN_21}`;

describe('parseJavaVersion', () => {
    it.each([
        ['Temurin 25', TEMURIN_25, '25.0.3', 25],
        ["Debian's OpenJDK 17", DEBIAN_17, '17.0.15', 17],
        ['Oracle Java 8 (legacy 1.x numbering)', ORACLE_8, '1.8.0_381', 8],
        ['a GA build numbered "21"', GA_21, '21', 21],
        ['an early-access build', EARLY_ACCESS_26, '26-ea', 26],
        ['output after a JAVA_TOOL_OPTIONS notice', WITH_TOOL_OPTIONS, '21.0.9', 21]
    ])('reads the version printed by %s', (_name, output, version, major) => {
        expect(parseJavaVersion(output)).toEqual({ version, major });
    });

    it.each(['', 'bash: java: command not found', 'Error: could not find libjava.so', 'openjdk version "" 2025'])(
        'finds no version in %j',
        (output) => {
            expect(parseJavaVersion(output)).toBeUndefined();
        }
    );
});

describe('compareVersions', () => {
    it('orders by each number in turn', () => {
        expect(compareVersions('25.0.3', '25.0.1')).toBeGreaterThan(0);
        expect(compareVersions('21.0.9', '25')).toBeLessThan(0);
        expect(compareVersions('21', '21.0.0')).toBe(0);
    });
});

/** A search over named fake executables: the probe answers from the table, as `java -version` would. */
function search(outputs: Record<string, string | undefined>, where: Partial<Omit<JavaSearch, 'probe'>>): JavaSearch {
    return { systemJavas: [], ...where, probe: (path) => outputs[path] };
}

describe('chooseJava', () => {
    const outputs = {
        '/home/jdk25/bin/java': TEMURIN_25,
        '/home/jdk17/bin/java': DEBIAN_17,
        '/usr/bin/java': DEBIAN_17,
        '/usr/bin/java21': TEMURIN_21,
        '/usr/lib/jvm/java-17/bin/java': DEBIAN_17,
        '/usr/lib/jvm/jdk-21/bin/java': TEMURIN_21,
        '/usr/lib/jvm/temurin-25/bin/java': TEMURIN_25,
        '/usr/lib/jvm/jdk-8/bin/java': ORACLE_8,
        '/usr/lib/jvm/broken/bin/java': undefined
    };
    const systemJavas = ['/usr/lib/jvm/java-17/bin/java', '/usr/lib/jvm/temurin-25/bin/java', '/usr/lib/jvm/jdk-21/bin/java'];

    it('takes JAVA_HOME when it is new enough, before PATH and the system directories', () => {
        const choice = chooseJava(search(outputs, { javaHome: '/home/jdk25/bin/java', pathJava: '/usr/bin/java21', systemJavas }));
        expect(choice.found).toEqual({ path: '/home/jdk25/bin/java', source: 'JAVA_HOME', version: '25.0.3', major: 25 });
    });

    it('takes java on PATH when JAVA_HOME is too old, even if the system directories have a newer one', () => {
        const choice = chooseJava(search(outputs, { javaHome: '/home/jdk17/bin/java', pathJava: '/usr/bin/java21', systemJavas }));
        expect(choice.found).toMatchObject({ path: '/usr/bin/java21', source: 'PATH', major: 21 });
    });

    it('takes the newest new-enough runtime in the system directories when JAVA_HOME and PATH are too old (this machine)', () => {
        const choice = chooseJava(search(outputs, { pathJava: '/usr/bin/java', systemJavas }));
        expect(choice.found).toMatchObject({ path: '/usr/lib/jvm/temurin-25/bin/java', source: 'system JVM directory', major: 25 });
        expect(choice.seen.map((r) => r.major)).toEqual([17, 17, 25, 21]);
    });

    it('passes over a JAVA_HOME that does not run', () => {
        const choice = chooseJava(
            search(outputs, { javaHome: '/usr/lib/jvm/broken/bin/java', systemJavas: ['/usr/lib/jvm/jdk-21/bin/java'] })
        );
        expect(choice.found).toMatchObject({ path: '/usr/lib/jvm/jdk-21/bin/java', major: 21 });
    });

    it(`finds nothing when every runtime is older than ${MIN_JAVA_MAJOR}, and says what it saw`, () => {
        const choice = chooseJava(
            search(outputs, { javaHome: '/home/jdk17/bin/java', pathJava: '/usr/bin/java', systemJavas: ['/usr/lib/jvm/jdk-8/bin/java'] })
        );
        expect(choice.found).toBeUndefined();
        expect(choice.seen.map((r) => `${r.source} ${r.version}`)).toEqual([
            'JAVA_HOME 17.0.15',
            'PATH 17.0.15',
            'system JVM directory 1.8.0_381'
        ]);
        const message = noJavaMessage(choice);
        expect(message).toContain('SKIPPED');
        expect(message).toContain(`Java ${MIN_JAVA_MAJOR} or later`);
        expect(message).toContain('Java 17.0.15 (JAVA_HOME: /home/jdk17/bin/java)');
        expect(message).toContain('JAVA_HOME');
    });

    it('finds nothing on a machine without Java', () => {
        const choice = chooseJava(search({}, {}));
        expect(choice).toEqual({ found: undefined, seen: [] });
        expect(noJavaMessage(choice)).toContain('found no Java at all');
    });
});

describe('listSystemJavas', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'apex-check-jvms-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const fakeJava = (home: string): string => {
        mkdirSync(join(dir, home, 'bin'), { recursive: true });
        const path = join(dir, home, 'bin', 'java');
        writeFileSync(path, '#!/bin/sh\n');
        chmodSync(path, 0o755);
        return path;
    };

    it('lists each executable java once, however many names link to its JDK (as Debian does)', () => {
        const jdk17 = fakeJava('java-17-openjdk-amd64');
        const jdk25 = fakeJava('temurin-25-jdk-amd64');
        symlinkSync(join(dir, 'java-17-openjdk-amd64'), join(dir, 'java-1.17.0-openjdk-amd64'));
        mkdirSync(join(dir, 'openjdk-17')); // a directory without bin/java
        writeFileSync(join(dir, '.java-1.17.0-openjdk-amd64.jinfo'), '');
        const notExecutable = fakeJava('half-installed');
        chmodSync(notExecutable, 0o644);

        const found = listSystemJavas([{ dir, java: ['bin', 'java'] }]);
        expect(found).toHaveLength(2);
        expect(found).toContain(jdk25);
        // One of the two names of the JDK 17 (the first in sorted order), not both.
        expect(found.filter((p) => p.includes('17'))).toEqual([join(dir, 'java-1.17.0-openjdk-amd64', 'bin', 'java')]);
        expect(jdk17).toContain('java-17-openjdk-amd64');
    });

    it('skips a directory that does not exist (a Linux machine has no /Library)', () => {
        expect(listSystemJavas([{ dir: join(dir, 'missing'), java: ['bin', 'java'] }])).toEqual([]);
    });
});
