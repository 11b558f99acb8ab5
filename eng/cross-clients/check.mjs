// Drives the emulator through third-party clients, the official @openrouter/sdk (which validates every response
// against its schemas) and the openai package, and fails on any schema rejection, exception or wrong answer.
// Run by .ci/steps/cross-clients.sh, which installs the pinned clients next to a copy of this file.
// Environment: EMULATOR_BASE_URL (http://127.0.0.1:N/api/v1/), EMULATOR_API_KEY, EMULATOR_MANAGEMENT_KEY.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { OpenRouter } from "@openrouter/sdk";
import OpenAI from "openai";
import { runAdminChecks } from "./admin-checks.mjs";

const baseUrl = process.env.EMULATOR_BASE_URL?.replace(/\/+$/, "");
const apiKey = process.env.EMULATOR_API_KEY;
const managementKey = process.env.EMULATOR_MANAGEMENT_KEY;
if (!baseUrl || !apiKey || !managementKey) {
  console.error("cross-clients: set EMULATOR_BASE_URL, EMULATOR_API_KEY and EMULATOR_MANAGEMENT_KEY");
  process.exit(2);
}

const versionOf = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
const versions = ["@openrouter/sdk", "openai"].map((name) => `${name} ${versionOf(name)}`).join(", ");
const router = new OpenRouter({ apiKey, serverURL: baseUrl, retryConfig: { strategy: "none" } });
const admin = new OpenRouter({ apiKey: managementKey, serverURL: baseUrl, retryConfig: { strategy: "none" } });
const openai = new OpenAI({ apiKey, baseURL: baseUrl, maxRetries: 0, timeout: 20_000 });
const model = "openai/gpt-4o-mini";
const embeddingModel = "openai/text-embedding-3-small";
const imageModel = "bytedance-seed/seedream-4.5";
const videoModel = "google/veo-3.1";

const results = [];
const shared = {};
async function check(name, body) {
  const started = performance.now();
  try {
    const note = await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name}${note ? ` (${note})` : ""} [${Math.round(performance.now() - started)} ms]`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name}: ${describe(error)}`);
  }
}

function describe(error) {
  const parts = [`${error?.constructor?.name ?? "Error"}: ${error?.message ?? error}`];
  if (error?.statusCode) parts.push(`HTTP ${error.statusCode}`);
  if (error?.body) parts.push(`body ${String(error.body).slice(0, 400)}`);
  if (error?.rawValue !== undefined) parts.push(`value ${JSON.stringify(error.rawValue).slice(0, 400)}`);
  if (error?.cause) parts.push(`cause ${error.cause?.message ?? error.cause}`);
  return parts.join("; ");
}

async function rejects(promise, status, text) {
  try {
    await promise;
  } catch (error) {
    const actual = error?.statusCode ?? error?.status;
    assert.equal(actual, status, `expected HTTP ${status}, got ${describe(error)}`);
    if (text) assert.match(String(error?.body ?? error?.message), text);
    return `HTTP ${actual}`;
  }
  throw new Error(`expected HTTP ${status}, but the call succeeded`);
}

console.log(`cross-clients: ${versions} against ${baseUrl}`);
const started = performance.now();

// ---- @openrouter/sdk: every response passes through its zod schemas.
// Not called: stt.createTranscriptionMultipart and openai's audio.transcriptions (the emulator takes transcriptions as
// JSON with base64 input_audio only, not multipart uploads), openai's images.generate (it posts to
// /images/generations, which OpenRouter does not serve; images are POST /images), and betaResponses.send (the same
// POST /responses operation as responses.send).
await check("openrouter-sdk chat (unary)", async () => {
  const result = await router.chat.send({ chatRequest: { model, messages: [{ role: "user", content: "hello from the official sdk" }] } });
  assert.equal(result.choices[0].message.content, "hello from the official sdk");
  assert.equal(result.choices[0].finishReason, "stop");
  assert.ok(result.usage.totalTokens > 0 && result.usage.cost > 0, "usage with cost");
  shared.generationId = result.id;
  return result.id;
});

