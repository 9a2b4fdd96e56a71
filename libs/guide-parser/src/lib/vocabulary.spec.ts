import {
  isContainerHeading,
  isFollowUpMarker,
  isKindLikeHeading,
  kindKeyOf,
  kindNameOf,
  slugify,
} from './vocabulary';

describe(kindKeyOf.name, () => {
  it.each([
    ['Technical Questions', 'technical'],
    ['Behavioural Interview Questions', 'behavioral'],
    ['Situation-Based Questions', 'situational'],
    ['Problem Solving Questions', 'problem-solving'],
    ['Problem-solving Questions', 'problem-solving'],
    ['Ethical and Compliance Questions', 'ethical-and-compliance'],
    ['Product Sense Questions', 'product-sense'],
    [null, 'general'],
    ['Questions', 'general'],
  ])('should normalise %p to %p', (kind, key) => {
    expect(kindKeyOf(kind)).toBe(key);
  });
});

describe(kindNameOf.name, () => {
  it.each([
    ['CLINICAL-JUDGMENT', 'Clinical judgment'],
    ['Clinical Judgment Questions', 'Clinical judgment'],
    ['Technical', 'Technical'],
    ['Technical Questions', 'Technical'],
    ['Technical Interview Questions', 'Technical'],
    ['Behavioural Interview Questions', 'Behavioral'],
    ['Problem Solving Questions', 'Problem-solving'],
    ['Ethical and Compliance Questions', 'Ethical and compliance'],
    ['SQL and Databases', 'SQL and databases'],
    [null, 'General'],
  ])('should name the kind of a %p heading %p', (heading, name) => {
    expect(kindNameOf(kindKeyOf(heading))).toBe(name);
  });

  it('should give headings that mean the same one name', () => {
    const names = [
      'Technical',
      'Technical Questions',
      'technical questions:',
      'TECHNICAL INTERVIEW QUESTIONS',
    ].map((heading) => kindNameOf(kindKeyOf(heading)));

    expect(new Set(names)).toEqual(new Set(['Technical']));
  });
});

describe(isFollowUpMarker.name, () => {
  it.each([
    'Follow-up points',
    'Follow-Up',
    'Follow-up Point',
    'Follow up questions',
    'Followups:',
  ])('should accept %p as a follow-up label', (label) => {
    expect(isFollowUpMarker(label)).toBe(true);
  });

  it('should reject a label when it only mentions follow-ups', () => {
    expect(isFollowUpMarker('How to follow up with a client')).toBe(false);
  });
});

describe(isKindLikeHeading.name, () => {
  it('should tell kinds from containers and questions when headings mention questions', () => {
    expect(isKindLikeHeading('Technical Interview Questions')).toBe(true);
    expect(isKindLikeHeading('Behavioral')).toBe(true);
    expect(isKindLikeHeading('Interview Questions and Answers')).toBe(false);
    expect(isKindLikeHeading('What are your questions?')).toBe(false);
    expect(
      isContainerHeading('Product Manager Interview Questions and Answers'),
    ).toBe(true);
  });
});

describe(slugify.name, () => {
  it('should drop diacritics and punctuation when making a slug', () => {
    expect(slugify('  Café & Bar — Manager! ')).toBe('cafe-and-bar-manager');
  });
});
