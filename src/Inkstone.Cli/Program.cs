using Inkstone.Cli;

return await CommandLine.RunAsync(args, new ConsoleEnvironment(), CancellationToken.None);