await check("openrouter-sdk chat (streamed)", async () => {
  const stream = await router.chat.send({ chatRequest: { model, stream: true, messages: [{ role: "user", content: "streamed through the sdk" }] } });
  let text = "";
  let usage;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    text += chunk.choices[0]?.delta?.content ?? "";
    usage = chunk.usage ?? usage;
  }
  assert.equal(text, "streamed through the sdk");
  assert.ok(usage?.completionTokens > 0, "the last chunk carries usage");
  return `${chunks} chunks`;
});

await check("openrouter-sdk models.list (full list)", async () => {
  const page = await router.models.list();
  assert.ok(page.result.data.length >= 8);
  assert.equal(page.result.totalCount, page.result.data.length);
  assert.equal(page.result.links.next, null);
  shared.modelCount = page.result.data.length;
  shared.details = page.result.data.find((m) => m.id === model).links.details;
  return `${page.result.data.length} models`;
});

await check("openrouter-sdk models.list (paged, limit 5)", async () => {
  const ids = [];
  let pages = 0;
  for await (const page of await router.models.list({ limit: 5 })) {
    pages++;
    assert.ok(pages <= 50, "the pager must end");
    assert.equal(page.result.totalCount, shared.modelCount);
    ids.push(...page.result.data.map((m) => m.id));
  }
  assert.equal(ids.length, shared.modelCount, "every model once");
  assert.equal(new Set(ids).size, ids.length, "no model twice");
  return `${pages} pages`;
});

await check("openrouter-sdk endpoints.list (the model's links.details)", async () => {
  const [, author, slug] = shared.details.match(/\/models\/([^/]+)\/([^/]+)\/endpoints$/);
  const result = await router.endpoints.list({ author, slug });
  assert.equal(result.data.id, model);
  assert.ok(result.data.endpoints.length > 0);
  assert.equal(result.data.endpoints[0].providerName, "Emulator");
  return `${author}/${slug}`;
});

await check("openrouter-sdk providers.list", async () => {
  const result = await router.providers.list();
  assert.ok(result.data.some((p) => p.slug === "emulator"));
  return `${result.data.length} providers`;
});

await check("openrouter-sdk generations.getGeneration", async () => {
  const result = await router.generations.getGeneration({ id: shared.generationId });
  assert.equal(result.data.id, shared.generationId);
  assert.equal(result.data.model, model);
  assert.ok(result.data.totalCost > 0);
});

await check("openrouter-sdk apiKeys.getCurrentKeyMetadata", async () => {
  const result = await router.apiKeys.getCurrentKeyMetadata();
  assert.equal(result.data.isManagementKey, false);
  assert.ok(result.data.usage > 0, "the key's usage counts what was served");
  assert.ok(!result.data.label.includes(apiKey.slice(12, -4)), "the label does not reveal the key");
  return result.data.label;
});

await check("openrouter-sdk credits.getCredits (management key)", async () => {
  const result = await admin.credits.getCredits();
  assert.ok(result.data.totalCredits > 0 && result.data.totalUsage > 0);
  return `${result.data.totalUsage} of ${result.data.totalCredits} USD used`;
});

await check("openrouter-sdk credits.getCredits (inference key) is refused", () =>
  rejects(router.credits.getCredits(), 403, /Only management keys/));

await check("openrouter-sdk embeddings.generate", async () => {
  const result = await router.embeddings.generate({ requestBody: { model: embeddingModel, input: ["alpha", "beta", "alpha"] } });
  assert.equal(result.data.length, 3);
  assert.deepEqual(result.data[0].embedding, result.data[2].embedding, "the same text gives the same vector");
  assert.notDeepEqual(result.data[0].embedding, result.data[1].embedding);
  assert.ok(result.usage.promptTokens > 0);
  shared.alpha = result.data[0].embedding;
  return `${result.data[0].embedding.length} dimensions`;
});

