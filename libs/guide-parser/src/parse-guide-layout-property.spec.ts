import fc from 'fast-check';

import { abstractGuide, guideLayout } from './__fixtures__/guide-arbitraries';
import {
  expectedQuestions,
  parsedQuestions,
  renderGuide,
} from './__fixtures__/render-guide';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  it('should yield the same questions, answers and follow-ups when one guide is written in any of the layouts', () => {
    fc.assert(
      fc.property(abstractGuide, guideLayout, (guide, layout) => {
        const { text, numbers } = renderGuide(guide, layout);
        const sut = parseGuide(text);

        expect(parsedQuestions(sut)).toEqual(expectedQuestions(guide, numbers));
        expect(sut.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('should read the role requirements as profile items and not as questions when they are a numbered list of bold labels', () => {
    fc.assert(
      fc.property(abstractGuide, guideLayout, (guide, layout) => {
        fc.pre(guide.requirements.length > 0);
        const sut = parseGuide(renderGuide(guide, layout).text);
        const section = sut.profile.sections.find(
          (entry) => entry.title === 'Role Requirements',
        );

        expect(section?.items).toEqual(
          guide.requirements.map((requirement) => ({
            label: requirement.label,
            details: [requirement.text],
          })),
        );
      }),
      { numRuns: 100 },
    );
  });
});
