// Exercises the netstandard2.0 build of the SDK on .NET Framework / Mono against a loopback HttpListener and prints
// one "ok" line per check. Exit code 0 only when every check passed.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Sdk.MonoSmoke;

internal static class Program
{
    private const string Completion = """{"id":"gen-1","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion","created":1769672415,"choices":[{"logprobs":null,"finish_reason":"stop","native_finish_reason":"stop","index":0,"message":{"role":"assistant","content":"Hello!","refusal":null,"reasoning":null}}],"usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14,"cost":0.00005}}""";
    private const string RateLimited = """{"error":{"code":429,"message":"Provider returned error","metadata":{"provider_name":"Google","raw":"rate-limited upstream"}}}""";

    private static int s_failures;

    public static async Task<int> Main()
    {
        object[] target = typeof(OpenRouterClient).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false);
        string library = target.Length > 0 ? ((System.Runtime.Versioning.TargetFrameworkAttribute)target[0]).FrameworkName : "?";
        Console.WriteLine($"runtime: {RuntimeDescription()}; library built for {library}");
        using var server = new LoopbackServer();
        var options = new OpenRouterClientOptions { ApiKey = "sk-or-v1-mono-smoke", BaseUrl = server.BaseUrl, EnableRetries = false };
        using var client = new OpenRouterClient(options);

        await CheckAsync("unary", async () =>
        {
            ChatCompletion completion = await client.CreateChatCompletionAsync(Request("openai/gpt-4o"));
            Require(completion.Choices[0].Message.Content == "Hello!", "content");
            Require(completion.Usage?.Cost == 0.00005m, "cost");
            Require(server.LastAuthorization == "Bearer sk-or-v1-mono-smoke", "authorization header");
            return $"{completion.Model} said {completion.Choices[0].Message.Content}";
        });

        await CheckAsync("stream", async () =>
        {
            // The server sends the first chunk, then waits until the client has it before sending the rest: the
            // stream is read as it arrives, not buffered whole.
            var text = new StringBuilder();
            int chunks = 0;
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request("stream/gated")))
            {
                chunks++;
                text.Append(chunk.Choices.Count > 0 ? chunk.Choices[0].Delta?.Content : null);
                if (chunks == 1)
                {
                    server.FirstChunkSeen.TrySetResult(true);
                }
            }

