import type { ReminderLevel } from '../reminders/reminderRules';
import { formatDueDate } from './dueDate';

/**
 * A reminder's title and body as the job writes them: the custom labels (category Reminders) the
 * Apex formats, read from force-app's CustomLabels file, never retyped. Placeholders as Apex
 * String.format fills them (FollowUpReminderNotifier): {0} the deal's name, {1} the due date as
 * Date.format() writes it (dueDate.ts), {2} the owner's name.
 */
export const REMINDER_LABELS: Record<ReminderLevel, { title: string; body: string }> = {
    'Due soon': { title: 'Outcomes_ReminderDueSoonTitle', body: 'Outcomes_ReminderDueSoonBody' },
    Overdue: { title: 'Outcomes_ReminderOverdueTitle', body: 'Outcomes_ReminderOverdueBody' },
    Escalated: { title: 'Outcomes_ReminderEscalatedTitle', body: 'Outcomes_ReminderEscalatedBody' }
};

export interface ReminderFacts {
    dealName: string;
    due: string;
    ownerName: string;
}

function label(labels: ReadonlyMap<string, string>, name: string): string {
    const value = labels.get(name);
    if (value === undefined)
        throw new Error(`the custom label ${name} (the reminder notification's text) is not in CustomLabels.labels-meta.xml`);
    return value;
}

/** {n} replaced by the n-th value; other text as written. */
function format(template: string, values: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole);
}

export function notificationText(
    labels: ReadonlyMap<string, string>,
    level: ReminderLevel,
    facts: ReminderFacts
): { title: string; body: string } {
    const names = REMINDER_LABELS[level];
    const values = [facts.dealName, formatDueDate(facts.due), facts.ownerName];
    return { title: format(label(labels, names.title), values), body: format(label(labels, names.body), values) };
}
