using System.Text;

namespace Inkstone.Server.Live;

/// <summary>
/// Where the live-reload script goes in a page: before its last <c>&lt;/body&gt;</c>. Only the page's tail is
/// read, so a page is served from disk as it is, around the script, however large it is (a 53 MB page read
/// whole for each of 48 requests took 6 GB).
/// </summary>
internal static class ClosingBodyTag
{
    /// <summary>How much of a page's end is searched; the theme's pages close the body within a few hundred bytes of their end.</summary>
    public const int TailLength = 64 * 1024;

    private static readonly byte[] Tag = Encoding.ASCII.GetBytes("</body>");

    /// <summary>The offset of the last <c>&lt;/body&gt;</c> (any case) in the file's tail, or the file's length when there is none.</summary>
    public static long Find(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        var start = System.Math.Max(0, length - TailLength);
        var tail = new byte[length - start];
        var read = 0;
        int n;
        while (read < tail.Length && (n = RandomAccess.Read(handle, tail.AsSpan(read), start + read)) > 0)
        {
            read += n;
        }

        for (var i = read - Tag.Length; i >= 0; i--)
        {
            if (IsTagAt(tail, i))
            {
                return start + i;
            }
        }

        return length;
    }

    private static bool IsTagAt(byte[] bytes, int at)
    {
        for (var j = 0; j < Tag.Length; j++)
        {
            if ((bytes[at + j] | (Tag[j] is >= (byte)'a' and <= (byte)'z' ? 0x20 : 0)) != Tag[j])
            {
                return false;
            }
        }

        return true;
    }
}
