import { ISO_DATE } from '../../../core/dates';

/**
 * The instant a wall-clock hour of a calendar day falls at in a time zone: when the daily job,
 * scheduled for that hour, runs on that day. The zone's offset is read at the naive UTC instant
 * and read again at the result, which settles it on either side of a daylight-saving change (an
 * hour a change skips falls an hour later, as a scheduler fires it).
 */
export function instantAt(day: string, hour: number, timeZone: string): Date {
    const match = ISO_DATE.exec(day);
    if (!match) throw new Error(`"${day}" is not a calendar date written YYYY-MM-DD`);
    const naive = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour);
    const first = naive - offsetAt(naive, timeZone);
    return new Date(naive - offsetAt(first, timeZone));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (its wall clock read back as if UTC, minus the instant). */
function offsetAt(instant: number, timeZone: string): number {
    let format = formats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
    const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return wall - Math.floor(instant / 1000) * 1000;
}
