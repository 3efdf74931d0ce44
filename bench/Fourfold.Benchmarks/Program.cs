using BenchmarkDotNet.Running;
using Fourfold.Benchmarks;
using Fourfold.Benchmarks.Seeding;

if (args is ["seed", ..])
{
    return await LargeDatabaseSeeder.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(AccessDecisionBenchmark).Assembly).Run(args);
return 0;
