import { describe, expect, it } from 'vitest'
import { formatMessage, lookup, mergeMessages, pluralIndex, type Messages } from '../../../src/i18n/format'

describe('formatMessage', () => {
  it('fills in named values and leaves other text as it is', () => {
    expect(formatMessage('Hallo {name}, {n2} 100%!', { name: 'Anna', n2: 3 })).toBe('Hallo Anna, 3 100%!')
  })

  it('writes numbers with the formatter it is given', () => {
    const dutch = (value: number) => new Intl.NumberFormat('nl', { useGrouping: false }).format(value)
    expect(formatMessage('{today} boven {usual} in {year}', { today: 3, usual: 1.5, year: 2026 }, undefined, dutch)).toBe('3 boven 1,5 in 2026')
  })

  it('shows a missing or empty value as nothing, never as "undefined"', () => {
    expect(formatMessage('[{a}][{b}]', { b: null })).toBe('[][]')
  })

  it.each([
    [0, 'geen dagen'],
    [1, '1 dag'],
    [2, '2 dagen'],
    [14, '14 dagen'],
  ])('picks the form of "zero | one | other" for %i', (count, text) => {
    expect(formatMessage('geen dagen | 1 dag | {count} dagen', {}, count)).toBe(text)
  })

  it.each([
    [0, '0 dagen'],
    [1, '1 dag'],
    [7, '7 dagen'],
  ])('picks the form of "one | other" for %i, with count and n standing for the count', (count, text) => {
    expect(formatMessage('{n} dag | {count} dagen', {}, count)).toBe(text)
  })

  it('lets a value given by name win over the count', () => {
    expect(formatMessage('{days} dag | {days} dagen', { days: 'drie' }, 3)).toBe('drie dagen')
  })

  it('uses the first form when no count is given', () => {
    expect(formatMessage('een | meer')).toBe('een')
  })
})

describe('pluralIndex', () => {
  it('counts a negative number by its size and a single form as the only one', () => {
    expect(pluralIndex(2, -1)).toBe(0)
    expect(pluralIndex(1, 5)).toBe(0)
  })
})

describe('lookup and mergeMessages', () => {
  it('finds a text by its dotted key and nothing for a section or an unknown key', () => {
    const messages: Messages = { today: { title: 'Vandaag' } }
    expect(lookup(messages, 'today.title')).toBe('Vandaag')
    expect(lookup(messages, 'today')).toBeUndefined()
    expect(lookup(messages, 'today.title.more')).toBeUndefined()
    expect(lookup(messages, 'nothing.here')).toBeUndefined()
  })

  it('joins a feature file into the texts already there, section by section', () => {
    const target: Messages = { a: { x: '1' }, b: '2' }
    mergeMessages(target, { a: { y: '3' }, c: { z: '4' } })
    expect(target).toEqual({ a: { x: '1', y: '3' }, b: '2', c: { z: '4' } })
  })
})
