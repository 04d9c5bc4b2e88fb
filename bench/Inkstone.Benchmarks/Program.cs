using BenchmarkDotNet.Running;

// Run one suite with: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*Math*'
if (args.Length == 2 && args[0] == "--highlight-cost")
{
    Inkstone.Benchmarks.Building.HighlightCostReport.Run(args[1]);
    return;
}

if (args.Length is 2 or 3 && args[0] == "--language-set-cost")
{
    Inkstone.Benchmarks.Building.LanguageSetCostReport.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length == 2 && args[0] == "--reload-latency")
{
    await Inkstone.Benchmarks.Building.ReloadLatencyReport.RunAsync(args[1]);
    return;
}

if (args.Length is 2 or 3 && args[0] == "--rebuild-cost")
{
    Inkstone.Benchmarks.Building.RebuildCostReport.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

if (args.Length == 2 && args[0] == "--search-cost")
{
    Inkstone.Benchmarks.Building.SearchCostReport.Run(args[1]);
    return;
}

if (args.Length == 3 && args[0] == "--related-cost")
{
    Inkstone.Benchmarks.Building.RelatedCostReport.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 2 && args[0] == "--social-card-cost")
{
    Inkstone.Benchmarks.Building.SocialCardCostReport.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
