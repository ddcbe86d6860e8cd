import { Anchor, FileButton, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import type { ReactNode } from 'react'
import { pictureToDataUrl } from '../lib/image'
import { MentorAvatar } from './MentorAvatar'

interface Props {
  /** The mentor's id, or the form's, for the initials' colour. */
  id: string
  name: string
  /** The picture as a data URL, or none. */
  value: string | null
  onChange: (picture: string | null) => void
  error?: ReactNode
  onError: (error: string | null) => void
}

/** The mentor form's picture: the avatar, a button to choose a file (scaled to fit), and one to remove it. */
export function MentorPictureField({ id, name, value, onChange, error, onError }: Props) {
  const errorId = `${useId()}-picture-error`
  const choose = async (file: File | null) => {
    if (!file) return
    try {
      onChange(await pictureToDataUrl(file))
      onError(null)
    } catch {
      onError('This picture could not be read. Choose a PNG, JPEG, WebP or GIF file.')
    }
  }
  return (
    <Stack gap={6} align="center">
      <MentorAvatar id={id} name={name} src={value} size={72} />
      <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg,image/webp,image/gif">
        {(props) => (
          // The error is read with the button, as a field's is.
          <Anchor component="button" type="button" size="xs" aria-describedby={error ? errorId : undefined} {...props}>
            {value ? 'Change picture' : 'Add picture'}
          </Anchor>
        )}
      </FileButton>
      {value && (
        <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => onChange(null)}>
          Remove picture
        </Anchor>
      )}
      {error && (
        <Text id={errorId} size="xs" c="red" maw={120} ta="center">
          {error}
        </Text>
      )}
    </Stack>
  )
}
