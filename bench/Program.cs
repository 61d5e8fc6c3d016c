using BenchmarkDotNet.Running;
using Policy.Benchmarks.Load;

// `load` runs the proxy load harness (see Load/LoadHarness.cs); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == LoadHarness.Command) return await LoadHarness.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == IdleUpstream.Command) return await IdleUpstream.RunAsync();
if (args.Length > 0 && args[0] == UpstreamProcess.Command) return await UpstreamProcess.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(LoadHarness).Assembly).Run(args);
return 0;
