namespace Policy.Proxy.Tests.Support;

/// <summary>Temporary folders for config files.</summary>
internal static class TempDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "policy-proxy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be open by a process that is exiting; the temp folder is cleaned later.
        }
    }
}
