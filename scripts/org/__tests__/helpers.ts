import { Output, REPO_ROOT, type Io } from '../cli';

export interface CapturedIo {
    io: Io;
    stdout: string[];
    stderr: string[];
    /** Everything printed, both streams. */
    text(): string;
}

/** An Io whose output is captured, with a fixed clock and no waiting. */
export function captureIo(env: NodeJS.ProcessEnv = {}, now = '2026-03-15T18:00:00Z', root = REPO_ROOT): CapturedIo {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return {
        io: {
            env,
            out: new Output(
                (t) => stdout.push(t),
                (t) => stderr.push(t)
            ),
            now: () => new Date(now),
            sleep: () => Promise.resolve(),
            root
        },
        stdout,
        stderr,
        text: () => [...stdout, ...stderr].join('')
    };
}

/** A token shaped like a real session id, so masking by shape is exercised too. */
export const TOKEN = '00D000000000001!AQ4AQFake.Token_Value-123';
