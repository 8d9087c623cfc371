using Scraper.Cli;

// The last resort for an exception on a thread of its own, which no await brings back to ScraperApp.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
    Environment.Exit(InternalError.Report(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown error"), CliConsole.System.Error, verbose: false));

return await ScraperApp.RunAsync(args, CliConsole.System);
