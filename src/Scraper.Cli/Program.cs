using Scraper.Cli;

return await ScraperApp.RunAsync(args, CliConsole.System);
