using System.ComponentModel;
using System.Diagnostics;

namespace OpenRouter.Cli;

/// <summary>Opens an address in the default browser: the shell on Windows, <c>open</c> on macOS, <c>xdg-open</c> elsewhere.</summary>
public static class SystemBrowser
{
    /// <summary>
    /// Runs the opener in the background with its input and output on /dev/null, so nothing the browser prints can
    /// land in the CLI's output (which may be the key); exits 127 when there is no opener.
    /// </summary>
    private const string OpenScript = "command -v \"$1\" >/dev/null 2>&1 || exit 127; \"$1\" \"$2\" </dev/null >/dev/null 2>&1 &";

    /// <summary>Whether this machine can show a browser: always on Windows and macOS, elsewhere only with a graphical session.</summary>
    public static bool IsAvailable =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));

    /// <summary>Starts the browser on <paramref name="uri"/>; false when there is none or it could not be started.</summary>
    public static bool TryOpen(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!IsAvailable)
        {
            return false;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                using Process? shell = Process.Start(new ProcessStartInfo(uri.AbsoluteUri) { UseShellExecute = true });
                return shell is not null;
            }

            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            foreach (string argument in new[] { "-c", OpenScript, "sh", OperatingSystem.IsMacOS() ? "open" : "xdg-open", uri.AbsoluteUri })
            {
                start.ArgumentList.Add(argument);
            }

            using Process? process = Process.Start(start);
            return process is not null && process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode == 0;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