await check("openrouter-sdk models.get", async () => {
  const result = await router.models.get({ author: "openai", slug: "gpt-4o-mini" });
  assert.equal(result.data.id, model);
  return result.data.name;
});

await check("openrouter-sdk models.count", async () => {
  const result = await router.models.count();
  assert.equal(result.data.count, shared.modelCount, "the same catalog as /models");
  return `${result.data.count} models`;
});

await check("openrouter-sdk models.listForUser", async () => {
  const ids = [];
  for await (const page of await router.models.listForUser({ bearer: apiKey })) ids.push(...page.result.data.map((m) => m.id));
  assert.ok(ids.includes(model));
  assert.ok(!ids.includes(embeddingModel), "text models by default");
  return `${ids.length} models`;
});

await check("openrouter-sdk endpoints.listZdrEndpoints", async () => {
  const result = await router.endpoints.listZdrEndpoints();
  assert.ok(Array.isArray(result.data));
  return `${result.data.length} endpoints`;
});

await check("openrouter-sdk embeddings.listModels", async () => {
  const ids = [];
  for await (const page of await router.embeddings.listModels()) ids.push(...page.result.data.map((m) => m.id));
  assert.ok(ids.includes(embeddingModel));
  return `${ids.length} models`;
});

await check("openrouter-sdk generations.listGenerationContent", async () => {
  // Served generations keep no content (input and output logging is off), so this reads the emulator's example one.
  const result = await router.generations.listGenerationContent({ id: "gen-emulator-content-example" });
  assert.ok(result.data);
  return JSON.stringify(result.data).slice(0, 80);
});

await check("openrouter-sdk generations.submitFeedback (management key)", async () => {
  const result = await admin.generations.submitFeedback({ submitGenerationFeedbackRequest: { generationId: shared.generationId, category: "formatting", comment: "checked by a third-party client" } });
  assert.ok(result);
  return JSON.stringify(result).slice(0, 80);
});

await check("openrouter-sdk datasets.getSessionCost", async () => {
  let rows = 0;
  let pages = 0;
  for await (const page of await router.datasets.getSessionCost({ limit: 5 })) {
    assert.ok(++pages <= 50, "the pager must end");
    rows += page.result.data.length;
  }
  assert.ok(pages > 1 && rows > 5, "more than one page of 5");
  return `${rows} rows in ${pages} pages`;
});

await check("openrouter-sdk datasets.getAppRankings", async () => {
  let rows = 0;
  let pages = 0;
  for await (const page of await router.datasets.getAppRankings({ limit: 5 })) {
    assert.ok(++pages <= 50, "the pager must end");
    rows += page.result.data.length;
  }
  assert.ok(rows > 0);
  return `${rows} rows`;
});

await check("openrouter-sdk datasets.getRankingsDaily", async () => {
  const result = await router.datasets.getRankingsDaily();
  assert.ok(result.data.length > 0 && result.meta);
  return `${result.data.length} rows`;
});

await check("openrouter-sdk benchmarks.getBenchmarks", async () => {
  const result = await router.benchmarks.getBenchmarks();
  assert.ok(result.data.length > 0 && result.meta);
  return `${result.data.length} scores`;
});

await check("openrouter-sdk classifications.getTaskClassifications", async () => {
  const result = await router.classifications.getTaskClassifications();
  assert.ok(Object.keys(result.data).length > 0);
  return Object.keys(result.data).join(", ");
});

await check("openrouter-sdk images.generate", async () => {
  const result = await router.images.generate({ imageGenerationRequest: { model: imageModel, prompt: "a lighthouse" } });
  assert.ok(result.data.length >= 1);
  return JSON.stringify(result).slice(0, 80);
});

await check("openrouter-sdk images.listModels", async () => {
  const result = await router.images.listModels();
  assert.ok(result.data.some((m) => m.id === imageModel));
});

