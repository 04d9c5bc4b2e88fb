using System.Diagnostics;
using Inkstone.Building;

namespace Inkstone.Cli;

/// <summary>
/// One line on a terminal, rewritten in place, that says which stage a build is in and how many posts are done.
/// It appears only once the build has run for <c>after</c>, so a quick build prints nothing more than before,
/// and it is wiped before the build's own lines are printed. Only made for a terminal: CI logs stay plain.
/// </summary>
internal sealed class BuildProgressLine : IProgress<BuildProgress>, IDisposable
{
    // Often enough to look alive, rarely enough that thousands of posts do not flood the terminal.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _out;
    private readonly TimeSpan _after;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _writing = new();
    private BuildProgress? _latest;
    private TimeSpan _lastWritten = TimeSpan.MinValue;
    private int _width;
    private bool _stopped;

    /// <param name="shownWidth">How much of the line is already written (today's "Building SITE ..."), to wipe too.</param>
    public BuildProgressLine(TextWriter output, TimeSpan after, int shownWidth)
    {
        _out = output;
        _after = after;
        _width = shownWidth;
        // A stage that reports nothing for a while (pages, search) must still show up once the build is slow.
        _timer = new Timer(_ => Write(force: true), null, after, TimeSpan.FromMilliseconds(250));
    }

    public void Report(BuildProgress value)
    {
        var stageChanged = _latest?.Stage != value.Stage;
        _latest = value;
        Write(force: stageChanged);
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_writing)
        {
            _stopped = true;
            if (_width > 0)
            {
                _out.Write("\r" + new string(' ', _width) + "\r");
            }
        }
    }

    private void Write(bool force)
    {
        var now = _clock.Elapsed;
        if (now < _after || (!force && now - _lastWritten < Interval) || _latest is not { } latest)
        {
            return;
        }

        lock (_writing)
        {
            if (_stopped)
            {
                return;
            }

            var text = latest.Total > 0
                ? $"Building: {latest.Stage}, {latest.Done} of {latest.Total} posts and pages ({now.TotalSeconds:0.0} s)"
                : $"Building: {latest.Stage} ({now.TotalSeconds:0.0} s)";
            _out.Write("\r" + text.PadRight(_width));
            _width = System.Math.Max(_width, text.Length);
            _lastWritten = now;
        }
    }
}
