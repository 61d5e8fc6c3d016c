using Policy.Conformance.Model;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Running;

/// <summary>Finds and reads conformance data files (<c>*.textproto</c>).</summary>
public static class SuiteLoader
{
    /// <summary>The data file extension.</summary>
    public const string Extension = ".textproto";

    /// <summary>Reads every <c>*.textproto</c> file of a directory, sorted by name. A file that fails to parse is returned with its error.</summary>
    public static IReadOnlyList<ConformanceFile> LoadDirectory(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)];

    /// <summary>Reads one data file.</summary>
    public static ConformanceFile LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(Extension, StringComparison.Ordinal)) name = name[..^Extension.Length];
        try
        {
            return new ConformanceFile(name, path, TestFileReader.Parse(File.ReadAllText(path)), null);
        }
        catch (TextFormatException e)
        {
            return new ConformanceFile(name, path, null, $"{path}:{e.Message}");
        }
    }
}
