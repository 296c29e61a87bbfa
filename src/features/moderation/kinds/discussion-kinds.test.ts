import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { confirmedMember, named } from '../../../../test/support/discussions.ts';
import { describeEachEngine } from '../../../../test/support/engines.ts';
import { createTestApp, testConfig, type TestApp } from '../../../../test/support/test-app.ts';
import { discussionLimits } from '../../discussions/discussion.ts';
import { replyToThread } from '../../discussions/reply-to-thread.ts';
import { startThread } from '../../discussions/start-thread.ts';
import { findThread } from '../../discussions/index.ts';
import { postKind } from './discussion-kinds.ts';

describeEachEngine('discussion kinds', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  it('links a reported post to the page of its thread that holds it, at its anchor', async () => {
    const deps = { db: t.db, mailer: t.mailer, config: testConfig(), clock: t.clock };
    const writer = named((await confirmedMember(t.db, 'Long Talker')).id);
    const started = await startThread(deps, { kind: 'forum', theme: 'housing' }, writer, { title: 'A long thread', body: 'First', language: 'en' });
    if (started.kind !== 'started') throw new Error('the thread was refused');
    const thread = (await findThread(t.db, started.threadId))!;
    let last = '';
    for (let n = 2; n <= discussionLimits.postsPerPage + 1; n += 1) {
      const replied = await replyToThread(deps, thread, writer, `Reply ${n}`);
      if (replied.kind !== 'replied') throw new Error('a reply was refused');
      last = replied.postId;
    }
    const path = `/forums/housing/threads/${started.threadId}`;
    assert.equal((await postKind.find(t.db, started.postId))?.url, `${path}?page=1#post-${started.postId}`);
    const url = (await postKind.find(t.db, last))?.url;
    assert.equal(url, `${path}?page=2#post-${last}`);
    const page = await t.app.inject({ url: url!.replace(/#.*$/, '') });
    assert.match(page.body, new RegExp(`id="post-${last}"`), 'the linked page holds the post');
  });
});
