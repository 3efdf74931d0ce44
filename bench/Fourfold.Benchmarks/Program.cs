using BenchmarkDotNet.Running;
using Fourfold.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AccessDecisionBenchmark).Assembly).Run(args);
