import { BadRequestException } from '@nestjs/common';

import { LINK_ID_MESSAGE, linkIdPipe } from './link-id.pipe';

describe(linkIdPipe.name, () => {
  it('should pass a UUID through and refuse anything else in words a person understands', async () => {
    const sut = linkIdPipe();
    const id = '3f2a1b4c-0000-4000-8000-00000000c1d9';

    await expect(sut.transform(id, { type: 'param', data: 'id' })).resolves.toBe(id);
    const refusal = sut.transform('3f2a1b4c-0000', { type: 'param', data: 'id' });
    await expect(refusal).rejects.toBeInstanceOf(BadRequestException);
    await expect(refusal).rejects.toThrow(LINK_ID_MESSAGE);
  });
});
