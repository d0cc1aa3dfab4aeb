/**
 * Reads text aloud with the browser's speech synthesis, in a voice of the page's language.
 * Only voices on the device itself are used: a network voice would send the text (and so which page
 * the patient reads) to another company. Where the API or such a voice is missing, `available` is false
 * and the view hides the button.
 */
import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface SpeechOptions {
  /** A language code such as 'nl' or 'en'; voices whose lang starts with it are used. */
  language: MaybeRefOrGetter<string>
}

export function useSpeech(options: SpeechOptions) {
  const synth = 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : undefined
  const voices = shallowRef<SpeechSynthesisVoice[]>(synth?.getVoices() ?? [])
  const speaking = ref(false)
  // Chrome stops long utterances after some seconds, so the text is spoken as a queue of short parts.
  let queue: SpeechSynthesisUtterance[] = []

  // Most browsers fill the voice list a moment after the page loads.
  const updateVoices = () => {
    voices.value = [...(synth?.getVoices() ?? [])]
  }
  synth?.addEventListener('voiceschanged', updateVoices)

  const voice = computed(() => {
    const language = toValue(options.language).toLowerCase()
    const matching = voices.value.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').startsWith(language))
    return matching.find((v) => v.default) ?? matching[0]
  })
  const available = computed(() => Boolean(synth && voice.value))

  function stop(): void {
    queue = []
    if (speaking.value) synth?.cancel()
    speaking.value = false
  }

  /** Speaks the parts one after another; starting again first stops what was being read. */
  function speak(parts: string[]): void {
    stop()
    const chosen = voice.value
    if (!synth || !chosen) return
    queue = parts.filter((part) => part.trim()).map((part) => {
      const utterance = new SpeechSynthesisUtterance(part)
      utterance.voice = chosen
      utterance.lang = chosen.lang
      return utterance
    })
    const last = queue.at(-1)
    if (!last) return
    for (const utterance of queue) {
      utterance.addEventListener('error', () => queue.includes(utterance) && stop())
    }
    last.addEventListener('end', () => {
      if (queue.includes(last)) speaking.value = false
    })
    speaking.value = true
    for (const utterance of queue) synth.speak(utterance)
  }

  // Reading on in the old language after a switch, or after leaving the page, would only confuse.
  watch(() => toValue(options.language), stop)
  onScopeDispose(() => {
    stop()
    synth?.removeEventListener('voiceschanged', updateVoices)
  })

  return { available, speaking, speak, stop }
}
