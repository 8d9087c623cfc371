using System.Diagnostics;
using System.Text;

namespace Scraper.Tests.Cli;

/// <summary>A child's stderr, gathered as it comes, so a test can wait for a line while the child runs on.</summary>
internal sealed class StderrLines
{
    private readonly StringBuilder text = new();

    public StderrLines(Process process)
    {
        process.ErrorDataReceived += (_, e) =>
        {
            lock (text)
            {
                text.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }
}
