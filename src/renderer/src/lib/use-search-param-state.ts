import { useSearchParams } from 'react-router'

/** The page's search parameters, and a setter that changes some of them in place (null or '' removes one). */
export function useSearchParamState() {
  const [params, setParams] = useSearchParams()
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  return [params, set] as const
}