await check("openrouter-sdk images.listModelEndpoints", async () => {
  const [author, slug] = imageModel.split("/");
  const result = await router.images.listModelEndpoints({ author, slug });
  assert.equal(result.id, imageModel);
  assert.ok(result.endpoints.length > 0);
  return `${result.endpoints.length} endpoints`;
});

await check("openrouter-sdk tts.createSpeech", async () => {
  const stream = await router.tts.createSpeech({ speechRequest: { model: "openai/gpt-4o-mini-tts", input: "hello", voice: "alloy", responseFormat: "mp3" } });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  assert.ok(bytes.length > 0);
  return `${bytes.length} bytes`;
});

await check("openrouter-sdk stt.createTranscription", async () => {
  const result = await router.stt.createTranscription({ sttRequest: { model: "openai/whisper-1", inputAudio: { data: Buffer.from("RIFF....WAVEfmt ").toString("base64"), format: "wav" } } });
  assert.equal(result.text, "RIFF....WAVEfmt ", "the emulator transcribes the audio bytes as text");
  return result.text;
});

await check("openrouter-sdk rerank.rerank", async () => {
  const result = await router.rerank.rerank({ requestBody: { model: "cohere/rerank-v3.5", query: "apple", documents: ["banana bread", "apple pie", "cherry"] } });
  assert.equal(result.results.length, 3);
  return JSON.stringify(result.results[0]).slice(0, 80);
});

await check("openrouter-sdk videoGeneration (generate, poll, content, models)", async () => {
  const job = await router.videoGeneration.generate({ videoGenerationRequest: { model: videoModel, prompt: "waves" } });
  let status = job;
  for (let i = 0; i < 10 && status.status !== "completed"; i++) status = await router.videoGeneration.getGeneration({ jobId: job.id });
  assert.equal(status.status, "completed");
  const bytes = new Uint8Array(await new Response(await router.videoGeneration.getVideoContent({ jobId: job.id, index: 0 })).arrayBuffer());
  assert.ok(bytes.length > 1000);
  const models = await router.videoGeneration.listVideosModels();
  assert.ok(models.data.some((m) => m.id === videoModel));
  return `${bytes.length} bytes`;
});

await check("openrouter-sdk files (upload, list, retrieve, delete)", async () => {
  const uploaded = await router.files.upload({ requestBody: { file: new Blob(["hello file"], { type: "text/plain" }) } });
  const ids = [];
  for await (const page of await router.files.list()) ids.push(...page.result.data.map((f) => f.id));
  assert.ok(ids.includes(uploaded.id));
  const retrieved = await router.files.retrieve({ fileId: uploaded.id });
  assert.equal(retrieved.id, uploaded.id);
  await rejects(router.files.download({ fileId: uploaded.id }), 400, /created server-side/);
  const deleted = await router.files.delete({ fileId: uploaded.id });
  assert.equal(deleted.id, uploaded.id);
  assert.equal(deleted.type, "file_deleted");
  return uploaded.id;
});

await check("openrouter-sdk files.download (a file created server-side)", async () => {
  const bytes = new Uint8Array(await new Response(await router.files.download({ fileId: "or_file_emulator_export" })).arrayBuffer());
  assert.ok(bytes.length > 0);
  return `${bytes.length} bytes`;
});

await check("openrouter-sdk responses.send (unary)", async () => {
  const result = await router.responses.send({ responsesRequest: { model, input: "hello from responses" } });
  assert.equal(result.status, "completed");
  assert.equal(result.output[0].content[0].text, "hello from responses");
  assert.ok(result.usage.totalTokens > 0);
  return JSON.stringify(result.output).slice(0, 80);
});

