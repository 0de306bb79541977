using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/LearningPartner.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(LearningPartner.Benchmarks.KpiQueryBenchmarks).Assembly).Run(args);
