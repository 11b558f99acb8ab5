using System.Security.Cryptography;
using System.Text;

namespace OpenRouter.Cli.Commands;

/// <summary>
/// A file that receives a secret, readable by its owner only. The content goes into a new temporary file next to it,
/// created with mode 0600 in the same call that creates it (never readable by others, not even briefly), which then
/// replaces the target in one rename. On Windows the file gets the folder's permissions, as any file the user creates.
/// </summary>
public sealed class SecretFile
{
    private readonly bool _replace;

    private SecretFile(string path, bool replace)
    {
        Path = path;
        _replace = replace;
    }

    /// <summary>The full path of the target.</summary>
    public string Path { get; }

    /// <summary>Checks, before anything else happens, that the file can be written: its folder exists, and it does not unless <paramref name="replace"/>.</summary>
    public static SecretFile Prepare(string path, bool replace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new CliFailureException($"cannot write {path}: the folder {folder} does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new CliFailureException($"cannot write {path}: it is a folder.");
        }

        if (File.Exists(full) && !replace)
        {
            throw new CliFailureException($"{path} already exists; pass --force to replace it.");
        }

        return new SecretFile(full, replace);
    }

    /// <summary>Writes <paramref name="content"/> to the file, readable by the owner only.</summary>
    public void Write(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string folder = System.IO.Path.GetDirectoryName(Path)!;
        string temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, create))
            {
                stream.Write(Encoding.UTF8.GetBytes(content));
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliFailureException($"could not write {Path}: {e.Message}");
        }

        try
        {
            File.Move(temporary, Path, overwrite: _replace);
        }
        catch (IOException) when (!_replace && File.Exists(Path))
        {
            // Another program created the file meanwhile: the secret stays in the temporary file rather than being lost.
            throw new CliFailureException($"{Path} was created by something else meanwhile and was left alone; the key is in {temporary} (readable by you only).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliFailureException($"could not write {Path}: {e.Message}");
        }
    }
}
