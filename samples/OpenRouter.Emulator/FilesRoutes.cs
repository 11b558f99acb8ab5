using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// Files: <c>POST /files</c> (multipart, the <c>file</c> part; its type detected from the contents like OpenRouter
/// does: PDF, PNG, JPEG or UTF-8 text), <c>GET /files</c> (pages of <c>limit</c>, continued by <c>cursor</c>),
/// <c>GET</c> and <c>DELETE /files/{file_id}</c>, and <c>GET /files/{file_id}/content</c>, which serves only files
/// created server-side (uploaded files answer 400, as OpenRouter's do). One server-side file is seeded,
/// <see cref="SeededFileId"/>. Files are kept in memory per emulator, in OpenRouter's shape; every route needs a bearer key.
/// </summary>
internal static class FilesRoutes
{
    /// <summary>The id of the seeded, downloadable file (a CSV created server-side).</summary>
    public const string SeededFileId = "or_file_emulator_export";

    /// <summary>The seeded file's bytes.</summary>
    public static byte[] SeededFileBytes { get; } = Encoding.UTF8.GetBytes("model,requests\nopenai/gpt-4o,12\nanthropic/claude-sonnet-4,7\n");

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapFilesRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var store = new Store(state.TimeProvider);
        string root = EmulatorEndpoints.Prefix + "/files";
        endpoints.MapGet(root, EmulatorEndpoints.Authorized(store.ListAsync));
        endpoints.MapPost(root, EmulatorEndpoints.Authorized(store.UploadAsync));
        endpoints.MapGet(root + "/{fileId}", EmulatorEndpoints.Authorized(store.GetAsync));
        endpoints.MapDelete(root + "/{fileId}", EmulatorEndpoints.Authorized(store.DeleteAsync));
        endpoints.MapGet(root + "/{fileId}/content", EmulatorEndpoints.Authorized(store.ContentAsync));
        return endpoints;
    }

    private sealed record StoredFile(string Id, string Filename, string MimeType, byte[] Bytes, DateTimeOffset CreatedAt, bool Downloadable)
    {
        public JsonObject ToJson() => new()
        {
            ["_shape"] = "openrouter",
            ["id"] = Id,
            ["type"] = "file",
            ["filename"] = Filename,
            ["mime_type"] = MimeType,
            ["size_bytes"] = Bytes.Length,
            ["created_at"] = CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["downloadable"] = Downloadable,
        };
    }

    private sealed class Store
    {
        private const long MaxBytes = 100L * 1024 * 1024;
        private readonly object _gate = new();
        private readonly List<StoredFile> _files = new();
        private readonly TimeProvider _time;
        private int _sequence;

        public Store(TimeProvider time)
        {
            _time = time;
            _files.Add(new StoredFile(SeededFileId, "export.csv", "text/csv", SeededFileBytes, time.GetUtcNow(), Downloadable: true));
        }

        public Task ListAsync(HttpContext context)
        {
            IQueryCollection query = context.Request.Query;
            int limit = 100;
            if (query.ContainsKey("limit") && (!int.TryParse(query["limit"], CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
            {
                return WireJson.WriteErrorAsync(context, 400, "limit must be between 1 and 1000");
            }

            int start = 0;
            if (query["cursor"].ToString() is { Length: > 0 } cursor && !(cursor.StartsWith("cur_", StringComparison.Ordinal)
                && int.TryParse(cursor.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out start)))
            {
                return WireJson.WriteErrorAsync(context, 400, "Invalid cursor");
            }

            StoredFile[] page;
            int total;
            lock (_gate)
            {
                total = _files.Count;
                page = _files.Skip(start).Take(limit).ToArray();
            }

            bool more = start + page.Length < total;
            return WireJson.WriteAsync(context, 200, new JsonObject
            {
                ["_shape"] = "openrouter",
                ["data"] = new JsonArray(page.Select(f => (JsonNode)f.ToJson()).ToArray()),
                ["cursor"] = more ? "cur_" + (start + page.Length).ToString(CultureInfo.InvariantCulture) : null,
                ["has_more"] = more,
                ["first_id"] = page.FirstOrDefault()?.Id,
                ["last_id"] = page.LastOrDefault()?.Id,
            });
        }

        public async Task UploadAsync(HttpContext context)
        {
            if (!context.Request.HasFormContentType)
            {
                await WireJson.WriteErrorAsync(context, 400, "Expected multipart/form-data with a 'file' part");
                return;
            }

            IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
            IFormFile? file = form.Files.GetFile("file");
            if (file is null)
            {
                await WireJson.WriteErrorAsync(context, 400, "The 'file' part is required");
                return;
            }

            if (file.Length == 0)
            {
                await WireJson.WriteErrorAsync(context, 400, "Empty files are rejected");
                return;
            }

            if (file.Length > MaxBytes)
            {
                await WireJson.WriteErrorAsync(context, 413, "Request payload too large");
                return;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            byte[] bytes = buffer.ToArray();
            string? mime = Detect(bytes);
            if (mime is null)
            {
                await WireJson.WriteErrorAsync(context, 400, "Unsupported file type");
                return;
            }

            StoredFile stored;
            lock (_gate)
            {
                string id = "or_file_emulator_" + (++_sequence).ToString("D6", CultureInfo.InvariantCulture);
                stored = new StoredFile(id, file.FileName, mime, bytes, _time.GetUtcNow(), Downloadable: false);
                _files.Add(stored);
            }

            await WireJson.WriteAsync(context, 200, stored.ToJson());
        }

        public Task GetAsync(HttpContext context) =>
            Find(context) is { } file ? WireJson.WriteAsync(context, 200, file.ToJson()) : NotFound(context);

        public Task DeleteAsync(HttpContext context)
        {
            StoredFile? file = Find(context);
            if (file is null)
            {
                return NotFound(context);
            }

            lock (_gate)
            {
                _files.Remove(file);
            }

            return WireJson.WriteAsync(context, 200, new JsonObject { ["_shape"] = "openrouter", ["id"] = file.Id, ["type"] = "file_deleted" });
        }

        public async Task ContentAsync(HttpContext context)
        {
            StoredFile? file = Find(context);
            if (file is null)
            {
                await NotFound(context);
                return;
            }

            if (!file.Downloadable)
            {
                await WireJson.WriteErrorAsync(context, 400, "Only files created server-side are downloadable");
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = file.Bytes.Length;
            await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
        }

        private StoredFile? Find(HttpContext context)
        {
            string id = (string)context.Request.RouteValues["fileId"]!;
            lock (_gate)
            {
                return _files.FirstOrDefault(f => f.Id == id);
            }
        }

        private static Task NotFound(HttpContext context) => WireJson.WriteErrorAsync(context, 404, "Resource not found");

        /// <summary>The type from the contents, never from the name: PDF, PNG, JPEG, or UTF-8 text.</summary>
        private static string? Detect(byte[] bytes)
        {
            if (bytes.AsSpan().StartsWith("%PDF-"u8))
            {
                return "application/pdf";
            }

            if (bytes.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }))
            {
                return "image/png";
            }

            if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
            {
                return "image/jpeg";
            }

            try
            {
                new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                return bytes.Contains((byte)0) ? null : "text/plain";
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
