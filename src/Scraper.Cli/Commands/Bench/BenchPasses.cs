using Scraper.Benchmark;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>Runs the steps of a bench in order until they are done or Ctrl+C stops them; keeps the counted passes.</summary>
internal static class BenchPasses
{
    /// <returns>The counted passes that finished; a pass cut short by <paramref name="stop"/> is dropped whole.</returns>
    /// <param name="terminal">Stderr when it is a terminal: progress is one line redrawn in place there.</param>
    /// <param name="duration">--duration: each counted pass cycles the words for this long.</param>
    public static async Task<List<PassOutcome>> RunAsync(
        BenchRunner runner, IReadOnlyList<BenchStep> plan, IReadOnlyList<string> keywords, ILogger log, TextWriter? terminal, TimeSpan? duration, CancellationToken stop)
    {
        var passes = new List<PassOutcome>();
        foreach (var step in plan)
        {
            var words = step.Counted ? keywords : keywords.Take(step.Words).ToList();
            var limit = step.Counted ? duration : null;
            var progress = new PassProgress(log, step.Label, words.Count, () => runner.WordsStarted, terminal, limit);
            try
            {
                var outcome = await runner.RunPassAsync(step.Mode, step.Concurrency, words, progress, limit, stop);
                progress.Finish(outcome.Sample.WallMs, outcome.Results.Count);
                if (step.Counted)
                {
                    passes.Add(outcome with { Sample = outcome.Sample with { Round = step.Round } });
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                progress.Clear();
                log.Warning("Interrupted during {Label}: {Done} of {Total} counted passes finished", step.Label, passes.Count, plan.Count(s => s.Counted));
                break;
            }
        }

        return passes;
    }
}
