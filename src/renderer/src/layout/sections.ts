import type { Icon } from '@tabler/icons-react'
import {
  IconAdjustments,
  IconChecklist,
  IconLayoutDashboard,
  IconTarget,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react'

/** One of the app's main pages: where the navigation and the command palette's "Go to …" lead. */
export interface Section {
  to: string
  label: string
  icon: Icon
  /** Other words the command palette finds it by. */
  keywords: string
}

/** The app's main pages, in the navigation's order. */
export const sections: readonly Section[] = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard, keywords: 'home' },
  { to: '/mentors', label: 'Mentors', icon: IconUsers, keywords: 'roster' },
  { to: '/timeline', label: 'Timeline', icon: IconTimeline, keywords: 'sessions history' },
  { to: '/actions', label: 'Action items', icon: IconChecklist, keywords: 'todo tasks' },
  { to: '/goals', label: 'Goals', icon: IconTarget, keywords: 'objectives' },
  { to: '/settings', label: 'Settings', icon: IconAdjustments, keywords: 'preferences' },
]
