using System.Diagnostics;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// A grammar's time budget is the highlighting thread's processor time, so a block's output does not depend on how
/// busy the machine is, while a block that really needs more than its budget is still shown plain.
/// </summary>
public sealed class TimeBudgetTests
{
    private static readonly string Ruby = TextMateSnippets.ByLanguage["ruby"];

    [Fact]
    public void The_budget_clock_counts_the_threads_processor_time_not_time_spent_waiting()
    {
        Assert.True(ThreadCpuTime.Measured, "no processor-time clock on this system");
        var cpu = ThreadCpuTime.Now();
        var wall = Stopwatch.StartNew();
        Thread.Sleep(300);
        Assert.True(ThreadCpuTime.Now() - cpu < TimeSpan.FromMilliseconds(100), $"{(ThreadCpuTime.Now() - cpu).TotalMilliseconds} ms of processor time while asleep");

        cpu = ThreadCpuTime.Now();
        var spun = 0L;
        while (ThreadCpuTime.Now() - cpu < TimeSpan.FromMilliseconds(50))
        {
            spun++;
        }

        Assert.True(wall.Elapsed >= TimeSpan.FromMilliseconds(350) && spun > 0);
    }

    [Fact]
    public void A_line_the_wall_clock_cuts_short_is_tokenized_again_so_a_busy_machine_does_not_change_the_output()
    {
        // A first wall-clock slice of zero is what a thread that waits for a core meets: every line is cut short at once.
        var sessions = new GrammarSessionPool(GrammarCatalog.Embedded);
        var relaxed = new TextMateLexer(sessions, "source.ruby", TimeSpan.FromSeconds(30), TimeSpan.Zero);
        var hurried = new TextMateLexer(sessions, "source.ruby", TimeSpan.FromSeconds(30), TimeSpan.Zero) { FirstWallSlice = TimeSpan.Zero };

        Assert.Equal(Tokens(relaxed, Ruby), Tokens(hurried, Ruby));
        Assert.NotEmpty(Tokens(hurried, Ruby));
    }

    [Fact]
    public void A_block_that_needs_more_processor_time_than_its_budget_is_plain()
    {
        var sessions = new GrammarSessionPool(GrammarCatalog.Embedded);
        var starved = new TextMateLexer(sessions, "source.ruby", TimeSpan.FromTicks(1), TimeSpan.Zero);

        Assert.Empty(Tokens(starved, string.Concat(Enumerable.Repeat(Ruby, 20))));
    }

    private static List<(int Start, int End, TokenKind Kind)> Tokens(TextMateLexer lexer, string code)
    {
        var tokens = new List<(int Start, int End, TokenKind Kind)>();
        return lexer.TryTokenize(code, 0, tokens) ? tokens : [];
    }
}
