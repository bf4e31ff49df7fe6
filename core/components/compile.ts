/**
 * The one TypeScript → JavaScript step: type stripping with the TypeScript compiler. It emits the
 * component `.js` that deploys (`npm run build`, scripts/build-components.ts) and strips the
 * preview shell's own modules (preview/build/plugins/typescript.ts). LWC's decorators and class
 * fields stay exactly as written: they are the platform compiler's job. Type-checking is
 * `npm run typecheck`.
 */
import ts from 'typescript';

const COMPILER_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: false,
    useDefineForClassFields: true,
    isolatedModules: true,
    verbatimModuleSyntax: false,
    removeComments: false
};

/** First line of every built component `.js`: tells an editor which file to change. */
export const BUILD_HEADER = '// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.\n';

export interface StrippedModule {
    code: string;
    /** Source map (JSON), when asked for. */
    map?: string;
}

/** `source` with its types removed; throws with tsc's diagnostics when it cannot be transpiled. */
export function stripTypes(source: string, fileName: string, options: { sourceMap?: boolean } = {}): StrippedModule {
    const { outputText, sourceMapText, diagnostics } = ts.transpileModule(source, {
        compilerOptions: { ...COMPILER_OPTIONS, ...(options.sourceMap ? { sourceMap: true } : {}) },
        fileName,
        reportDiagnostics: true
    });
    if (diagnostics?.length) {
        const message = ts.formatDiagnosticsWithColorAndContext(diagnostics, {
            getCanonicalFileName: (f) => f,
            getCurrentDirectory: () => process.cwd(),
            getNewLine: () => '\n'
        });
        throw new Error(`${fileName}: cannot be transpiled\n${message}`);
    }
    if (!options.sourceMap) return { code: outputText };
    // The map is handed to the bundler, not referenced from the code.
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map: sourceMapText };
}

/** The deployed `.js` of a component module's `.ts` source. */
export function transpileComponent(source: string, fileName: string): string {
    return BUILD_HEADER + stripTypes(source, fileName).code;
}
