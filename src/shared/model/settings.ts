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

/** App preferences; stored with the data so they travel with the file. */
export const Settings = z.object({
  ...withDefaults(settingsShape, { theme: 'system', closeToTray: true, startAtLogin: false, trayNoticeShown: false }),

  reminders: ReminderSettings.prefault({}),
  updatedAt: Timestamp.nullable().default(null),
})
export type Settings = z.infer<typeof Settings>

/** What `settings:update` takes: any setting, reminders in part. */
export const SettingsUpdate = z.object({ ...settingsShape, reminders: z.object(reminderShape).partial() }).partial()
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
