using Scraper.Output;
using Scraper.Results;
using Scraper.Resume;
using static Scraper.Tests.Resume.ResultFile;

namespace Scraper.Tests.Resume;

public sealed class ResumeFileTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jsonl_words_with_a_final_status_are_done_and_the_failed_or_blocked_lines_of_the_run_are_cut()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Jsonl);
        var love = Result("love", LookupStatus.Found);
        var jumblish = Result("jumblish", LookupStatus.NotFound);
        var drift = Result("drift", LookupStatus.Empty);
        await file.WriteAsync(love, Result("gone", LookupStatus.Failed), jumblish, Result("shut", LookupStatus.Blocked), drift);

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Jsonl, ["love", "gone", "jumblish", "shut", "drift"], Cancellation);

        // Assert
        Assert.Equal(await RenderAsync(ResultFormat.Jsonl, love, jumblish, drift), file.Text);
        Assert.Equal(3, state.Done);
        Assert.Equal(2, state.Retried);
        Assert.True(state.TryGetDone("jumblish", out var status));
        Assert.Equal(LookupStatus.NotFound, status);
        Assert.False(state.TryGetDone("gone", out _));
        Assert.False(state.TryGetDone("shut", out _));
        Assert.Equal(0, state.TornBytes);
    }

    [Fact]
    public async Task Jsonl_a_line_a_crash_left_half_written_is_cut_and_its_word_is_not_done()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Jsonl);
        var love = Result("love", LookupStatus.Found);
        await file.WriteAsync(love);
        var torn = (await RenderAsync(ResultFormat.Jsonl, Result("hello", LookupStatus.Found)))[..40];
        await file.AppendAsync(torn);

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Jsonl, ["love", "hello"], Cancellation);

        // Assert
        Assert.Equal(await RenderAsync(ResultFormat.Jsonl, love), file.Text);
        Assert.Equal(40, state.TornBytes);
        Assert.True(state.TryGetDone("love", out _));
        Assert.False(state.TryGetDone("hello", out _));
    }

    [Fact]
    public async Task Jsonl_keeps_a_failed_word_that_is_not_in_the_run_and_cuts_a_second_copy_of_a_done_word()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Jsonl);
        var love = Result("love", LookupStatus.Found);
        var other = Result("other", LookupStatus.Failed);
        await file.WriteAsync(love, other, Result("LOVE", LookupStatus.Found));

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Jsonl, ["Love"], Cancellation);

        // Assert
        Assert.Equal(await RenderAsync(ResultFormat.Jsonl, love, other), file.Text);
        Assert.True(state.TryGetDone("Love", out _));
        Assert.Equal(0, state.Retried);
    }

    [Theory]
    [InlineData("not json at all\n")]
    [InlineData("{\"keyword\":\"love\"}\n")]
    [InlineData("{\"keyword\":\"love\",\"status\":\"lost\"}\n")]
    [InlineData("{\"keyword\":\"love\",\"status\":\"found\"} {}\n")]
    public async Task Jsonl_a_whole_line_that_is_not_a_result_is_refused_and_the_file_left_as_it_was(string line)
    {
        using var file = new ResultFile(ResultFormat.Jsonl);
        await file.WriteAsync(Result("gone", LookupStatus.Failed));
        await file.AppendAsync(line);
        var before = file.Text;

        var error = await Assert.ThrowsAsync<ResumeFileException>(() => ResumeFile.PrepareAsync(file.Path, ResultFormat.Jsonl, ["gone"], Cancellation));

        Assert.Equal("line 2 is not a result (a JSON object with a keyword and a status)", error.Message);
        Assert.Equal(before, file.Text);
    }

    [Fact]
    public async Task Csv_cuts_the_last_word_even_when_its_rows_end_whole_since_more_of_them_may_have_been_lost()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Csv);
        var love = Result("love", LookupStatus.Found);
        await file.WriteAsync(love, Result("hello", LookupStatus.Found));

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Csv, ["love", "hello"], Cancellation);

        // Assert
        Assert.Equal(await RenderAsync(ResultFormat.Csv, love), file.Text);
        Assert.True(state.LastWordCut);
        Assert.True(state.TryGetDone("love", out _));
        Assert.False(state.TryGetDone("hello", out _));
    }

    [Fact]
    public async Task Csv_a_word_cut_off_mid_row_loses_all_its_rows_and_the_torn_row()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Csv);
        var love = Result("love", LookupStatus.Found);
        var gone = Result("gone", LookupStatus.Failed);
        var jumblish = Result("jumblish", LookupStatus.NotFound);
        await file.WriteAsync(love, gone, jumblish);
        var hello = await RenderAsync(ResultFormat.Csv, Result("hello", LookupStatus.Found));
        var helloRows = hello[(hello.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        await file.AppendAsync(helloRows[..(helloRows.IndexOf('\n', StringComparison.Ordinal) + 20)]);

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Csv, ["love", "gone", "jumblish", "hello"], Cancellation);

        // Assert
        Assert.Equal(await RenderAsync(ResultFormat.Csv, love, jumblish), file.Text);
        Assert.Equal(1, state.Retried);
        Assert.Equal(19, state.TornBytes);
        Assert.Equal(2, state.Done);
    }

    [Fact]
    public async Task Csv_keywords_that_start_like_formulas_match_the_guarded_spelling_the_file_has()
    {
        // Arrange
        using var file = new ResultFile(ResultFormat.Csv);
        await file.WriteAsync(Result("=sum", LookupStatus.NotFound), Result("-dash", LookupStatus.NotFound), Result("@at", LookupStatus.NotFound), Result("last", LookupStatus.Found));

        // Act
        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Csv, ["=sum", "-dash", "@at", "last"], Cancellation);

        // Assert
        Assert.Contains("'=sum", file.Text, StringComparison.Ordinal);
        Assert.True(state.TryGetDone("=sum", out _));
        Assert.True(state.TryGetDone("-dash", out _));
        Assert.True(state.TryGetDone("@at", out _));
    }

    [Fact]
    public async Task Csv_with_another_header_is_refused()
    {
        using var file = new ResultFile(ResultFormat.Csv);
        await file.AppendAsync("name,price\r\napple,3\r\n");

        var error = await Assert.ThrowsAsync<ResumeFileException>(() => ResumeFile.PrepareAsync(file.Path, ResultFormat.Csv, ["apple"], Cancellation));

        Assert.Contains("header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_whose_header_itself_was_torn_is_emptied_so_the_run_writes_it_again()
    {
        using var file = new ResultFile(ResultFormat.Csv);
        await file.AppendAsync("keyword,status,u");

        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Csv, ["love"], Cancellation);

        Assert.Equal("", file.Text);
        Assert.Equal(0, state.Done);
    }

    [Fact]
    public async Task A_file_that_does_not_exist_yet_has_nothing_done_and_is_not_created()
    {
        using var file = new ResultFile(ResultFormat.Jsonl);

        var state = await ResumeFile.PrepareAsync(file.Path, ResultFormat.Jsonl, ["love"], Cancellation);

        Assert.Equal(0, state.Done);
        Assert.False(File.Exists(file.Path));
    }
}
