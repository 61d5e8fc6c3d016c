using Policy.Conformance.Cli;

namespace Policy.Conformance;

/// <summary>
/// The console entry point: <c>dotnet run --project tests/Conformance -- [--backend interpreter|compiled] [--report FILE] DIR...</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => ConsoleCommand.Run(args, Console.Out, Console.Error);
}
