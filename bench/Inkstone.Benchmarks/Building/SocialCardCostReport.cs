using System.Diagnostics;
using System.Globalization;
using Inkstone.Images;
using Inkstone.SocialCards;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What drawing one social card costs: <c>--social-card-cost N</c> draws N cards (half Chinese titles, half English, a
/// few long enough to be cut) on one thread, then on every core, after a first card that initialises fontconfig, and
/// prints the wall and processor time per card and the PNG's size.
/// </summary>
internal static class SocialCardCostReport
{
    public static void Run(int count)
    {
        if (!VipsLibrary.Available)
        {
            Console.WriteLine("libvips is not available on this machine.");
            return;
        }

        var drawer = new CardDrawer(CardStyle.Default);
        var texts = Enumerable.Range(0, count).Select(Text).ToList();
        var first = Stopwatch.StartNew();
        drawer.Draw(texts[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first card (fontconfig starts): {first.Elapsed.TotalMilliseconds:F0} ms"));

        long bytes = 0;
        var (wall, cpu) = Measure(() =>
        {
            foreach (var text in texts)
            {
                bytes += drawer.Draw(text).Png.Length;
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread: {wall / count:F1} ms wall, {cpu / count:F1} ms processor per card; {bytes / count / 1024.0:F1} KiB per PNG"));

        (wall, cpu) = Measure(() => Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, t => drawer.Draw(t)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} threads: {wall / count:F1} ms wall, {cpu / count:F1} ms processor per card"));
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        process.Refresh();
        return (wall.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static CardText Text(int i) => (i % 2 == 0)
        ? new CardText("墨砚 · 机器学习与算法笔记", i % 10 == 0 ? string.Concat(Enumerable.Repeat($"第{i}篇很长的标题，", 10)) : $"第 {i} 篇：注意力从哪里来，从 LSTM 的门到 Transformer", "自然语言处理", "2025年7月19日")
        : new CardText("Inkstone Notes", i % 10 == 1 ? string.Join(' ', Enumerable.Repeat($"Post {i} has a title that goes on", 8)) : $"Post {i}: PPO step by step, clipping and advantages", "Reinforcement learning", "March 14, 2025");
}
