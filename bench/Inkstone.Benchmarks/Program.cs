using BenchmarkDotNet.Running;

// Run one suite with: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*Math*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
