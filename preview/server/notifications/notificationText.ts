import type { ReminderLevel } from '../reminders/reminderRules';

/**
 * A reminder's title and body as the job writes them: the custom labels (category Reminders) the
 * Apex formats, read from force-app's CustomLabels file, never retyped. Placeholders as Apex
 * String.format fills them: {0} the deal's name, {1} the due date (YYYY-MM-DD), {2} the owner's name.
 */
export const REMINDER_LABELS: Record<ReminderLevel, { title: string; body: string }> = {
    'Due soon': { title: 'Reminder_Due_Soon_Title', body: 'Reminder_Due_Soon_Body' },
    Overdue: { title: 'Reminder_Overdue_Title', body: 'Reminder_Overdue_Body' },
    Escalated: { title: 'Reminder_Escalated_Title', body: 'Reminder_Escalated_Body' }
};

export interface ReminderFacts {
    dealName: string;
    due: string;
    ownerName: string;
}

function label(labels: ReadonlyMap<string, string>, name: string): string {
    const value = labels.get(name);
    if (value === undefined) throw new Error(`the custom label ${name} (the reminder notification's text) is not in CustomLabels.labels-meta.xml`);
    return value;
}

/** {n} replaced by the n-th value; other text as written. */
function format(template: string, values: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole);
}

export function notificationText(labels: ReadonlyMap<string, string>, level: ReminderLevel, facts: ReminderFacts): { title: string; body: string } {
    const names = REMINDER_LABELS[level];
    const values = [facts.dealName, facts.due, facts.ownerName];
    return { title: format(label(labels, names.title), values), body: format(label(labels, names.body), values) };
}
