using System.Text;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Sdk.IntegrationTests.Infrastructure;

/// <summary>Server steps for <see cref="ScriptedServer"/>.</summary>
public static class Reply
{
    public static Func<HttpContext, Task> Status(int status, string? body = null, params (string Name, string Value)[] headers) => async context =>
    {
        context.Response.StatusCode = status;
        foreach ((string name, string value) in headers)
        {
            context.Response.Headers.Append(name, value);
        }

        if (body is not null)
        {
            context.Response.ContentType = body.TrimStart().StartsWith('<') ? "text/html" : "application/json";
            await context.Response.WriteAsync(body);
        }
    };

    public static Func<HttpContext, Task> Completion(string content = "Hello there") => Status(200, Json.Completion(content));

    /// <summary>Sends the events (each <c>data: ...</c> or a <c>: comment</c>) one by one, flushing each, then ends the body.</summary>
    public static Func<HttpContext, Task> Sse(params string[] events) => Stream(async (response, _) =>
    {
        foreach (string e in events)
        {
            await WriteEventAsync(response, e);
        }
    });

    /// <summary>Streams with a custom script; the body ends when it returns.</summary>
    public static Func<HttpContext, Task> Stream(Func<HttpResponse, CancellationToken, Task> script) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.StartAsync();
        try
        {
            await script(context.Response, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    };

    /// <summary>Never answers until the client goes away.</summary>
    public static Func<HttpContext, Task> Stall() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>Resets the connection without an answer.</summary>
    public static Func<HttpContext, Task> Reset() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    public static async Task WriteEventAsync(HttpResponse response, string e)
    {
        string text = e.StartsWith(':') ? e + "\n\n" : "data: " + e + "\n\n";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text));
        await response.Body.FlushAsync();
    }
}
