namespace Policy.Lint;

/// <summary><c>policy-lint compile POLICY -o OUT.dll</c>: writes a compiled policy assembly.</summary>
internal static class CompileCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("policy-lint: compile is not available yet");
        return 2;
    }
}
