import { z } from 'zod'
import { TimeOfDay, Timestamp, limits, text, withDefaults } from './common'

export const themes = ['light', 'dark', 'system'] as const
export const Theme = z.enum(themes, { error: 'Choose light, dark or system' })
export type Theme = z.infer<typeof Theme>

const reminderShape = {
  /** Minutes before a planned session. */
  sessionLeadMinutes: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(60 * 24 * 14),
    )
    .max(5),
  digestTime: TimeOfDay.nullable(),
  quietHours: z.object({ start: TimeOfDay, end: TimeOfDay }).nullable(),
}

/** How and when reminders reach the user: by default a day and a quarter hour before a session. */
export const ReminderSettings = z.object({
  ...withDefaults(reminderShape, { sessionLeadMinutes: [1440, 15], digestTime: null, quietHours: null }),
  /** When the digest was last turned on or its time changed: a digest due before then is not sent. Set by core. */
  digestSetAt: Timestamp.nullable().default(null),
})

const settingsShape = {
  theme: Theme,
  closeToTray: z.boolean(),
  startAtLogin: z.boolean(),
  /** Set once the app has told the user that closing the window keeps it running in the tray. */
  trayNoticeShown: z.boolean(),
}

const checkInShape = {
  everySessions: z
    .number({ error: 'Enter a number of sessions' })
    .int({ error: 'Enter a whole number of sessions' })
    .min(1, { error: 'Use at least 1 session' })
    .max(50, { error: 'Use at most 50 sessions' }),
  everyDays: z
    .number({ error: 'Enter a number of days' })
    .int({ error: 'Enter a whole number of days' })
    .min(7, { error: 'Use at least 7 days' })
    .max(365, { error: 'Use at most 365 days' }),
}

/** When to ask "How is this mentorship going?": after this many held sessions or days, whichever comes first. */
export const CheckInSettings = z.object(withDefaults(checkInShape, { everySessions: 3, everyDays: 60 }))
export type CheckInSettings = z.infer<typeof CheckInSettings>

/** App preferences; stored with the data so they travel with the file. */
export const Settings = z.object({
  ...withDefaults(settingsShape, { theme: 'system', closeToTray: true, startAtLogin: false, trayNoticeShown: false }),

  reminders: ReminderSettings.prefault({}),
  checkIns: CheckInSettings.prefault({}),
  updatedAt: Timestamp.nullable().default(null),
})
export type Settings = z.infer<typeof Settings>

/** What `settings:update` takes: any setting, reminders in part. */
export const SettingsUpdate = z
  .object({
    ...settingsShape,
    reminders: z.object(reminderShape).partial(),
    checkIns: z.object(checkInShape).partial(),
  })
  .partial()
export type SettingsUpdate = z.input<typeof SettingsUpdate>

const profileShape = {
  name: text(limits.name),
  role: text(limits.shortText),
}

/** The mentee: the person using the app. */
export const Profile = z.object({
  ...withDefaults(profileShape, { name: '', role: '' }),
  updatedAt: Timestamp.nullable().default(null),
})
export type Profile = z.infer<typeof Profile>

/** What `profile:update` takes. */
export const ProfileUpdate = z.object(profileShape).partial()
export type ProfileUpdate = z.input<typeof ProfileUpdate>
