namespace Scraper.Cli.Completion;

/// <summary>The zsh completion script: the bash one, run by zsh's own bash-completion emulation (bashcompinit).</summary>
internal static class ZshScript
{
    public static string Write(CompletionModel model) =>
        "#compdef scraper\n"
        + "# scraper completion for zsh. Load it now:  source <(scraper completion zsh)\n"
        + "# or add that line to ~/.zshrc (after compinit).\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + BashScript.Write(model);
}
