import { describe, expect, it } from 'vitest';

import type { SessionNoteFieldsFragment } from '@web/generated/graphql';

import { type NoteQuestion, roomNoteViews } from './roomNotes';

const note = (
  overrides: Partial<SessionNoteFieldsFragment>,
): SessionNoteFieldsFragment => ({
  id: 'n-1',
  sessionId: 's-1',
  sessionQuestionId: null,
  text: '',
  followUpsAsked: [],
  customFollowUps: [],
  version: 1,
  lastEditId: null,
  updatedAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const questions: NoteQuestion[] = [
  {
    id: 'sq-2',
    position: 1,
    question: {
      prompt: 'Design a cache',
      followUps: [{ text: 'Eviction?' }, { text: 'Stampedes?' }],
    },
  },
  {
    id: 'sq-1',
    position: 0,
    question: {
      prompt: 'Idempotent APIs',
      followUps: [{ text: 'Keys twice?' }],
    },
  },
];

describe(roomNoteViews.name, () => {
  it('should order notes as the plan, label them and name the follow-ups asked, the overall note last', () => {
    const views = roomNoteViews(
      [
        note({ id: 'overall', text: 'Calm under pressure' }),
        note({
          id: 'n-cache',
          sessionQuestionId: 'sq-2',
          text: ' LRU with TTL ',
          followUpsAsked: [1],
          customFollowUps: ['Why not LFU?'],
        }),
        note({
          id: 'n-api',
          sessionQuestionId: 'sq-1',
          text: 'Stored keys with results',
        }),
      ],
      questions,
    );

    expect(views).toEqual([
      {
        id: 'n-api',
        label: 'Q1',
        prompt: 'Idempotent APIs',
        text: 'Stored keys with results',
        followUpsAsked: [],
        snippet: 'Q1: Stored keys with results',
      },
      {
        id: 'n-cache',
        label: 'Q2',
        prompt: 'Design a cache',
        text: 'LRU with TTL',
        followUpsAsked: ['Stampedes?', 'Why not LFU?'],
        snippet: 'Q2: LRU with TTL',
      },
      {
        id: 'overall',
        label: null,
        prompt: null,
        text: 'Calm under pressure',
        followUpsAsked: [],
        snippet: 'Calm under pressure',
      },
    ]);
  });

  it('should leave out empty notes and notes of questions no longer in the plan', () => {
    expect(
      roomNoteViews(
        [
          note({ id: 'empty', sessionQuestionId: 'sq-1', text: '  ' }),
          note({ id: 'gone', sessionQuestionId: 'sq-9', text: 'x' }),
        ],
        questions,
      ),
    ).toEqual([]);
  });
});
