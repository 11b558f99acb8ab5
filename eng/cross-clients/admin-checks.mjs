// The administration operations through the official @openrouter/sdk (which validates every response against its
// schemas): API keys, guardrails, workspaces (members, budgets), BYOK, presets, organization, observability and
// analytics, with the management key; and the management key refused on an inference route, as OpenRouter does.
// Imported by check.mjs, which passes its helpers.
export async function runAdminChecks({ check, rejects, assert, admin, router, model }) {
  const state = {};

  await check("sdk apiKeys.create / get / list / update / delete", async () => {
    const created = await admin.apiKeys.create({ requestBody: { name: "cross-client", limit: 5, limitReset: "monthly" } });
    assert.match(created.key, /^sk-or-v1-/);
    const hash = created.data.hash;
    state.keyHash = hash;
    const got = await admin.apiKeys.get({ hash });
    assert.equal(got.data.name, "cross-client");
    assert.equal(got.data.limit, 5);
    const listed = await admin.apiKeys.list();
    assert.ok(listed.data.some((k) => k.hash === hash), "the new key is listed");
    const updated = await admin.apiKeys.update({ hash, requestBody: { name: "renamed", disabled: true } });
    assert.equal(updated.data.name, "renamed");
    assert.equal(updated.data.disabled, true);
    return `hash ${hash.slice(0, 8)}…`;
  });

  await check("sdk guardrails.create / get / update / bulkAssignKeys / listGuardrailKeyAssignments / delete", async () => {
    const created = await admin.guardrails.create({ createGuardrailRequest: { name: "cross-client", limitUsd: 25, resetInterval: "monthly", allowedProviders: ["openai"] } });
    const id = created.data.id;
    const got = await admin.guardrails.get({ id });
    assert.equal(got.data.name, "cross-client");
    assert.equal(got.data.limitUsd, 25);
    const updated = await admin.guardrails.update({ id, updateGuardrailRequest: { description: "set by the cross-client check" } });
    assert.equal(updated.data.description, "set by the cross-client check");
    const assigned = await admin.guardrails.bulkAssignKeys({ id, bulkAssignKeysRequest: { keyHashes: [state.keyHash] } });
    assert.equal(assigned.assignedCount, 1);
    let assignments = 0;
    for await (const page of await admin.guardrails.listGuardrailKeyAssignments({ id })) assignments += page.result.data.length;
    assert.equal(assignments, 1);
    let listed = 0;
    for await (const page of await admin.guardrails.list()) listed += page.result.data.length;
    assert.ok(listed >= 1);
    const deleted = await admin.guardrails.delete({ id });
    assert.equal(deleted.deleted, true);
  });

  await check("sdk workspaces.create / get / update / listMembers / setBudget / getBudget / delete", async () => {
    const created = await admin.workspaces.create({ createWorkspaceRequest: { name: "Cross client", slug: "cross-client", description: "emulated" } });
    const id = created.data.id;
    const got = await admin.workspaces.get({ id: "cross-client" });
    assert.equal(got.data.id, id, "a workspace is found by slug too");
    const updated = await admin.workspaces.update({ id, updateWorkspaceRequest: { description: "updated" } });
    assert.equal(updated.data.description, "updated");
    let members = 0;
    for await (const page of await admin.workspaces.listMembers({ id })) members += page.result.data.length;
    const budget = await admin.workspaces.setBudget({ workspaceRef: id, interval: "monthly", upsertWorkspaceBudgetRequest: { limitUsd: 40 } });
    assert.equal(budget.data.limitUsd, 40);
    const read = await admin.workspaces.getBudget({ workspaceRef: id, interval: "monthly" });
    assert.equal(read.data.limitUsd, 40);
    const deleted = await admin.workspaces.delete({ id });
    assert.equal(deleted.deleted, true);
    return `${members} members`;
  });

  await check("sdk byok.create / get / list / delete", async () => {
    const created = await admin.byok.create({ createBYOKKeyRequest: { provider: "openai", key: "sk-provider-secret-0123456789", name: "cross-client" } });
    const id = created.data.id;
    assert.ok(!JSON.stringify(created).includes("sk-provider-secret-0123456789"), "the provider key is not echoed");
    const got = await admin.byok.get({ id });
    assert.equal(got.data.name, "cross-client");
    let listed = 0;
    for await (const page of await admin.byok.list()) listed += page.result.data.length;
    assert.ok(listed >= 1);
    const deleted = await admin.byok.delete({ id });
    assert.equal(deleted.deleted, true);
  });

  await check("sdk presets.list, organization.listMembers, observability.list", async () => {
    let presets = 0;
    for await (const page of await admin.presets.list()) presets += page.result.data.length;
    let members = 0;
    for await (const page of await admin.organization.listMembers()) members += page.result.data.length;
    let destinations = 0;
    for await (const page of await admin.observability.list()) destinations += page.result.data.length;
    return `${presets} presets, ${members} members, ${destinations} destinations`;
  });

  await check("sdk analytics.getUserActivity / getAnalyticsMeta", async () => {
    const activity = await admin.analytics.getUserActivity();
    assert.ok(Array.isArray(activity.data));
    assert.ok(activity.data.some((row) => row.model === model), "the chats of this run are in today's activity");
    const meta = await admin.analytics.getAnalyticsMeta();
    assert.ok(meta.data);
  });

  await check("sdk apiKeys.delete", async () => {
    const deleted = await admin.apiKeys.delete({ hash: state.keyHash });
    assert.equal(deleted.deleted, true);
    await rejects(admin.apiKeys.get({ hash: state.keyHash }), 404);
  });

  await check("an inference key on a management route is a 403", () => rejects(router.apiKeys.list(), 403, /management/i));

  await check("the management key on chat is a 403", () =>
    rejects(admin.chat.send({ chatRequest: { model, messages: [{ role: "user", content: "hi" }] } }), 403, /Management keys cannot be used for inference/));
}
