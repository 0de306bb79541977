using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/LearningPartner.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/LearningPartner.Benchmarks -- --load-database <path>   (used by bench/load.sh)
if (args is ["--load-database", var path])
{
    await LearningPartner.Benchmarks.LoadDatabase.BuildAsync(path);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LearningPartner.Benchmarks.KpiQueryBenchmarks).Assembly).Run(args);
