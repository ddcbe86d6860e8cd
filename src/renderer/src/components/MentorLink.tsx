import { Anchor } from '@mantine/core'
import type { AnchorProps } from '@mantine/core'
import { Link } from 'react-router'
import type { Mentor } from '../../../shared/model'

/** A mentor's name as a link to their page; `props` style the link. */
export function MentorLink({
  mentor,
  ...props
}: { mentor: Pick<Mentor, 'id' | 'name'>; dir?: 'auto' | 'ltr' | 'rtl' } & AnchorProps) {
  return (
    <Anchor component={Link} to={`/mentors/${mentor.id}`} {...props}>
      {mentor.name}
    </Anchor>
  )
}
