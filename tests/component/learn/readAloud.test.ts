import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyLanguage } from '../../../src/i18n'
import { mountLearn } from './mountLearn'

class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null
  lang = ''
  constructor(readonly text: string) {
    super()
  }
}

const voice = (lang: string, localService = true) => ({ lang, localService, default: false, name: lang, voiceURI: lang }) as SpeechSynthesisVoice

function installSpeech(voices: SpeechSynthesisVoice[]) {
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: vi.fn<(utterance: FakeUtterance) => void>(),
    cancel: vi.fn(),
  })
  vi.stubGlobal('speechSynthesis', synth)
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  return synth
}

async function mountPage(language: 'nl' | 'en' = 'nl') {
  const mounted = await mountLearn('/learn/flare-ups', language)
  await vi.waitFor(() => expect(mounted.wrapper.find('.content').exists()).toBe(true))
  return mounted.wrapper
}

const readButton = (wrapper: Awaited<ReturnType<typeof mountPage>>) => wrapper.find('button.read-aloud')

afterEach(async () => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  await applyLanguage('nl')
})

describe('reading a page aloud', () => {
  it('hides the button where the browser has no speech synthesis', async () => {
    vi.stubGlobal('speechSynthesis', undefined)
    Reflect.deleteProperty(globalThis, 'speechSynthesis')
    expect(readButton(await mountPage()).exists()).toBe(false)
  })

  it('hides the button where no voice on the device speaks the page language', async () => {
    installSpeech([voice('en-GB'), voice('nl-NL', false)])
    expect(readButton(await mountPage('nl')).exists()).toBe(false)
  })

  it('shows the button once a voice of the page language arrives', async () => {
    const voices: SpeechSynthesisVoice[] = []
    const synth = installSpeech(voices)
    const wrapper = await mountPage('nl')
    expect(readButton(wrapper).exists()).toBe(false)
    voices.push(voice('nl_NL'))
    synth.dispatchEvent(new Event('voiceschanged'))
    await vi.waitFor(() => expect(readButton(wrapper).text()).toBe('Lees voor'))
  })

  it('reads the title and text in the page language and toggles to Stop', async () => {
    const dutch = voice('nl-NL')
    const synth = installSpeech([voice('en-US'), dutch])
    const wrapper = await mountPage('nl')
    await readButton(wrapper).trigger('click')

    const spoken = synth.speak.mock.calls.map(([utterance]) => utterance)
    expect(spoken[0]?.text).toBe('Slechte periodes')
    expect(spoken.map((u) => u.text)).toContain('Wat is een slechte periode?')
    expect(spoken.every((u) => u.voice === dutch && u.lang === 'nl-NL')).toBe(true)
    expect(readButton(wrapper).text()).toBe('Stop')

    await readButton(wrapper).trigger('click')
    expect(synth.cancel).toHaveBeenCalled()
    expect(readButton(wrapper).text()).toBe('Lees voor')
  })

  it('shows Lees voor again when the reading has finished', async () => {
    const synth = installSpeech([voice('en-GB')])
    const wrapper = await mountPage('en')
    await readButton(wrapper).trigger('click')
    expect(readButton(wrapper).text()).toBe('Stop')
    synth.speak.mock.calls.at(-1)?.[0].dispatchEvent(new Event('end'))
    await vi.waitFor(() => expect(readButton(wrapper).text()).toBe('Read aloud'))
  })
})
