using OpenRouter.Sdk.Internal;
using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenRouter.Sdk.Logging;

namespace OpenRouter.Sdk.Http;

/// <summary>Times one call and writes its start and end records (never its body).</summary>
internal readonly struct CallLog
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string _method;
    private readonly string _path;
    private readonly string? _model;
    private readonly long _started;

    [MethodImpl(HotPath.Options)]
    public CallLog(ILogger logger, TimeProvider time, HttpMethod method, string path, byte[]? body, bool stream)
    {
        _logger = logger;
        _time = time;
        _method = method.Method;
        _path = path;
        _started = time.GetTimestamp();
        _model = null;
        if (logger.IsEnabled(LogLevel.Information))
        {
            _model = ModelOf(body);
            OpenRouterLog.RequestStarting(logger, _method, path, _model, stream);
        }
    }

    private double ElapsedMs => _time.GetElapsedTime(_started).TotalMilliseconds;

    [MethodImpl(HotPath.Options)]
    public void Completed(int status, OpenRouterRequestState state, string? generationId)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            OpenRouterLog.RequestCompleted(_logger, _method, _path, status, Math.Max(1, state.Attempts), ElapsedMs, _model, generationId);
        }
    }

    /// <summary>Logs a failure the SDK reports as its own exception; the caller's cancellation and the client's disposal are not failures of the call.</summary>
    public void Failed(Exception failure, OpenRouterRequestState state)
    {
        if (failure is OpenRouterException exception && _logger.IsEnabled(LogLevel.Warning))
        {
            OpenRouterLog.RequestFailed(_logger, _method, _path, exception.GetType().Name, exception.StatusCode, exception.ErrorCode,
                Math.Max(1, state.Attempts), ElapsedMs, _model, exception.GenerationId);
        }
    }

    /// <summary>Reads the top-level <c>model</c> of a request body for the log, without touching anything else in it.</summary>
    private static string? ModelOf(byte[]? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isModel = reader.ValueTextEquals("model"u8);
                    if (!reader.Read())
                    {
                        return null;
                    }

                    if (isModel && reader.TokenType == JsonTokenType.String)
                    {
                        return reader.GetString();
                    }

                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