            Require(chunks == 3 && text.ToString() == "Olá!", $"chunks {chunks}, text '{text}'");
            Require(server.GateOpened, "stream: the rest was sent only after a 20 s wait, so the first chunk was not read as it arrived");
            return $"{chunks} chunks, '{text}', first chunk read before the rest was sent";
        });

        await CheckAsync("error", async () =>
        {
            try
            {
                await client.CreateChatCompletionAsync(Request("rate/limited"));
                throw new InvalidOperationException("no exception");
            }
            catch (OpenRouterRateLimitException e)
            {
                Require(e.StatusCode == 429 && e.RetryAfter == TimeSpan.FromSeconds(7), $"status {e.StatusCode}, retry after {e.RetryAfter}");
                return $"{nameof(OpenRouterRateLimitException)} {e.StatusCode}, retry after {e.RetryAfter?.TotalSeconds} s";
            }
        });

        await CheckAsync("cancellation", async () =>
        {
            // A stream that never ends: cancelling while a read is blocked must end the enumeration promptly.
            using var cancel = new CancellationTokenSource();
            var watch = new Stopwatch();
            try
            {
                await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Request("stream/forever"), cancel.Token))
                {
                    watch.Start();
                    cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
                }

                throw new InvalidOperationException("the endless stream ended");
            }
            catch (OperationCanceledException)
            {
                Require(watch.Elapsed < TimeSpan.FromSeconds(10), $"cancelled after {watch.Elapsed}");
                return $"OperationCanceledException after {watch.ElapsedMilliseconds} ms";
            }
        });

        Console.WriteLine(s_failures == 0 ? "mono-smoke: all checks passed" : $"mono-smoke: {s_failures} check(s) failed");
        return s_failures == 0 ? 0 : 1;
    }

    private static ChatCompletionRequest Request(string model) =>
        new() { Model = model, Messages = { new UserMessage("Hello") } };

    private static string RuntimeDescription() =>
        Type.GetType("Mono.Runtime") is { } mono
            ? "Mono " + mono.GetMethod("GetDisplayName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)?.Invoke(null, null)
            : System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static async Task CheckAsync(string name, Func<Task<string>> body)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            Task<string> run = body();
            if (await Task.WhenAny(run, Task.Delay(Timeout.Infinite, timeout.Token)) != run)
            {
                throw new TimeoutException("the check did not finish within 30 s");
            }

            Console.WriteLine($"{name}: ok ({await run})");
        }
        catch (Exception e)
        {
            s_failures++;
            Console.WriteLine($"{name}: FAILED {e.GetType().Name}: {e.Message}");
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("unexpected " + what);
        }
    }

    internal static string ChunkEvent(string content, string? finish = null) =>
        "data: {\"id\":\"gen-2\",\"object\":\"chat.completion.chunk\",\"created\":1777319809,\"model\":\"openai/gpt-4o\",\"provider\":\"OpenAI\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + content + "\",\"role\":\"assistant\"},\"finish_reason\":" + (finish is null ? "null" : "\"" + finish + "\"") + ",\"native_finish_reason\":null,\"logprobs\":null}]}\n\n";

    /// <summary>An HttpListener on a free loopback port answering the OpenRouter paths the checks call.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();

        public LoopbackServer()
        {
            int port = FreePort();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/api/v1/");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(AcceptLoopAsync);
        }

        public Uri BaseUrl { get; }

        public string? LastAuthorization { get; private set; }

        public bool GateOpened { get; private set; }

        public TaskCompletionSource<bool> FirstChunkSeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task AcceptLoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(context));
            }
        }

        private async Task ServeAsync(HttpListenerContext context)
        {
            try
            {
                string body;
                using (var reader = new System.IO.StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    body = await reader.ReadToEndAsync();
                }

                LastAuthorization = context.Request.Headers["Authorization"];
                HttpListenerResponse response = context.Response;
                if (body.Contains("\"rate/limited\""))
                {
                    response.StatusCode = 429;
                    response.AddHeader("Retry-After", "7");
                    await WriteAsync(response, "application/json", RateLimited);
                }
                else if (body.Contains("\"stream/gated\""))
                {
                    response.ContentType = "text/event-stream";
                    response.SendChunked = true;
                    await SendAsync(response, ": OPENROUTER PROCESSING\n\n" + ChunkEvent("Olá"));
                    GateOpened = await Task.WhenAny(FirstChunkSeen.Task, Task.Delay(TimeSpan.FromSeconds(20))) == FirstChunkSeen.Task;
                    await SendAsync(response, ChunkEvent("!") + ChunkEvent("", "stop") + "data: [DONE]\n\n");
                    response.Close();
                }
                else if (body.Contains("\"stream/forever\""))
                {
                    response.ContentType = "text/event-stream";
                    response.SendChunked = true;
                    await SendAsync(response, ChunkEvent("tick"));
                    await Task.Delay(TimeSpan.FromSeconds(60));
                    response.Abort();
                }
                else
                {
                    await WriteAsync(response, "application/json", Completion);
                }
            }
            catch (Exception) when (!_listener.IsListening)
            {
            }
            catch (HttpListenerException)
            {
                // The client went away (the cancellation check).
            }
            catch (System.IO.IOException)
            {
            }
        }

        private static async Task SendAsync(HttpListenerResponse response, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            await response.OutputStream.WriteAsync(bytes, 0, bytes.Length);
            await response.OutputStream.FlushAsync();
        }

        private static async Task WriteAsync(HttpListenerResponse response, string contentType, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            response.ContentType = contentType;
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, 0, bytes.Length);
            response.Close();
        }
    }
}