await check("openrouter-sdk responses.send (streamed)", async () => {
  const stream = await router.responses.send({ responsesRequest: { model, input: "streamed responses", stream: true } });
  const types = [];
  let text = "";
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === "response.output_text.delta") text += event.delta;
  }
  assert.equal(text, "streamed responses");
  assert.equal(types.at(-1), "response.completed");
  assert.ok(!types.includes("UNKNOWN"), "every event passes the schemas");
  return `${types.length} events`;
});

await check("openrouter-sdk chat with an unknown model is a 400", () =>
  rejects(router.chat.send({ chatRequest: { model: "nobody/no-such-model", messages: [{ role: "user", content: "hi" }] } }), 400, /is not a valid model ID/));

// ---- openai: the most common OpenAI-compatible client.
await check("openai chat.completions.create (unary)", async () => {
  const completion = await openai.chat.completions.create({ model, messages: [{ role: "user", content: "hello from openai" }] });
  assert.equal(completion.choices[0].message.content, "hello from openai");
  assert.ok(completion.usage.total_tokens > 0);
});

await check("openai chat.completions.create (streamed)", async () => {
  const stream = await openai.chat.completions.create({ model, stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "streamed through openai" }] });
  let text = "";
  let usage;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? "";
    usage = chunk.usage ?? usage;
  }
  assert.equal(text, "streamed through openai");
  assert.ok(usage?.completion_tokens > 0);
});

await check("openai chat stream with a mid-stream error surfaces it", async () => {
  const stream = await openai.chat.completions.create({ model: "emulator/mid-stream-error", stream: true, messages: [{ role: "user", content: "one two three four" }] });
  try {
    for await (const _ of stream) {
      // drain
    }
  } catch (error) {
    assert.match(String(error.message), /disconnected/);
    return error.constructor.name;
  }
  throw new Error("the stream ended without the error");
});

await check("openai models.list", async () => {
  const ids = [];
  for await (const m of openai.models.list()) ids.push(m.id);
  assert.equal(ids.length, shared.modelCount);
  assert.ok(ids.includes(model));
});

await check("openai embeddings.create (base64, the client's default)", async () => {
  const result = await openai.embeddings.create({ model: embeddingModel, input: "alpha" });
  // base64 carries float32s; the float form prints each float32 in its shortest decimal form.
  assert.deepEqual(Array.from(result.data[0].embedding), shared.alpha.map(Math.fround), "the same vector as the float form");
  return `${result.data[0].embedding.length} dimensions`;
});

await check("openai embeddings.create (float, 8 dimensions)", async () => {
  const result = await openai.embeddings.create({ model: embeddingModel, input: ["a", "b"], encoding_format: "float", dimensions: 8 });
  assert.equal(result.data.length, 2);
  assert.equal(result.data[1].embedding.length, 8);
});

await check("openai responses.create (unary)", async () => {
  const response = await openai.responses.create({ model, input: "hello from openai responses" });
  assert.equal(response.status, "completed");
  assert.equal(response.output_text, "hello from openai responses");
  assert.ok(response.usage.total_tokens > 0);
});

await check("openai responses.create (streamed)", async () => {
  const stream = await openai.responses.create({ model, stream: true, input: "streamed openai responses" });
  let text = "";
  let completed;
  for await (const event of stream) {
    if (event.type === "response.output_text.delta") text += event.delta;
    if (event.type === "response.completed") completed = event.response;
  }
  assert.equal(text, "streamed openai responses");
  assert.equal(completed?.status, "completed");
});

await check("openai audio.speech.create", async () => {
  const response = await openai.audio.speech.create({ model: "openai/gpt-4o-mini-tts", voice: "alloy", input: "hello", response_format: "mp3" });
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.ok(bytes.length > 0);
  return `${bytes.length} bytes`;
});

await check("openai chat with nonsense parameters is a 400", () =>
  rejects(openai.chat.completions.create({ model, temperature: "hot", messages: [{ role: "user", content: "hi" }] }), 400));

// ---- administration through the official SDK (admin-checks.mjs).
await runAdminChecks({ check, rejects, assert, admin, router, model });

