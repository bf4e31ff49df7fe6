/**
 * The wire contract of the preview's notification bell (GET /__preview/notifications): what the
 * daily reminder job would have sent one user on the preview's day. Types and constants only, for
 * both sides.
 */

/** GET path; `?as=` picks the viewer, `?today=` (or the X-Preview-Today header) the day. */
export const NOTIFICATIONS_PATH = '/__preview/notifications';

/** The page URL's parameter (before the #route) that picks whose bell the header shows. */
export const VIEW_AS_PARAM = 'as';

/** Whose notifications: the running user (the rep, the default) or their manager (User.ManagerId). */
export type Viewer = 'rep' | 'manager';

export interface PreviewNotification {
    dealId: string;
    dealName: string;
    /** 'Due soon' | 'Overdue' | 'Escalated', as the job records it. */
    level: string;
    /** The follow-up due date the reminder is about (YYYY-MM-DD). */
    due: string;
    /** The custom notification's title and body, from the labels the job uses. */
    title: string;
    body: string;
}

/** 200: the viewer's notifications for the day. */
export interface NotificationsResponse {
    /** The preview's day (YYYY-MM-DD). */
    day: string;
    /** The instant the job is taken to run: 06:00 of `day` in the store's time zone. */
    runAt: string;
    viewer: { as: Viewer; id: string; name: string };
    notifications: PreviewNotification[];
}

/** 400 (an unknown ?as= or a bad ?today=) or 500: what went wrong, to show where the bell is. */
export interface NotificationsError {
    error: string;
}
