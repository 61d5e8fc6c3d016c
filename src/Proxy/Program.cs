using Policy.Proxy.Cli;

return await ProxyCommandLine.RunAsync(args, Console.Out, Console.Error);