// ---- plain fetch: what the clients do not show.
await check("fetch: /models needs no key, bodies start with whitespace padding", async () => {
  const response = await fetch(`${baseUrl}/models?limit=1`);
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.match(text, /^\s+\{/);
  assert.equal(JSON.parse(text).data.length, 1);
});

// ---- Presets from inference requests and the Anthropic Messages API (the official SDK has no messages method: fetch).
await check("openrouter-sdk presets.createPresetsMessages (management key)", async () => {
  const result = await admin.presets.createPresetsMessages({
    slug: "cross-messages",
    messagesRequest: { model: "anthropic/claude-4.6-sonnet", maxTokens: 1024, system: "You are a helpful assistant.", messages: [{ role: "user", content: "Hello!" }] },
  });
  assert.equal(result.data.slug, "cross-messages");
  assert.equal(result.data.designatedVersion?.systemPrompt, "You are a helpful assistant.");
  assert.equal(result.data.designatedVersion?.config?.model, "anthropic/claude-4.6-sonnet");
  return `version ${result.data.designatedVersion?.version}`;
});

await check("openrouter-sdk presets.createPresetsChatCompletions and createPresetsResponses add versions", async () => {
  const chat = await admin.presets.createPresetsChatCompletions({
    slug: "cross-messages",
    chatRequest: { model, temperature: 0.3, messages: [{ role: "system", content: "Be terse." }, { role: "user", content: "x" }] },
  });
  const responses = await admin.presets.createPresetsResponses({
    slug: "cross-messages",
    responsesRequest: { model, instructions: "Answer in French.", input: "x" },
  });
  assert.equal(chat.data.designatedVersion?.version, 2);
  assert.equal(chat.data.designatedVersion?.systemPrompt, "Be terse.");
  assert.equal(responses.data.designatedVersion?.version, 3);
  assert.equal(responses.data.designatedVersion?.systemPrompt, "Answer in French.");
});

await check("fetch: POST /messages (unary, Anthropic's shape)", async () => {
  const response = await fetch(`${baseUrl}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model, max_tokens: 100, messages: [{ role: "user", content: "hello from messages" }] }),
  });
  assert.equal(response.status, 200);
  const message = await response.json();
  assert.equal(message.type, "message");
  assert.equal(message.role, "assistant");
  assert.equal(message.content[0].type, "text");
  assert.equal(message.content[0].text, "hello from messages");
  assert.equal(message.stop_reason, "end_turn");
  assert.ok(message.usage.input_tokens > 0 && message.usage.output_tokens > 0);
});

await check("fetch: POST /messages (streamed, event: lines)", async () => {
  const response = await fetch(`${baseUrl}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model, max_tokens: 100, stream: true, messages: [{ role: "user", content: "streamed messages" }] }),
  });
  assert.equal(response.status, 200);
  const events = (await response.text()).split("\n\n").filter((block) => block.startsWith("event: ")).map((block) => {
    const [eventLine, dataLine] = block.split("\n");
    const data = JSON.parse(dataLine.slice("data: ".length));
    assert.equal(eventLine.slice("event: ".length), data.type, "the event: line names the data's type");
    return data;
  });
  assert.equal(events[0].type, "message_start");
  assert.equal(events.at(-1).type, "message_stop");
  const text = events.filter((e) => e.type === "content_block_delta").map((e) => e.delta.text).join("");
  assert.equal(text, "streamed messages");
  assert.equal(events.find((e) => e.type === "message_delta")?.delta.stop_reason, "end_turn");
  return `${events.length} events`;
});

const failed = results.filter((r) => !r.ok).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(failed === 0
  ? `cross-clients: all ${results.length} checks passed in ${seconds} s (${versions})`
  : `cross-clients: ${failed} of ${results.length} checks FAILED in ${seconds} s (${versions})`);
process.exit(failed === 0 ? 0 : 1);
