using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Scraper.Benchmarks -- --filter '*'
// Set SCRAPER_BENCH_PAGE to a real page (e.g. ../shared/dictionary-pages/macmillan-uk/love.html) to measure it.
BenchmarkSwitcher.FromAssembly(typeof(Scraper.Benchmarks.ParseBenchmarks).Assembly).Run(args);
